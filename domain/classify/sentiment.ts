/** The caller's sentiment from positive / negative words (negation flips), opt-outs and complaints. */
import type { Evidence } from '../plan';
import { evidence, fold, negatedAt, type Sentence } from '../text';

const POSITIVE = /\b(?:i (?:really )?like (?:it|this|that|the \w+|what)|liked|sounds great|looks great|nice|love|loving|great|awesome|amazing|excellent|fantastic|wonderful|perfect|happy|glad|excited|thrilled|appreciate|helpful|impressed|brilliant|delighted|pleased|would love|i'd love|sounds good|ready to)\b/g;
const NEGATIVE = /\b(?:spam|spammy|feels? like spam|frustrated|frustrating|annoyed|annoying|angry|upset|disappointed|terrible|horrible|awful|worst|hate|unacceptable|ridiculous|useless|confused|worried|concerned|unhappy|fed up|too many|sick of|tired of|don't recognise|don't recognize|not happy|scam|rude|nobody has called|never (?:heard|got)|wrong|problem|issue)\b/g;

export function classifySentiment(caller: Sentence[], forcedNegative: boolean): { sentiment: 'positive' | 'neutral' | 'negative'; evidence: Evidence[] } {
  let pos = 0;
  let neg = 0;
  let posEv: Sentence | null = null;
  let negEv: Sentence | null = null;
  for (const s of caller) {
    const f = fold(s.text);
    for (const m of f.matchAll(POSITIVE)) {
      if (negatedAt(f, m.index ?? 0)) {
        neg++;
        negEv ??= s;
      } else {
        pos++;
        posEv ??= s;
      }
    }
    for (const m of f.matchAll(NEGATIVE)) {
      if (negatedAt(f, m.index ?? 0) && !/^(?:don't|not|never|nobody)/.test(m[0])) continue;
      neg++;
      negEv ??= s;
    }
  }
  if (forcedNegative || neg > pos) return { sentiment: 'negative', evidence: negEv ? [evidence('sentiment', negEv)] : [] };
  if (pos > neg) return { sentiment: 'positive', evidence: posEv ? [evidence('sentiment', posEv)] : [] };
  return { sentiment: 'neutral', evidence: [] };
}
