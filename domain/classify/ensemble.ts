/**
 * Two classifiers judging the same call (CLASSIFIER=ensemble: a model first, the embedded rules
 * second). Where they agree, the answer stands; where they split, the safe side wins: an opt-out only
 * one of them hears is held (rule 3), a review flag either raises is kept, and an intent they
 * disagree on drops below the policy's confidence bar, so a person looks.
 */
import type { OptOutScope } from '../plan';
import type { CallClassifier, Signals } from './signals';

/** Below the policy's 0.5 bar: the call goes to review as `unclear_intent`. */
const SPLIT_CONFIDENCE = 0.45;

function widerScope(a: OptOutScope | null, b: OptOutScope | null): OptOutScope | null {
  if (!a || !b || a === b) return a ?? b;
  return 'all';
}

export function combineSignals(primary: Signals, second: Signals): Signals {
  const a = primary.optOut;
  const b = second.optOut;
  let optOut: Signals['optOut'];
  if (a.status === 'affirmed' && b.status === 'affirmed') optOut = { status: 'affirmed', scope: widerScope(a.scope, b.scope), evidence: [...a.evidence, ...b.evidence] };
  else if (a.status === 'none' && b.status === 'none') optOut = { status: 'none', scope: null, evidence: [] };
  else optOut = { status: 'uncertain', scope: widerScope(a.scope, b.scope), evidence: [...a.evidence, ...b.evidence] };

  const intent =
    primary.intent.label === second.intent.label
      ? { ...primary.intent, confidence: Math.max(primary.intent.confidence, second.intent.confidence) }
      : primary.intent.label
        ? { ...primary.intent, confidence: Math.min(primary.intent.confidence, SPLIT_CONFIDENCE) }
        : second.intent.label
          ? { ...second.intent, confidence: Math.min(second.intent.confidence, SPLIT_CONFIDENCE) }
          : primary.intent;

  const seen = new Set<string>();
  const flags = [...primary.flags, ...second.flags].filter((f) => {
    const key = `${f.kind}|${f.by}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    intent,
    optOut,
    lowFit: primary.lowFit.kind ? primary.lowFit : second.lowFit,
    flags,
    notInterested: primary.notInterested ?? second.notInterested,
    readyToBuy: primary.readyToBuy ?? second.readyToBuy,
  };
}

export function ensembleClassifier(primary: CallClassifier, second: CallClassifier): CallClassifier {
  return {
    id: `ensemble(${primary.id}+${second.id})`,
    version: `${primary.version}+${second.version}`,
    async classify(call, context) {
      // A failing primary fails the ensemble: the decision falls back to the rules and asks review.
      const [a, b] = await Promise.all([primary.classify(call, context), second.classify(call, context)]);
      return combineSignals(a, b);
    },
  };
}
