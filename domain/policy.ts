/**
 * Rules 2 to 9 of contracts/handoff-plan.md: from the match and the classification to the plan's
 * actions, review reasons, handoff and summary. Pure: every lookup it needs (the referrer) is done
 * before, in decide.ts.
 */
import type { Call } from './call';
import type { Action, Classification, FieldChange, Plan, RecordRef, ReviewReason } from './plan';
import type { PolicyConfig } from './policyConfig';
import type { MatchDetail } from './match';
import type { CallFacts } from './classify';
import type { ReferrerResolution } from './referrer';
import { normaliseEmail } from './normalise/email';
import { optOutBlocks } from './optOutChannel';
import { normalisePhone } from './normalise/phone';
import { companyKey } from './normalise/company';
import { fullName } from './normalise/name';
import { recordUrl, routeOwner } from './routing';
import { buildSummary, noteText } from './summary';
import { PROGRAM_INTEREST } from './classify/interest';

export interface PolicyInput {
  call: Call;
  match: MatchDetail;
  classification: Classification;
  signals: CallFacts;
  referrer: ReferrerResolution;
  policy: PolicyConfig;
  /** Where DialNexa's own analysis disagreed with the classifier, stated in the summary. */
  disagreements?: string[];
  /** The classifier asks for a person (it failed and the rules stood in, or the two voices split). */
  askReview?: boolean;
}

const LOW_FIT_LABEL: Record<string, string> = { spam: 'spam', vendor: 'vendor pitch', wrong_number: 'wrong number', student: 'student' };

export function lowFitReason(c: Classification): string | null {
  if (c.intent === 'spam' || c.intent === 'vendor' || c.intent === 'wrong_number') return c.intent;
  if (c.qualityMarkers.includes('student')) return 'student';
  return null;
}

/** Rule 6: the matched record's fields that change in the call, with from / to / reason. */
export function recordChanges(input: PolicyInput): FieldChange[] {
  const { match, classification: c, signals, policy } = input;
  const r = match.recordData;
  if (!r || lowFitReason(c)) return [];
  const id = match.identity;
  const changes: FieldChange[] = [];
  const recEmail = normaliseEmail(r.email);
  // An address the caller says on the call that the record lacks is a change, even when the
  // webhook still carries the old one ("I just changed my email, it's ...").
  const spokenNew = id.spokenEmails.find((e) => e !== recEmail);
  if (spokenNew || (id.emails.length && !(recEmail && id.emails.includes(recEmail)))) {
    const to = spokenNew ?? id.spokenEmails[0] ?? id.emails[0];
    changes.push({ field: 'email', from: r.email, to, reason: id.spokenEmails.includes(to) ? 'caller gave this email on the call' : 'email on the call differs from the record' });
  }
  const recPhone = normalisePhone(r.phone, policy.defaultRegion);
  const spokenPhone = id.spokenPhones.find((p) => p !== recPhone);
  // ReferralRock's own field name: a member's `phone`, a referral's `phoneNumber`.
  const phoneField = r.type === 'referral' ? 'phoneNumber' : 'phone';
  if (spokenPhone) changes.push({ field: phoneField, from: r.phone, to: spokenPhone, reason: 'caller gave this number on the call' });
  else if (!recPhone && id.phones[0]) changes.push({ field: phoneField, from: r.phone, to: id.phones[0], reason: 'record had no phone; caller called from this number' });
  if (!r.firstName && id.firstName) changes.push({ field: 'firstName', from: null, to: id.firstName, reason: 'record had no first name' });
  if (!r.lastName && id.lastName) changes.push({ field: 'lastName', from: null, to: id.lastName, reason: 'record had no last name' });
  if (r.type === 'referral' && id.company && companyKey(id.company) !== companyKey(r.companyName) && !r.companyName) {
    changes.push({ field: 'companyName', from: r.companyName, to: id.company, reason: 'caller named their company' });
  }
  if (signals.preferredContact && signals.preferredContact.value !== r.preferredContact) {
    changes.push({ field: 'preferredContact', from: r.preferredContact, to: signals.preferredContact.value, reason: `caller said: "${signals.preferredContact.evidence.quote}"` });
  }
  if (r.type === 'referral') {
    const status = (r.status ?? '').toLowerCase();
    // (A complaint that ends "close my file, I'm not interested anymore" declines too: the agent
    // closing the referral out says so.)
    const declined = c.outcome === 'confirmed_no_interest' || (signals.notInterested != null && (c.optOut.requested || signals.closedOut != null));
    if (declined && (status === 'pending' || status === 'qualified' || status === '')) {
      changes.push({ field: 'status', from: r.status, to: 'denied', reason: 'confirmed not interested' });
    } else if (signals.readyToBuy && !c.optOut.requested && (status === 'pending' || status === '')) {
      changes.push({ field: 'status', from: r.status, to: 'qualified', reason: `ready to buy: "${signals.readyToBuy.quote}"` });
    }
  }
  return changes;
}

