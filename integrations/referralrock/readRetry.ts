/**
 * A read (GET) that failed in a way that may pass is tried again at once, a few times, inside the
 * same call.
 *
 * Why here and not only in Temporal's retry policy: a decision reads the whole program page by
 * page plus a few exact lookups, so with Temporal alone one failed page throws away every page read
 * before it, and the chance that a whole read gets through falls with the program's size (at 1% of
 * requests failing, a 200-page program reads cleanly 13% of the time). A read has no effect, so
 * trying the one failed request again is safe. Writes never retry here: they are Temporal's, where
 * the exactly-once bookkeeping lives.
 *
 * Brief by design: a short exponential backoff with jitter, and a 429 is waited out only when
 * its Retry-After is short; a long throttle or an outage that outlasts the tries is thrown as it
 * came, and the activity's retry policy takes over.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { ReferralRockError, ReferralRockRateLimited } from './errors';

export interface ReadRetryPolicy {
  /** Tries in all, the first included (1 = no retry). */
  attempts: number;
  /** The first wait; each next one doubles, up to `maxDelayMs`. */
  baseDelayMs: number;
  /** The longest wait between tries, and the longest Retry-After waited out here. */
  maxDelayMs: number;
}

/** Four tries over at most about three seconds. */
export const DEFAULT_READ_RETRY: ReadRetryPolicy = { attempts: 4, baseDelayMs: 250, maxDelayMs: 2_000 };

/**
 * Runs `read`, trying again while it throws a retryable ReferralRock error and tries remain.
 * `cancelled()` (the signal of an activity's cancellation, if any) ends a wait at once and rethrows
 * the last error.
 */
export async function retryRead<T>(
  read: () => Promise<T>,
  policy: ReadRetryPolicy,
  cancelled: () => AbortSignal | undefined = () => undefined,
  random: () => number = Math.random,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (err) {
      const signal = cancelled();
      const wait = attempt < policy.attempts ? delayBefore(attempt, err, policy, random) : null;
      if (wait === null || signal?.aborted) throw err;
      await delay(wait, undefined, { signal }).catch(() => undefined);
      if (signal?.aborted) throw err;
    }
  }
}

/** How long to wait before the next try, or null when this error should not be tried again here. */
function delayBefore(attempt: number, err: unknown, policy: ReadRetryPolicy, random: () => number): number | null {
  if (!(err instanceof ReferralRockError) || !err.retryable) return null;
  if (err instanceof ReferralRockRateLimited && err.retryAfterMs !== null) {
    return err.retryAfterMs <= policy.maxDelayMs ? err.retryAfterMs : null;
  }
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(cap / 2 + (random() * cap) / 2);
}
