/**
 * The plan's short factual summary (who called, why, what we learned, what was promised, who owns
 * the next step and when) and the note text every matched record gets (rule 9).
 */
import type { Call } from './call';
import type { Action, Classification, Plan } from './plan';
import type { MatchDetail } from './match';
import type { CallFacts } from './classify';
import type { ReferrerResolution } from './referrer';
import { fullName } from './normalise/name';

export interface SummaryInput {
  call: Call;
  match: MatchDetail;
  classification: Classification;
  signals: CallFacts;
  referrer: ReferrerResolution;
  actions: Action[];
  review: Plan['review'];
  owner: string | null;
  nextStep: string | null;
  due: string | null;
  lowFit: string | null;
  pending: string[];
  createdReferral: boolean;
}

function who(i: SummaryInput): string {
  const id = i.match.identity;
  const name = fullName(id) ?? (i.match.recordData ? fullName(i.match.recordData) : null);
  const contact = id.phones[0] ?? id.emails[0] ?? 'no caller id';
  const base = name ? `${name} (${contact})` : `Unidentified caller (${contact})`;
  if (i.match.status === 'matched' && i.match.record) return `${base}, ${i.match.record.type} ${i.match.record.id} (matched on ${i.match.candidates[0].matchedOn.join(', ')}),`;
  if (i.match.status === 'ambiguous') return `${base}, ${i.match.reviewReason === 'low_confidence_match' ? 'weak match to' : 'could be any of'} ${i.match.candidates.slice(0, 4).map((c) => `${c.type} ${c.id}`).join(', ')},`;
  return `${base}, not in ReferralRock,`;
}

function why(call: Call, c: Classification): string {
  const reasons = c.evidence.filter((e) => e.field === 'intent' || e.field === 'optOut');
  const quote = (reasons.find((e) => call.transcript[e.turn]?.speaker === 'caller') ?? reasons[0])?.quote;
  const label = c.intent.replace(/_/g, ' ');
  return quote ? `${label}: "${quote.replace(/[.!?;,\s]+$/, '')}"` : label;
}

function learned(i: SummaryInput): string[] {
  const c = i.classification;
  const out: string[] = [];
  if (c.optOut.requested) out.push(`opted out (${c.optOut.scope})`);
  if (c.referredBy) {
    const r = i.referrer;
    const by = [c.referredBy.name, c.referredBy.referralCode ? `code ${c.referredBy.referralCode}` : null].filter(Boolean).join(', ');
    out.push(`referred by ${by}${r.status === 'identified' ? ` (member ${r.member.id})` : r.status === 'unidentified' ? ' (referrer not identified)' : ''}`);
  }
  if (c.productInterest.length) out.push(`interested in ${c.productInterest.join(', ')}`);
  if (c.segment) out.push(`segment ${c.segment}`);
  if (c.objection) out.push(`objection: ${c.objection}`);
  if (c.outcome !== 'none') out.push(`outcome ${c.outcome.replace(/_/g, ' ')}`);
  if (c.issueReport) out.push(`issue (${c.issueReport.area}): "${c.issueReport.symptom}"`);
  if (i.signals.referredPerson) {
    const p = i.signals.referredPerson;
    out.push(`wants to refer ${[p.firstName, p.lastName].filter(Boolean).join(' ')}${p.email ? ` <${p.email}>` : ''}${p.phone ? ` ${p.phone}` : ''}`);
  }
  for (const a of i.actions) {
    if (a.type === 'update_member' || a.type === 'update_referral') for (const ch of a.changes) out.push(`${ch.field}: ${ch.from ?? '(empty)'} -> ${ch.to}`);
  }
  if (i.lowFit) out.push(`low fit: ${i.lowFit.replace(/_/g, ' ')}`);
  return out;
}

export function buildSummary(i: SummaryInput): string {
  const c = i.classification;
  const status = i.call.status !== 'completed' ? ` (call ${i.call.status.replace(/_/g, ' ')}${i.call.transcript.length ? '' : ', no transcript'})` : '';
  const opening = i.call.transcript.length ? `called${status} about ${why(i.call, c)}` : `call ${i.call.status.replace(/_/g, ' ')}, no transcript`;
  const parts = [`${who(i)} ${opening}.`];
  const hint = hintDiffers(i.call, c);
  const l = learned(i);
  if (hint) l.push(hint);
  if (l.length) parts.push(`Learned: ${l.join('; ')}.`);
  const promised = [c.followUp?.promise, ...i.signals.promises.map((p) => `agent: "${p.evidence.quote}"`)].filter(Boolean);
  if (promised.length) parts.push(`Promised: ${promised.join('; ')}.`);
  if (i.review.required) parts.push(`Needs review: ${i.review.reasons.join(', ')}.`);
  const next = i.nextStep ?? (i.pending[0] || null);
  const nextText = next && next === c.followUp?.promise ? 'as promised' : next;
  if (nextText) parts.push(`Next: ${nextText} (owner ${i.owner ?? 'unassigned'}${i.due ? `, due ${i.due}` : ''}).`);
  else parts.push('Next: nothing further.');
  return parts.join(' ');
}

const HINT_INTENTS: Record<string, string> = {
  sales: 'sales_inquiry', sales_inquiry: 'sales_inquiry', lead: 'sales_inquiry', referral: 'referral', support: 'support',
  billing: 'billing', cancellation: 'cancellation', cancel: 'cancellation', complaint: 'complaint', scheduling: 'scheduling',
  opt_out: 'opt_out', optout: 'opt_out', unsubscribe: 'opt_out', spam: 'spam', vendor: 'vendor', wrong_number: 'wrong_number', other: 'other',
};

/** DialNexa's analysis is a hint: say where the transcript disagrees with it. */
export function hintDiffers(call: Call, c: Classification): string | null {
  const a = call.analysis;
  if (!a || typeof a !== 'object') return null;
  const out: string[] = [];
  const raw = (a as Record<string, unknown>).intent;
  if (typeof raw === 'string' && raw.trim()) {
    const mapped = HINT_INTENTS[raw.trim().toLowerCase().replace(/[\s-]+/g, '_')];
    if (mapped !== c.intent) out.push(`DialNexa's analysis said intent "${raw}", the transcript says ${c.intent.replace(/_/g, ' ')}`);
  }
  const sentiment = (a as Record<string, unknown>).sentiment;
  if (typeof sentiment === 'string' && ['positive', 'neutral', 'negative'].includes(sentiment.toLowerCase()) && sentiment.toLowerCase() !== c.sentiment) {
    out.push(`DialNexa's analysis said sentiment ${sentiment.toLowerCase()}, the transcript reads ${c.sentiment}`);
  }
  return out.length ? out.join('; ') : null;
}

export function noteText(call: Pick<Call, 'callId' | 'links'>, summary: string, lowFit: string | null): string {
  const lines = [
    `[DialNexa call ${call.callId}]${lowFit ? ` [low-fit: ${lowFit}]` : ''}`,
    summary,
    `Call: ${call.links.callUrl ?? call.callId}`,
  ];
  if (call.links.transcriptUrl) lines.push(`Transcript: ${call.links.transcriptUrl}`);
  if (call.links.recordingUrl) lines.push(`Recording: ${call.links.recordingUrl}`);
  return lines.join('\n');
}
