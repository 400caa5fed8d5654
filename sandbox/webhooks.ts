/**
 * Web-hook delivery (reference §5, §9.8-9.9): for each subscription (POST /api/hooks) whose event
 * fires, the sandbox POSTs the bare object concerned as JSON to its `target_url`, like ReferralRock
 * ("these elements will match the elements contained in a GET call"), with a `Timestamp` (Unix
 * seconds). Member payloads are `Id` followed by the camelCase Member fields, as in the official
 * sample. Referral payload casing is only inferred ([L]: a WordPress handler reads `Email`,
 * `ProgramId`, `Status`), so it is a setting (`referralWebhookCasing`, default PascalCase).
 * How ReferralRock signs deliveries is undocumented, so nothing is signed: a receiver must rely on
 * a secret in its URL and re-read the record.
 *
 * Delivery is fire-and-forget (it never delays or fails the API call that caused it); every
 * attempt is recorded for GET /_sandbox/deliveries.
 */
import { sameText } from './caseless';

export interface Delivery {
  at: string;
  event: string;
  target_url: string;
  web_hook_id: string;
  body: unknown;
  /** HTTP status of the receiver's answer, or null when the request failed. */
  status: number | null;
  error: string | null;
}

export interface HookTarget {
  web_hook_id: string;
  target_url: string;
  event: string;
}

const TIMEOUT_MS = 5000;

export function pascalKeys(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k.charAt(0).toUpperCase() + k.slice(1), v]));
}

/** `{ Id, ...camelCase fields }` as in the official member sample. */
export function memberPayload(view: Record<string, unknown>): Record<string, unknown> {
  const { id, ...rest } = view;
  return { Id: id, ...rest };
}

export class WebhookDispatcher {
  private deliveries: Delivery[] = [];
  private pending = new Set<Promise<void>>();

  constructor(private readonly hooks: () => Iterable<HookTarget>) {}

  /** Sends `body` (plus `Timestamp`) to every subscription of `event`; returns at once. */
  emit(event: string, body: Record<string, unknown>): void {
    const payload = { ...body, Timestamp: Math.floor(Date.now() / 1000) };
    for (const hook of this.hooks()) {
      if (!sameText(hook.event, event)) continue;
      const p = this.deliver(hook, event, payload).finally(() => this.pending.delete(p));
      this.pending.add(p);
    }
  }

  private async deliver(hook: HookTarget, event: string, body: unknown): Promise<void> {
    const record: Delivery = { at: new Date().toISOString(), event, target_url: hook.target_url, web_hook_id: hook.web_hook_id, body, status: null, error: null };
    this.deliveries.push(record);
    try {
      const res = await fetch(hook.target_url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'ReferralRock-Sandbox-Webhook' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      record.status = res.status;
      await res.arrayBuffer().catch(() => undefined);
    } catch (err) {
      record.error = err instanceof Error ? err.message : String(err);
    }
  }

  list(): Delivery[] {
    return [...this.deliveries];
  }

  clear(): void {
    this.deliveries = [];
  }

  /** Resolves when every delivery started so far has finished (tests, shutdown). */
  async settle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }
}
