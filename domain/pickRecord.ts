/**
 * "Which record is this?": what a reviewer sees of each candidate of an ambiguous or weak match, and
 * what picking one carries out. A pick is an edit of the plan (the workflow validates it like any
 * other): the call's note goes on the record the reviewer named, and the follow-ups the caller asked
 * for are tied to it; nothing else changes on a person's choice alone (a status change or a create
 * stays an explicit edit). "None of these" writes nothing.
 */
import type { Candidate, Plan, RecordRef } from './plan';
import type { DirectoryRecord } from './records';
import { noteText } from './summary';
import { recordUrl } from './routing';

/** One candidate as the review page and the CLI show it: enough to tell two people apart, no more. */
export interface CandidateView {
  type: RecordRef['type'];
  id: string;
  score: number;
  matchedOn: Candidate['matchedOn'];
  name: string | null;
  companyName: string | null;
  /** Masked: `j•••@example.com`. */
  email: string | null;
  /** Masked: `••• ••• 0147`. */
  phone: string | null;
  referralCode: string | null;
  status: string | null;
  amount: number | null;
  recordUrl: string | null;
}

export function maskEmail(email: string | null): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  return at <= 0 ? '•••' : `${email[0]}•••${email.slice(at)}`;
}

export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, '');
  return digits.length < 4 ? '•••' : `••• ••• ${digits.slice(-4)}`;
}

/** The plan's candidates with what the directory holds on each (a candidate it no longer has is shown bare). */
export function candidateViews(candidates: Candidate[], records: DirectoryRecord[], recordUrlTemplate: string): CandidateView[] {
  return candidates.map((c) => {
    const r = records.find((x) => x.type === c.type && x.id === c.id) ?? null;
    const name = [r?.firstName, r?.lastName].filter(Boolean).join(' ') || null;
    return {
      type: c.type,
      id: c.id,
      score: c.score,
      matchedOn: c.matchedOn,
      name,
      companyName: r?.companyName ?? null,
      email: maskEmail(r?.email ?? null),
      phone: maskPhone(r?.phone ?? null),
      referralCode: r?.referralCode ?? null,
      status: r?.status ?? null,
      amount: r?.value ?? null,
      recordUrl: recordUrl(recordUrlTemplate, { type: c.type, id: c.id }),
    };
  });
}

/** Plans whose question for the reviewer is which record the caller is. */
export function asksWhichRecord(plan: Pick<Plan, 'review'>): boolean {
  return plan.review.reasons.includes('ambiguous_match') || plan.review.reasons.includes('low_confidence_match');
}

export type RecordPick = RecordRef | 'none';

/** The actions a pick carries out: the call's note on the record, the requested follow-ups tied to it. */
export function actionsForPick(plan: Plan, pick: RecordPick): Plan['actions'] {
  if (pick === 'none') return [];
  const links = plan.handoff.links;
  const note = noteText({ callId: plan.callId, links: { callUrl: links.call ?? undefined, transcriptUrl: links.transcript ?? undefined, recordingUrl: links.recording ?? undefined } }, plan.summary, null);
  const followUps = plan.actions.filter((a) => a.type === 'schedule_follow_up').map((a) => ({ ...a, target: pick }));
  return [...followUps, { type: 'add_note', target: pick, text: note }];
}

/** Why a pick cannot be taken, or null: the plan must ask which record, and the record must be one of its candidates. */
export function pickRefusal(plan: Plan, pick: RecordPick): string | null {
  if (!asksWhichRecord(plan)) return 'this call does not ask which record it is (no ambiguous or weak match)';
  if (pick === 'none') return null;
  if (!plan.match.candidates.some((c) => c.type === pick.type && c.id === pick.id)) {
    return `${pick.type} ${pick.id} is not one of this call's candidates (${plan.match.candidates.map((c) => `${c.type} ${c.id}`).join(', ') || 'none'})`;
  }
  return null;
}
