/**
 * The one way tests wait for something that happens asynchronously (a workflow reaching a phase, a
 * call showing up in visibility, a page rendering): probe until the answer is accepted, or fail
 * with what was waited for and the last answer or error seen.
 */
export interface EventuallyOptions<T> {
  /** What is waited for, for the failure message. */
  what: string;
  /** Whether the probe's answer is the one waited for (default: any truthy answer). */
  until?: (value: T) => boolean;
  /** How long to wait in all (default 30 s). */
  timeoutMs?: number;
  /** Pause between probes (default 200 ms). */
  intervalMs?: number;
}

/**
 * Calls `probe` until `until` accepts its answer, and returns that answer. A probe that throws is
 * tried again (the thing may not exist yet); after `timeoutMs` the last answer or error is reported.
 */
export async function eventually<T>(probe: () => Promise<T>, opts: EventuallyOptions<T> & { until: (value: T) => boolean }): Promise<T>;
/** Without `until`: the first truthy answer (a row found, a condition met). */
export async function eventually<T>(probe: () => Promise<T | null | undefined | false>, opts: Omit<EventuallyOptions<T>, 'until'>): Promise<T>;
export async function eventually<T>(probe: () => Promise<T>, opts: EventuallyOptions<T>): Promise<T> {
  const { what, until = (v: T) => Boolean(v), timeoutMs = 30_000, intervalMs = 200 } = opts;
  const deadline = Date.now() + timeoutMs;
  let last: { value: T } | { error: unknown } | null = null;
  for (;;) {
    try {
      const value = await probe();
      if (until(value)) return value;
      last = { value };
    } catch (error) {
      last = { error };
    }
    if (Date.now() >= deadline) {
      const seen = !last ? 'nothing' : 'error' in last ? `error: ${last.error instanceof Error ? last.error.message : String(last.error)}` : `answer: ${short(last.value)}`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last ${seen})`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function short(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