export interface PolicyResult {
  actions: Action[];
  review: Plan['review'];
  handoff: Plan['handoff'];
  summary: string;
  classification: Classification;
}

/**
 * A prospect (a referral not yet approved) who asks to "close it" after choosing someone else has no
 * account to cancel: the words of a cancellation are a confirmed "not interested" (rule 6 moves the
 * referral to `denied`), not rule 2's pause.
 */
function prospectDeclines(input: PolicyInput): boolean {
  const r = input.match.recordData;
  if (input.match.status !== 'matched' || r?.type !== 'referral' || input.classification.intent !== 'cancellation') return false;
  if (!['pending', 'qualified', ''].includes((r.status ?? '').toLowerCase()) || input.classification.optOut.requested) return false;
  // Only when they chose someone else (the objection detector's competitor), or closed the file
  // themselves ("So we won't be needing you... You can close it out"): a trial, a contract or an
  // install cancelled is a cancellation.
  const closedThemselves = input.classification.outcome === 'confirmed_no_interest' || (input.signals.notInterested != null && input.signals.closedOut != null);
  return input.classification.objection === 'competitor' || closedThemselves;
}

/**
 * A call whose point is how to reach the caller ("your team keeps calling at nine, afternoons are
 * better"; "I switched carriers, this is the new number") is an update (rule 6), not a support or
 * complaint call to pause for (rule 2).
 */
function contactUpkeepOnly(input: PolicyInput): boolean {
  const reason = input.classification.suppression.reason;
  // A problem reported beside the update ("the app is stuck, and my new email is...") is still one.
  // A caller who moved and says they keep everything is not cancelling ("No! Moved. Not remove. I
  // want to keep everything... I just have a new number").
  const keeps = reason === 'cancellation' && input.signals.keepsAccount != null;
  // So is a case the agent filed ("I'm filing this as a formal complaint to the operations manager").
  if ((reason !== 'support' && reason !== 'complaint' && !keeps) || input.classification.issueReport || input.signals.agentCase) return false;
  // Only what the caller said on the call: a webhook address that differs from the record is no
  // sign of what the call was for.
  const id = input.match.identity;
  const r = input.match.recordData;
  const saidNewContact = r != null && (id.spokenPhones.some((p) => p !== normalisePhone(r.phone, input.policy.defaultRegion)) || id.spokenEmails.some((e) => e !== normaliseEmail(r.email)));
  return input.signals.preferredContact != null || saidNewContact;
}

/**
 * A member asking us to move a referral to a status that pays ("can you just mark my referral as
 * approved so it pays out?") asks for a money review (rule 7), not for help with a bill or to leave:
 * no bad-timing pause.
 */
function rewardAskOnly(input: PolicyInput): boolean {
  const reason = input.classification.suppression.reason;
  if (reason !== 'billing' && reason !== 'cancellation' && reason !== 'support') return false;
  // (A refund the caller wants is a billing call still: only a status or reward asked for counts.)
  return input.signals.sensitive.some((f) => f.reasons.includes('money') && /\b(?:approved?|qualified|pays? out|payout|bonus|reward|commission)\b|aprobad[ao]/i.test(f.evidence.quote));
}

