/**
 * The decision as an activity: matching, classification and policy run here, not in workflow code,
 * so their result is recorded in history and a better classifier never breaks the replay of calls
 * already in flight. The very same function serves `npm run plan`.
 */
import type { Call } from '../domain/call';
import { decideCall as decide } from '../domain/decide';
import type { PolicyConfig } from '../domain/policyConfig';
import type { RecordDirectory } from '../domain/records';
import type { CallClassifier } from '../domain/classify/signals';
import { addBusinessHours } from '../domain/reviewDeadline';
import type { DecideResult } from '../workflows/definitions';
import { withFailureMapping } from './referralRockFailures';

export interface DecideDeps {
  directory: RecordDirectory;
  policy: PolicyConfig;
  reviewDeadlineBusinessHours: number;
  /** The same classifier `npm run plan` uses (CLASSIFIER). */
  classifier: CallClassifier;
}

export function createDecideActivities(deps: DecideDeps) {
  return {
    async decideCall({ call }: { call: Call }): Promise<DecideResult> {
      const plan = await withFailureMapping(() => decide(call, deps.directory, deps.policy, deps.classifier), { rejectionsFinal: false });
      const reviewDeadlineAt = plan.review.required
        ? addBusinessHours(new Date(), deps.reviewDeadlineBusinessHours, deps.policy.defaultTimezone).toISOString()
        : null;
      return { plan, reviewDeadlineAt };
    },
  };
}
