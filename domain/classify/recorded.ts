/**
 * A classifier that replays what another one already answered (recorded in workflow history by the
 * classify activity), so the decision judges with it as if it ran here. A recorded failure throws,
 * and the decision falls back to the embedded rules with review, as for any failing classifier.
 */
import type { CallClassifier, Signals } from './signals';

export type RecordedJudgement =
  | { classifier: { id: string; version: string }; signals: Signals }
  | { classifier: { id: string; version: string } | null; error: string };

export class ClassifierFailed extends Error {
  override name = 'ClassifierFailed';
}

export function recordedClassifier(judged: RecordedJudgement): CallClassifier {
  const who = judged.classifier ?? { id: 'unknown', version: 'unknown' };
  return {
    id: who.id,
    version: who.version,
    classify: () => ('signals' in judged ? Promise.resolve(judged.signals) : Promise.reject(new ClassifierFailed(judged.error))),
  };
}
