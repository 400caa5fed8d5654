/**
 * THE entry point of the decision engine, used by `npm run plan` and by the workflow's decide
 * activity: match the caller (rule 1), classify the call, apply rules 2 to 9, and return a plan
 * validated against the contract's schema. Writes nothing.
 */
import type { Call } from './call';
import { planSchema, type ClassifierStamp, type Plan } from './plan';
import type { PolicyConfig } from './policyConfig';
import type { RecordDirectory } from './records';
import { callerIdentity } from './identity';
import { matchIdentity, toPlanMatch } from './match';
import { makeContext } from './classify/context';
import { classifyCall } from './classify';
import { saysNotReferred } from './classify/referral';
import { judgeByRules, rulesClassifier, RULES_CLASSIFIER_ID } from './classify/rulesClassifier';
import { weighSecondVoice } from './classify/secondVoice';
import { signalsSchema, validateSignals, type CallClassifier, type ClassifierContext, type Signals } from './classify/signals';
import { referrerInSpeech, resolveReferrer } from './referrer';
import { applyPolicy } from './policy';

export async function decideCall(call: Call, directory: RecordDirectory, policy: PolicyConfig, classifier: CallClassifier): Promise<Plan> {
  const identity = callerIdentity(call, policy.defaultRegion);
  const match = await matchIdentity(identity, directory, policy);
  const ctx = makeContext(call, identity, policy);
  const judged = await judge(call, { identity, policy }, classifier);
  let { classification, facts: signals } = classifyCall(ctx, match, judged.signals);
  const index = await directory.index();
  // A referrer the name patterns missed, found by the members' own names and codes, in either speaker's words.
  if (!classification.referredBy?.name && !saysNotReferred(ctx.caller)) {
    const sentences = [...ctx.caller, ...ctx.agent].sort((a, b) => a.turn - b.turn);
    const found = referrerInSpeech(sentences, index, identity, match.recordData?.type === 'member' ? match.recordData.id : null);
    if (found) {
      const ev = { field: 'referredBy', quote: found.quote, turn: found.turn };
      const referralCode = found.via === 'code' && found.member ? found.member.referralCode : (classification.referredBy?.referralCode ?? null);
      classification = { ...classification, referredBy: { referralCode, name: found.name }, evidence: [...classification.evidence, ev] };
      signals = { ...signals, referredBy: { referralCode, name: found.name, codeSource: signals.referredBy?.codeSource ?? (found.via === 'code' ? 'transcript' : null), evidence: [ev] } };
    }
  }
  // Rule 1 before rule 5: a person handed over to refer whose phone or email is already a record's
  // ("mi comadre Rosa Delgado... su celular es 305-555-0102", already a referral) is no new person.
  const handed = signals.referredPerson;
  if (handed && (handed.email || handed.phone)) {
    const onFile = index.candidatesFor({ emails: handed.email ? [handed.email] : [], phones: handed.phone ? [handed.phone] : [], externalId: null, ownCodes: [], lastName: null })
      .find((r) => r.id !== match.recordData?.id);
    if (onFile) signals = { ...signals, referredPersonOnFile: { type: onFile.type, id: onFile.id } };
  }
  const referrer = await resolveReferrer(classification.referredBy, directory, index);
  const result = applyPolicy({ call, match, classification, signals, referrer, policy, disagreements: judged.stamp.disagreements ?? [], askReview: judged.askReview });
  return planSchema.parse({
    callId: call.callId,
    classifier: judged.stamp,
    match: toPlanMatch(match),
    classification: result.classification,
    review: result.review,
    actions: result.actions,
    handoff: result.handoff,
    summary: result.summary,
  });
}

/**
 * The classifier's judgement, made safe: its output must fit the schema and quote the transcript
 * (else the label is refused), DialNexa's analysis is weighed as a second voice, and a classifier
 * that fails or answers out of schema is replaced by the embedded rules, with the call sent to a
 * person (`askReview`).
 */
async function judge(call: Call, context: ClassifierContext, classifier: CallClassifier): Promise<{ signals: Signals; stamp: ClassifierStamp; askReview: boolean }> {
  let raw: Signals;
  let stamp: ClassifierStamp = { id: classifier.id, version: classifier.version };
  let fellBack = false;
  try {
    raw = signalsSchema.parse(await classifier.classify(call, context));
  } catch (err) {
    // The embedded rules failing is a bug to surface, not something to fall back from.
    if (classifier.id === RULES_CLASSIFIER_ID) throw err;
    raw = judgeByRules(call, context);
    stamp = { id: rulesClassifier.id, version: rulesClassifier.version, fallbackFrom: { id: classifier.id, version: classifier.version, error: describe(err) } };
    fellBack = true;
  }
  const { signals, refused } = validateSignals(call, raw);
  const weighed = weighSecondVoice(call, signals);
  return {
    signals: weighed.signals,
    stamp: { ...stamp, refused, disagreements: weighed.disagreements },
    askReview: fellBack || weighed.needsReview,
  };
}

function describe(err: unknown): string {
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return message.length > 300 ? `${message.slice(0, 297)}...` : message;
}
