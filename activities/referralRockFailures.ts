/**
 * ReferralRock errors as Temporal failures, for every activity that calls ReferralRock: a 429 waits
 * as long as ReferralRock asked (Retry-After), 5xx and timeouts back off per the retry policy, other
 * 4xx never retry.
 */
import { ApplicationFailure } from '@temporalio/activity';
import { ReferralRockError, ReferralRockItemFailed, ReferralRockRateLimited } from '../integrations/referralrock';
import { FailureType } from '../workflows/failures';

/**
 * `rejectionsFinal: false` is for reads that everything waits on (the decision): a 401 from wrong
 * keys should wait for an operator to fix the configuration, not lose the call.
 */
export async function withFailureMapping<T>(fn: () => Promise<T>, opts: { rejectionsFinal: boolean } = { rejectionsFinal: true }): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ReferralRockRateLimited) {
      throw ApplicationFailure.create({
        type: FailureType.ReferralRockRateLimited,
        message: err.message,
        // Honour Retry-After; without one, the retry policy's exponential backoff applies.
        nextRetryDelay: err.retryAfterMs ?? undefined,
      });
    }
    if (err instanceof ReferralRockError) {
      if (err.retryable || !opts.rejectionsFinal) throw ApplicationFailure.retryable(err.message, err.name);
      throw ApplicationFailure.nonRetryable(err.message, err instanceof ReferralRockItemFailed ? FailureType.ReferralRockItemFailed : FailureType.ReferralRockRejected);
    }
    throw err;
  }
}

