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
import { asksWhichRecord, candidateViews } from '../domain/pickRecord';
import type { DecideResult, Judged } from '../workflows/definitions';
import { recordedClassifier } from '../domain/classify/recorded';
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
    /** `judged`: the classify activity's answer; absent for calls started before it existed. */
    async decideCall({ call, judged }: { call: Call; judged?: Judged }): Promise<DecideResult> {
      const classifier = judged ? recordedClassifier(judged) : deps.classifier;
      const plan = await withFailureMapping(() => decide(call, deps.directory, deps.policy, classifier), { rejectionsFinal: false });
      const reviewDeadlineAt = plan.review.required
        ? addBusinessHours(new Date(), deps.reviewDeadlineBusinessHours, deps.policy.defaultTimezone).toISOString()
        : null;
      if (!asksWhichRecord(plan)) return { plan, reviewDeadlineAt };
      // The reviewer's question is which record this is: show each candidate (read by id, exactly).
      const records = await withFailureMapping(async () => (await Promise.all(plan.match.candidates.map((c) => deps.directory.findExact(c.id)))).flat(), { rejectionsFinal: false });
      return { plan, reviewDeadlineAt, candidates: candidateViews(plan.match.candidates, records, deps.policy.recordUrlTemplate) };
    },
  };
}
