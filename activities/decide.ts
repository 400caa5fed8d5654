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
import { reviewNotes } from '../domain/reviewNotes';
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
      if (!plan.review.required) return { plan, reviewDeadlineAt };
      // What the reviewer sees beside the plan: each candidate when the question is which record this
      // is, and why the call waits (the matched record's value for high_value). Read by id, exactly.
      const ids = asksWhichRecord(plan) ? plan.match.candidates.map((c) => c.id) : plan.match.record ? [plan.match.record.id] : [];
      const records = await withFailureMapping(async () => (await Promise.all(ids.map((id) => deps.directory.findExact(id)))).flat(), { rejectionsFinal: false });
      const matched = plan.match.record ? (records.find((r) => r.type === plan.match.record!.type && r.id === plan.match.record!.id) ?? null) : null;
      return {
        plan,
        reviewDeadlineAt,
        reviewNotes: reviewNotes(plan, matched, deps.policy),
        ...(asksWhichRecord(plan) ? { candidates: candidateViews(plan.match.candidates, records, deps.policy.recordUrlTemplate) } : {}),
      };
    },
  };
}
