/**
 * The classifier as its own activity: a model behind an HTTP endpoint is slow and can fail, so its
 * answer is recorded in history on its own, under its own timeout and retries, before the decision.
 * With the embedded rules it costs a few milliseconds. The decision then validates the answer
 * (quotes in the transcript, the schema) and falls back to the rules, with review, if the workflow
 * reports that this activity failed.
 */
import type { Call } from '../domain/call';
import { callerIdentity } from '../domain/identity';
import type { CallClassifier } from '../domain/classify/signals';
import type { PolicyConfig } from '../domain/policyConfig';
import type { Judged } from '../workflows/definitions';

export interface ClassifyDeps {
  classifier: CallClassifier;
  policy: PolicyConfig;
}

export function createClassifyActivities(deps: ClassifyDeps) {
  return {
    async classifyCall({ call }: { call: Call }): Promise<Judged> {
      const { classifier, policy } = deps;
      const signals = await classifier.classify(call, { identity: callerIdentity(call, policy.defaultRegion), policy });
      return { classifier: { id: classifier.id, version: classifier.version }, signals };
    },
  };
}