const NO_PAUSE = { suppress: false, reason: null, stopFutureOutreach: false } as const;

export function applyPolicy(original: PolicyInput): PolicyResult {
  const input: PolicyInput = prospectDeclines(original)
    ? { ...original, classification: { ...original.classification, outcome: 'confirmed_no_interest', suppression: NO_PAUSE } }
    : contactUpkeepOnly(original) || rewardAskOnly(original)
      ? { ...original, classification: { ...original.classification, suppression: NO_PAUSE } }
      : original;
  const { call, match, signals, referrer, policy } = input;
  let c = input.classification;
  const id = match.identity;
  const target: RecordRef | null = match.status === 'matched' ? match.record : null;
  const rec = match.recordData;
  const lowFit = lowFitReason(c);
  const reasons = new Set<ReviewReason>();
  const pending: string[] = []; // next steps that need a person
  const actions: Action[] = [];

  // Owner routing first: follow-ups and the handoff carry it.
  const referringMemberId = rec?.type === 'referral' ? rec.referringMemberId : referrer.status === 'identified' ? referrer.member.id : null;
  const owner = routeOwner(policy, { campaign: call.attribution.campaign, segment: c.segment, productInterest: c.productInterest, referringMemberId });
  if (c.followUp) c = { ...c, followUp: { ...c.followUp, owner } };

  // Rule 1 -> review.
  if (match.reviewReason) reasons.add(match.reviewReason);

  // Rule 3 / 2 / 4: one suppression per record.
  const callerEmail = id.emails[0] ?? null;
  if (c.suppression.suppress && c.suppression.reason) {
    const reason = c.suppression.reason;
    const email = normaliseEmail(rec?.email) ?? callerEmail;
    // The email goes on the suppression only where blocking that address is right: an opt-out that
    // covers email (all, email, marketing) or a pause. A text- or call-only opt-out, or a wrong
    // number (the phone is wrong, not the address), must not put the address on the block list.
    const emailCovered = optOutBlocks(c.optOut.scope, 'email');
    if (reason === 'opt_out') {
      actions.push({ type: 'suppress', target, reason, stopFutureOutreach: true, email: emailCovered ? email : null });
    } else if (reason === 'possible_opt_out') {
      // Rule 3's hold: a pause, not a stop; written at once, even with no record to hang it on. The
      // address rides along for the reviewer's confirmation; a pause never blocks it.
      actions.push({ type: 'suppress', target, reason, stopFutureOutreach: false, email: emailCovered ? email : null });
    } else if (target) {
      actions.push({ type: 'suppress', target, reason, stopFutureOutreach: reason === 'wrong_number', email: reason === 'wrong_number' ? null : email });
    }
  }

  // Rule 6: updates.
  const changes = recordChanges(input);
  if (target && changes.length) {
    actions.push({ type: target.type === 'member' ? 'update_member' : 'update_referral', target, changes });
    if (changes.some((ch) => ch.field === 'status' && (ch.to === 'qualified' || ch.to === 'approved'))) reasons.add('money');
  }

  // Rule 5: creates.
  const promotable = !lowFit && !c.optOut.requested && c.outcome !== 'confirmed_no_interest';
  // ("Quería inscribirme en eso de los referidos. Me dijo mi comadre Rosa.": a caller who asks to join
  // and asks after no product was told of the program by Rosa, not referred to buy; the join decides
  // what is created. "Jamal told me about you. One, a demo. And two, can I be a partner too?" is both.)
  const prospect = c.intent === 'sales_inquiry' || (c.intent === 'referral' && (!signals.joinRequest || c.productInterest.some((p) => !PROGRAM_INTEREST.has(p))));
  const name = fullName(id);
  const phone = id.phones[0] ?? null;
  let createdReferral = false;
  if (promotable && match.status === 'new' && prospect && referrer.status !== 'none') {
    if (referrer.status === 'identified') {
      if (id.firstName && (callerEmail || phone)) {
        actions.push({
          type: 'create_referral',
          fields: clean({
            firstName: id.firstName,
            lastName: id.lastName,
            email: callerEmail,
            phoneNumber: phone,
            companyName: id.company,
            referralCode: referrer.member.referralCode,
            preferredContact: signals.preferredContact?.value ?? null,
          }),
        });
        createdReferral = true;
      } else {
        pending.push(`Ask the caller for ${id.firstName ? 'an email or phone number' : 'their name and an email or phone number'} to create the referral under ${fullName(referrer.member) ?? referrer.member.id}`);
      }
    } else {
      reasons.add('ambiguous_match');
      const what = referrer.why === 'unknown_code' ? `referral code ${c.referredBy?.referralCode ?? ''} matches no member` : referrer.why === 'ambiguous_name' ? `referrer "${c.referredBy?.name}" matches ${referrer.candidates.length} members` : `referrer "${c.referredBy?.name}" matches no member`;
      pending.push(`Identify the referrer (${what.trim()}) before creating the referral`);
    }
  }
  // A member naming a new person to refer.
  // (A contact that is the member's own, as the record has it, is not a new person.)
  const ownContact = (p: NonNullable<typeof signals.referredPerson>) =>
    (p.email != null && p.email === normaliseEmail(rec?.email)) || (p.phone != null && p.phone === normalisePhone(rec?.phone, policy.defaultRegion));
  // A member who stops one channel ("no more texts") and hands over a cousin: the referral is the
  // cousin's, nothing promotional for the caller (rule 3); an opt-out of everything or of marketing
  // still creates nothing.
  const refersDespiteChannelOptOut = !lowFit && c.optOut.requested && (c.optOut.scope === 'calls' || c.optOut.scope === 'sms' || c.optOut.scope === 'email');
  if ((promotable || refersDespiteChannelOptOut) && rec?.type === 'member' && target && signals.referredPerson && !ownContact(signals.referredPerson)) {
    const p = signals.referredPerson;
    const onFile = signals.referredPersonOnFile;
    if (onFile) {
      pending.push(`${[p.firstName, p.lastName].filter(Boolean).join(' ')} is already on file (${onFile.type} ${onFile.id}): nothing created; follow up on that record`);
    } else if (p.email || p.phone) {
      actions.push({
        type: 'create_referral',
        fields: clean({ firstName: p.firstName, lastName: p.lastName, email: p.email, phoneNumber: p.phone, referralCode: rec.referralCode }),
      });
      createdReferral = true;
    } else {
      pending.push(`Ask ${fullName(rec) ?? 'the member'} for ${p.firstName}'s email or phone number to create the referral`);
    }
  }
  // Joining the program.
  if (promotable && signals.joinRequest && rec?.type !== 'member' && match.status !== 'ambiguous') {
    // A caller matched as a referral: the record's name and email are theirs.
    const joinFirst = id.firstName ?? rec?.firstName ?? null;
    const joinLast = id.lastName ?? rec?.lastName ?? null;
    // (Not one the caller disowns: "tengo uno pero ... ya ni lo uso".)
    const joinEmail = callerEmail ?? (signals.emailDisowned ? null : normaliseEmail(rec?.email));
    const joinPhone = phone ?? normalisePhone(rec?.phone, policy.defaultRegion);
    if (joinFirst && joinEmail) {
      actions.push({
        type: 'create_member',
        fields: clean({ firstName: joinFirst, lastName: joinLast, email: joinEmail, phone: joinPhone, programId: policy.programId }),
      });
    } else {
      pending.push(`Ask ${name ?? 'the caller'} for ${id.firstName ? 'an email address' : 'their name and an email address'} to enrol them in the referral program (ReferralRock needs one)`);
    }
  }

  // Rule 7: review reasons.
  // A high-value record on a low-fit call still asks for review where the call touches that record
  // or its person: a wrong number suppresses it; a member who pitches their own business, matched on
  // their name or email as well as the number, is still that member. A robocall or a pitch that
  // only shares the record's number (caller ID can be spoofed) leaves a note, which never waits.
  const ownPerson = match.candidates.find((x) => x.id === rec?.id)?.matchedOn.some((k) => k !== 'phone') ?? false;
  const highValueCounts = !lowFit || lowFit === 'wrong_number' || (lowFit !== 'spam' && ownPerson);
  if (rec && highValueCounts && ((rec.value ?? 0) >= policy.highValueAmount || rec.vip)) reasons.add('high_value');
  for (const f of [...signals.sensitive, ...signals.promises]) for (const r of f.reasons) reasons.add(r);
  const hasContent = input.call.transcript.some((t) => t.speaker === 'caller' && t.text.trim());
  // Unclear is a low confidence: `other` said with confidence (a record update, a courier) is clear.
  // (A held opt-out is reviewed for what the call was for as well, when no reading of it is sure.)
  if (hasContent && !lowFit && !c.optOut.requested && c.intentConfidence < 0.5) reasons.add('unclear_intent');
  if (input.askReview && !lowFit) reasons.add('unclear_intent');
  if (c.optOut.possible) {
    reasons.add('possible_opt_out');
    const words = signals.possibleOptOut ? ` ("${signals.possibleOptOut.quote}")` : ' (DialNexa\'s analysis reports one)';
    pending.unshift(`Reviewer to confirm or lift the possible opt-out${words}; outreach is paused until then`);
  }

  // Rule 8: follow-up.
  if (c.followUp) {
    actions.push({ type: 'schedule_follow_up', at: c.followUp.at, channel: c.followUp.channel, owner, timezone: c.followUp.timezone, promise: c.followUp.promise, target });
  }

  const review = { required: reasons.size > 0, reasons: ORDERED_REASONS.filter((r) => reasons.has(r)) };
  const nextStep = c.followUp?.promise ?? pending[0] ?? defaultNextStep(c, review, actions, match, lowFit);
  const due = c.followUp?.at ?? null;
  const summary = [buildSummary({ call, match, classification: c, signals, referrer, actions, review, owner, nextStep, due, lowFit, pending, createdReferral }), ...(input.disagreements ?? [])].join(' ');

  // Rule 9 (and 4): a matched record always gets a note.
  if (target) {
    actions.push({ type: 'add_note', target, text: noteText(call, summary, lowFit ? LOW_FIT_LABEL[lowFit] : null) });
  }

  const handoff: Plan['handoff'] = {
    reason: handoffReason(c, actions, match, lowFit),
    urgency: urgency(c, review, due, call.endedAt, lowFit, actions),
    owner,
    nextStep,
    due,
    recordUrl: recordUrl(policy.recordUrlTemplate, target),
    attribution: {
      source: call.attribution.source ?? null,
      campaign: call.attribution.campaign ?? null,
      utm: { source: call.attribution.source ?? null, medium: call.attribution.medium ?? null, campaign: call.attribution.campaign ?? null },
    },
    links: { transcript: call.links.transcriptUrl ?? null, recording: call.links.recordingUrl ?? null, call: call.links.callUrl ?? null },
  };
  return { actions, review, handoff, summary, classification: c };
}

