/**
 * Every failure type this service raises as an ApplicationFailure, in one table. Workflows and
 * activities throw them, retry policies list the ones no retry can fix, and the services compare an
 * Update's refusal against them: a rename here is a rename everywhere (or a type-check error).
 * Plain data, so workflow code, activities and services all import it.
 */
export const FailureType = {
  // The review Update's validator (processCall).
  /** The call is not waiting for a review (none asked, or already decided). */
  ReviewNotPending: 'ReviewNotPending',
  /** The decision is malformed (unknown decision, no reviewer, a bad action list, no opt-out answer). */
  InvalidDecision: 'InvalidDecision',
  /** The decision answers another review round than the open one. */
  StaleDecision: 'StaleDecision',
  /** Another reviewer holds the call's claim (the claim Update, or a decision by someone else). */
  ReviewClaimed: 'ReviewClaimed',

  // The follow-up's reschedule and cancel Updates (followUp).
  /** The follow-up no longer waits (fired, cancelled, blocked). */
  FollowUpClosed: 'FollowUpClosed',
  InvalidReschedule: 'InvalidReschedule',
  InvalidCancel: 'InvalidCancel',

  // ReferralRock writes (activities/referralrock.ts, activities/referralRockFailures.ts).
  /** ReferralRock refused the request (4xx other than 429): bad data, wrong keys. */
  ReferralRockRejected: 'ReferralRockRejected',
  /** One item of a request failed (the record is gone, a field refused). */
  ReferralRockItemFailed: 'ReferralRockItemFailed',
  /** 429: retried after ReferralRock's Retry-After. */
  ReferralRockRateLimited: 'ReferralRockRateLimited',
  /** The action (or the request built from it) is not valid: no retry can fix it. */
  InvalidAction: 'InvalidAction',
} as const;

export type FailureType = (typeof FailureType)[keyof typeof FailureType];

/** A ReferralRock write (processCall's `applyAction`) that fails with one of these is recorded as failed, never retried. */
export const NON_RETRYABLE_WRITE_FAILURES: FailureType[] = [FailureType.ReferralRockRejected, FailureType.ReferralRockItemFailed, FailureType.InvalidAction];

/** The follow-up's reminder note and opt-out check: a refusal ends the attempt, never retried. */
export const NON_RETRYABLE_REMINDER_FAILURES: FailureType[] = [FailureType.ReferralRockRejected, FailureType.ReferralRockItemFailed];
