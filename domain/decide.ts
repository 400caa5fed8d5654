/**
 * THE entry point of the decision engine, used by `npm run plan` and by the workflow's decide
 * activity: match the caller (rule 1), classify the call, apply rules 2 to 9, and return a plan
 * validated against the contract's schema. Writes nothing.
 */
import type { Call } from './call';
import { planSchema, type Plan } from './plan';
import type { PolicyConfig } from './policyConfig';
import type { RecordDirectory } from './records';
import { callerIdentity } from './identity';
import { matchIdentity, toPlanMatch } from './match';
import { makeContext } from './classify/context';
import { classifyCall } from './classify';
import { referrerInSpeech, resolveReferrer } from './referrer';
import { applyPolicy } from './policy';

export async function decideCall(call: Call, directory: RecordDirectory, policy: PolicyConfig): Promise<Plan> {
  const identity = callerIdentity(call, policy.defaultRegion);
  const match = await matchIdentity(identity, directory, policy);
  const ctx = makeContext(call, identity, policy);
  let { classification, signals } = classifyCall(ctx, match);
  const records = [...match.records.values()];
  // A referrer the name patterns missed, found by the members' own names.
  if (!classification.referredBy?.name) {
    const found = referrerInSpeech(ctx.caller, records.filter((r) => r.type === 'member'), identity);
    if (found && !(match.recordData?.type === 'member' && `${match.recordData.firstName} ${match.recordData.lastName}`.toLowerCase() === found.name.toLowerCase())) {
      const ev = { field: 'referredBy', quote: found.quote, turn: found.turn };
      classification = {
        ...classification,
        referredBy: { referralCode: classification.referredBy?.referralCode ?? null, name: found.name },
        evidence: [...classification.evidence, ev],
      };
      signals = { ...signals, referredBy: { referralCode: classification.referredBy!.referralCode, name: found.name, codeSource: signals.referredBy?.codeSource ?? null, evidence: [ev] } };
    }
  }
  const referrer = await resolveReferrer(classification.referredBy, directory, records);
  const result = applyPolicy({ call, match, classification, signals, referrer, policy });
  return planSchema.parse({
    callId: call.callId,
    match: toPlanMatch(match),
    classification: result.classification,
    review: result.review,
    actions: result.actions,
    handoff: result.handoff,
    summary: result.summary,
  });
}