const ORDERED_REASONS: ReviewReason[] = [
  'possible_opt_out', 'ambiguous_match', 'low_confidence_match', 'sensitive_request', 'legal', 'access', 'high_value', 'money', 'commitment', 'unclear_intent',
];

function clean(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && v !== ''));
}

function defaultNextStep(c: Classification, review: Plan['review'], actions: Action[], match: MatchDetail, lowFit: string | null): string | null {
  if (lowFit) return null;
  if (c.optOut.requested && c.intent === 'opt_out') return null;
  if (review.reasons.includes('ambiguous_match') || review.reasons.includes('low_confidence_match')) return 'Reviewer to confirm which record the caller is before anything is written';
  if (review.reasons.includes('legal')) return 'Reviewer to handle the legal or privacy request';
  if (review.reasons.includes('access')) return 'Reviewer to verify the caller and handle the account access request';
  if (c.intent === 'billing') return 'Billing to look into the caller\'s question and reply';
  if (c.intent === 'support') return 'Support to triage the reported issue and reply';
  if (c.intent === 'complaint') return 'Follow up on the complaint';
  if (c.intent === 'cancellation') return 'Handle the cancellation request';
  if (c.outcome === 'requested_quote') return 'Send the requested pricing or paperwork';
  if (actions.some((a) => a.type === 'create_referral')) return 'Reach out to the new referral';
  if (actions.some((a) => a.type === 'create_member')) return 'Welcome the new member';
  if (c.intent === 'referral' && match.status === 'matched') return 'Reply to the caller about their referral';
  return null;
}

