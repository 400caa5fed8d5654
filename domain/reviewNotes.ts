/**
 * Why a call waits for a person, reason by reason, in the words a reviewer needs: the rule and the
 * value that fired it ("amount 6,200 >= 5,000"), and the caller's or agent's words behind it. Built
 * from the plan, the matched record and the policy after the decision, so the plan itself (the
 * contract's shape) stays as it is.
 */
import type { Plan, ReviewReason } from './plan';
import type { PolicyConfig } from './policyConfig';
import type { DirectoryRecord } from './records';

export interface ReviewNote {
  reason: ReviewReason;
  /** The rule of handoff-plan.md that asks for a person. */
  rule: string;
  /** What fired it, with the numbers. */
  detail: string;
  /** The words behind it (turn and quote), where words fired it. */
  quotes: Array<{ turn: number; quote: string }>;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const amount = (n: number) => n.toLocaleString('en-US');

export function reviewNotes(plan: Plan, record: DirectoryRecord | null, policy: Pick<PolicyConfig, 'highValueAmount' | 'matchThreshold' | 'matchMargin'>): ReviewNote[] {
  const c = plan.classification;
  const quotesOf = (field: string) => c.evidence.filter((e) => e.field === field).map((e) => ({ turn: e.turn, quote: e.quote }));
  const flagged = quotesOf('review');
  const candidates = plan.match.candidates.map((x) => `${x.type} ${x.id} ${pct(x.score)} on ${x.matchedOn.join(', ')}`);
  const statusPays = plan.actions
    .flatMap((a) => (a.type === 'update_member' || a.type === 'update_referral' ? a.changes : []))
    .find((ch) => ch.field === 'status' && (ch.to === 'qualified' || ch.to === 'approved'));
  return plan.review.reasons.map((reason): ReviewNote => {
    switch (reason) {
      case 'ambiguous_match':
        return { reason, rule: 'rule 1: a match that could be more than one record is never guessed', detail: `candidates too close to tell apart (within ${pct(policy.matchMargin)}): ${candidates.join('; ')}`, quotes: [] };
      case 'low_confidence_match':
        return { reason, rule: 'rule 1: a weak match is never guessed', detail: `best candidate ${candidates[0] ?? 'none'}, below ${pct(policy.matchThreshold)} and on no phone, email or code`, quotes: [] };
      case 'high_value': {
        const value = record?.value ?? null;
        const why = record?.vip ? 'the record is marked VIP' : value !== null ? `amount ${amount(value)} >= ${amount(policy.highValueAmount)}` : `a value at or above ${amount(policy.highValueAmount)}`;
        return { reason, rule: 'rule 7: high-value records go to a person', detail: `${record ? `${record.type} ${record.id}: ` : ''}${why}`, quotes: [] };
      }
      case 'money':
        return {
          reason,
          rule: 'rule 7: money moves only with a person',
          detail: statusPays ? `status ${String(statusPays.from ?? 'none')} -> ${String(statusPays.to)} pays a reward` : 'money promised by the agent or asked for by the caller',
          quotes: statusPays ? [] : flagged,
        };
      case 'possible_opt_out':
        return { reason, rule: 'rule 3: an opt-out that cannot be told apart is held, not guessed', detail: `possible opt-out (${c.optOut.scope ?? 'all'}): outreach paused until you confirm or lift it`, quotes: quotesOf('optOut') };
      case 'unclear_intent':
        return { reason, rule: 'the call\'s purpose must be clear before anything is written', detail: `intent ${c.intent} at ${pct(c.intentConfidence)} confidence (below 50%)`, quotes: quotesOf('intent') };
      case 'legal':
        return { reason, rule: 'rule 7: legal and privacy requests go to a person', detail: 'a legal threat or a privacy / data request', quotes: flagged };
      case 'access':
        return { reason, rule: 'rule 7: account access and security go to a person', detail: 'an account-access or security matter', quotes: flagged };
      case 'commitment':
        return { reason, rule: 'rule 7: commitments outside policy go to a person', detail: 'the agent promised something outside policy (a guarantee, a date, custom work)', quotes: flagged };
      case 'sensitive_request':
        return { reason, rule: 'rule 7: sensitive requests go to a person', detail: 'a sensitive request (legal, privacy, access or harassment)', quotes: flagged };
    }
  });
}