function handoffReason(c: Classification, actions: Action[], match: MatchDetail, lowFit: string | null): string {
  if (c.optOut.requested) {
    const what = { all: 'all outreach to them stops', calls: 'calls to them stop', sms: 'texts to them stop', email: 'emails to them stop', marketing: 'marketing to them stops' }[c.optOut.scope ?? 'all'];
    return `The caller opted out${c.optOut.scope === 'all' ? '' : ` of ${c.optOut.scope === 'sms' ? 'texts' : c.optOut.scope}`}, so ${what} now${c.intent !== 'opt_out' ? ` (the ${intentLabel(c.intent)} request still needs an answer)` : ''}.`;
  }
  if (lowFit) return `Low-fit call (${LOW_FIT_LABEL[lowFit]}): nothing is created${match.status === 'matched' ? ', the record only gets a note' : ''}.`;
  if (match.status === 'ambiguous') return 'The caller could not be tied to one record, so a reviewer must pick it before anything is written.';
  const parts: string[] = [];
  for (const a of actions) {
    if (a.type === 'suppress') parts.push(`promotions pause (${a.reason})`);
    if (a.type === 'update_member' || a.type === 'update_referral') parts.push(a.changes.map((ch) => `${ch.field} ${ch.from ?? '(empty)'} -> ${ch.to}`).join(', '));
    if (a.type === 'create_referral') parts.push('a new referral is created');
    if (a.type === 'create_member') parts.push('a new member is created');
    if (a.type === 'schedule_follow_up') parts.push(`a ${a.channel} follow-up is scheduled`);
  }
  if (!parts.length) {
    return match.status === 'matched'
      ? `${cap(intentLabel(c.intent))} call; the record only gets a note of it.`
      : `${cap(intentLabel(c.intent))} call from someone not tied to a ReferralRock record; nothing is written.`;
  }
  return `${cap(intentLabel(c.intent))} call: ${parts.join('; ')}.`;
}

function urgency(c: Classification, review: Plan['review'], due: string | null, endedAt: string, lowFit: string | null, actions: Action[]): 'low' | 'normal' | 'high' {
  if (lowFit) return 'low';
  if (review.reasons.some((r) => r === 'legal' || r === 'access' || r === 'sensitive_request' || r === 'high_value')) return 'high';
  if (c.intent === 'complaint' || c.intent === 'cancellation') return 'high';
  if (due && Date.parse(due) - Date.parse(endedAt) <= 24 * 3600 * 1000) return 'high';
  if (c.qualityMarkers.includes('high_intent')) return 'high';
  if (c.optOut.requested && c.intent === 'opt_out') return 'low';
  if (c.outcome === 'confirmed_no_interest') return 'low';
  const writes = actions.some((a) => a.type !== 'add_note');
  if (c.outcome === 'none' && !review.required && !writes && ['other', 'opt_out', 'referral', 'sales_inquiry'].includes(c.intent)) return 'low';
  return 'normal';
}

export function intentLabel(i: Classification['intent']): string {
  return i.replace(/_/g, ' ');
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
