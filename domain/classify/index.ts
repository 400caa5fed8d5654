/**
 * Classification: every classifier over the call, combined into the plan's `classification`
 * (with evidence quotes), plus the signals the policy needs beyond it.
 */
import type { Call } from '../call';
import type { Classification, Evidence, QualityMarker, SuppressionReason } from '../plan';
import type { MatchDetail } from '../match';
import { agentOpensCase } from './agentCase';
import { optOutBlocks } from '../optOutChannel';
import { evidence, findFirst, fold } from '../text';
import type { ClassifyContext } from './context';
import { detectConsent } from './consent';
import { detectFollowUp, type FollowUpRequest } from './followUp';
import { productInterest, prospectPhrases, detectSegment } from './interest';
import { detectIssue } from './issue';
import { detectObjection } from './objection';
import { contactForSomeoneElse, detectJoinRequest, detectReferredBy, detectReferredPerson, emailDisowned, type ReferredBy, type ReferredPerson } from './referral';
import type { Flag } from './sensitive';
import { acceptedAgentQuestions, agentClosedOut } from './outcomeCues';
import { detectPreferredContact } from './preferences';
import { REVIEW_REASONS_OF, type Quote, type Signals } from './signals';
import { classifySentiment } from './sentiment';

/** What the policy needs beyond the classification: extracted facts and the classifier's flags. */
export interface CallFacts {
  referredBy: ReferredBy | null;
  referredPerson: ReferredPerson | null;
  joinRequest: Evidence | null;
  /** The caller says the email a record holds is not theirs to use any more ("ya ni lo uso"). */
  emailDisowned: Evidence | null;
  sensitive: Flag[];
  promises: Flag[];
  followUpRequest: FollowUpRequest | null;
  /** Why a requested follow-up was not kept (low fit, opt-out), if it was dropped. */
  followUpBlocked: string | null;
  notInterested: Evidence | null;
  /** The agent closed the record out ("I'll close out your referral"), outcomeCues.ts. */
  closedOut: Evidence | null;
  readyToBuy: Evidence | null;
  demoBooked: Evidence | null;
  preferredContact: { value: string; evidence: Evidence } | null;
  /** Rule 3's hold: words that may be an opt-out, for a reviewer to confirm or lift. */
  possibleOptOut: Evidence | null;
  /** The caller says they are staying ("I want to keep everything", "I'm not going anywhere"). */
  keepsAccount: Evidence | null;
  /** The service case the agent filed ("I'm filing this as a formal complaint"), agentCase.ts. */
  agentCase: Evidence | null;
  /** The person handed over to refer is already on file (their phone or email is a record's): set by decideCall. */
  referredPersonOnFile?: { type: 'member' | 'referral'; id: string } | null;
}

// ("I'm not leaving the referral program" beside a plan cancelled keeps the program, not the plan.)
const KEEPS_ACCOUNT = /\b(?:(?:want|like|going) to keep (?:everything|it all|all of it|my account|the account|my membership)|not (?:cancel\w*|leaving|quitting)(?! (?:the |your )?(?:referral |rewards |ambassador |partner )?(?:program|club|circle))|i'm not going anywhere|no (?:me quiero|quiero) (?:ir|cancelar|dar de baja))\b/;

const DEMO_BOOKED_AGENT = /\b(?:(?:booked|scheduled|set up|confirmed|locked in|put you down)\b[^.]*\b(?:demo|call|meeting|walkthrough)|(?:demo|meeting|call)\b[^.]*\b(?:booked|scheduled|confirmed)|it is\b|it's a date|see you (?:then|on))/;
const EXISTING = /\b(?:i'm a (?:customer|member|client)|we're (?:a )?(?:customers?|clients?|members?)|(?:my|our) (?:account|subscription|membership|plan)|we've been (?:customers|clients|using)|i've been (?:a member|using))\b/;

const SUPPRESS_BY_INTENT: Partial<Record<Classification['intent'], SuppressionReason>> = {
  support: 'support',
  billing: 'billing',
  cancellation: 'cancellation',
  complaint: 'complaint',
};

/** The classifier's judgement as the plan's evidence entries. */
const asEvidence = (field: string, qs: Quote[]): Evidence[] => qs.map((q) => ({ field, quote: q.quote, turn: q.turn }));

/** The agent files a contact as the caller's referral: "under your code", "lo registro con su código". */
function agentFilesReferral(call: Call): boolean {
  return call.transcript.some((t) => t.speaker === 'agent' && /\b(?:under your (?:partner |referral |member )?(?:code|account)|as (?:a |your )referral|(?:lo|la|los) (?:registro|anoto|agrego|doy de alta) (?:con|bajo) su c[oó]digo|(?:con|bajo) su c[oó]digo de (?:socio|referid))/i.test(t.text));
}

/**
 * The plan's `classification` from the classifier's judgement (`judged`, already validated) and the
 * deterministic extraction (names, codes, follow-up instants, issue reports...).
 */
export function classifyCall(ctx: ClassifyContext, match: MatchDetail, judged: Signals): { classification: Classification; facts: CallFacts } {
  const { call, caller, agent } = ctx;
  const ev: Evidence[] = [];
  const optOut = {
    requested: judged.optOut.status === 'affirmed',
    possible: judged.optOut.status === 'uncertain',
    scope: judged.optOut.status === 'none' ? null : (judged.optOut.scope ?? 'all'),
  };
  const accepted = acceptedAgentQuestions(call, agent);
  // An abstention is "other": the policy sends it to a person (unclear_intent).
  const intent = judged.intent.label ?? 'other';
  ev.push(...asEvidence('intent', judged.intent.evidence), ...asEvidence('optOut', judged.optOut.evidence));

  const notInterested = judged.notInterested ? { field: 'outcome', ...judged.notInterested } : null;
  const readyToBuy = judged.readyToBuy ? { field: 'qualityMarkers', ...judged.readyToBuy } : null;

  const consent = detectConsent(call, caller, agent, optOut.requested);
  ev.push(...consent.evidence);
  const objection = detectObjection(caller);
  ev.push(...objection.evidence);
  const interest = productInterest(caller);
  const isProspect = intent === 'sales_inquiry' || intent === 'referral';
  const phrases = isProspect ? prospectPhrases(caller) : { phrases: [], evidence: [] };
  ev.push(...interest.evidence, ...phrases.evidence);
  const segment = detectSegment(caller, call.attribution);
  ev.push(...segment.evidence);
  const issue = detectIssue(caller, intent);
  ev.push(...issue.evidence);
  const sentiment = classifySentiment(caller, optOut.requested || intent === 'complaint');
  ev.push(...sentiment.evidence);

  const referredBy = detectReferredBy(ctx);
  if (referredBy) ev.push(...referredBy.evidence);
  // A call read as a referral whose refer words no pattern caught: a contact that is not the caller's.
  // So is one where the agent files a contact under the caller's code, whatever else the call is
  // about ("Also, Dr. Solberg wants a quote, ingrid at solberg vet dot com" - "under your code").
  const referredPerson = detectReferredPerson(ctx) ?? (intent === 'referral' || agentFilesReferral(call) ? contactForSomeoneElse(ctx) : null);
  if (referredPerson) ev.push(...referredPerson.evidence);
  const joinRequest = detectJoinRequest(caller, agent, call);
  if (joinRequest) ev.push(joinRequest);
  // The classifier's flags, as the review reasons they ask for.
  const toFlag = (f: Signals['flags'][number]): Flag => ({ reasons: REVIEW_REASONS_OF[f.kind], label: f.kind, evidence: { field: 'review', ...f.evidence } });
  const sensitive = judged.flags.filter((f) => f.by === 'caller').map(toFlag);
  const promises = judged.flags.filter((f) => f.by === 'agent').map(toFlag);
  ev.push(...sensitive.map((f) => f.evidence), ...promises.map((f) => f.evidence));

  // Low fit: the intent names spam, vendor and wrong number; a student is a marker on any call.
  const markers: QualityMarker[] = [];
  const student = judged.lowFit.kind === 'student';
  const isLowFit = ['spam', 'vendor', 'wrong_number'].includes(intent) || student;
  if (intent === 'spam') markers.push('spam');
  if (intent === 'vendor') markers.push('vendor');
  if (intent === 'wrong_number') markers.push('wrong_number');
  if (student) {
    markers.push('student');
    ev.push(...asEvidence('qualityMarkers', judged.lowFit.evidence));
  }

  // Follow-up (rule 8), blocked by low fit and by opt-outs.
  const followUpRequest = detectFollowUp(ctx);
  let followUpBlocked: string | null = null;
  let followUp: Classification['followUp'] = null;
  if (followUpRequest) {
    if (isLowFit) followUpBlocked = 'low-fit call';
    else if (optOut.requested && optOutBlocks(optOut.scope, followUpRequest.channel)) {
      followUpBlocked = optOut.scope === 'all' || optOut.scope === 'marketing' ? `opt-out (${optOut.scope})` : `opt-out of ${optOut.scope}`;
    } else {
      followUp = { at: followUpRequest.at, timezone: followUpRequest.timezone, channel: followUpRequest.channel, owner: null, promise: followUpRequest.promise };
      ev.push(...followUpRequest.evidence);
    }
  }

  // Outcome.
  const demoAsked = [...caller, ...accepted].some((s) => /\b(?:demo|walk ?through|demonstration)\b/.test(fold(s.text)));
  const demoBookedAgent = agent.find((s) => DEMO_BOOKED_AGENT.test(fold(s.text)));
  const demoBooked = demoAsked && (followUp != null || demoBookedAgent != null) ? evidence('outcome', demoBookedAgent ?? [...caller, ...accepted].find((s) => /\b(?:demo|walk ?through|demonstration)\b/i.test(s.text)) ?? caller[0]) : null;
  const quoteAsked = findFirst(caller, [/\b(?:pricing|price|prices|quote|proposal|how much|cost|paperwork|contract|order form)\b/], (s, m) => !/not interested/.test(fold(s.text)) && m != null);
  let outcome: Classification['outcome'] = 'none';
  if (isLowFit || intent === 'opt_out') outcome = 'none';
  else if (notInterested && isProspect) outcome = 'confirmed_no_interest';
  else if (referredPerson && (referredPerson.email || referredPerson.phone || match.recordData?.type === 'member')) outcome = 'referred_someone';
  else if (joinRequest) outcome = 'joined_program';
  else if (demoBooked) outcome = 'booked_demo';
  else if (quoteAsked && isProspect) outcome = 'requested_quote';
  else if (issue.issue) outcome = 'issue_reported';
  else if (followUp) outcome = 'callback_requested';
  // The outcome's own evidence.
  const outcomeEv: Evidence | null =
    outcome === 'confirmed_no_interest' ? notInterested
    : outcome === 'booked_demo' ? demoBooked
    : outcome === 'requested_quote' && quoteAsked ? evidence('outcome', quoteAsked.sentence)
    : outcome === 'referred_someone' && referredPerson ? { ...referredPerson.evidence[0], field: 'outcome' }
    : outcome === 'issue_reported' && issue.evidence[0] ? { ...issue.evidence[0], field: 'outcome' }
    : outcome === 'callback_requested' && followUpRequest ? { ...followUpRequest.evidence[0], field: 'outcome' }
    : null;
  if (outcomeEv) ev.push(outcomeEv);

  // Quality markers for real callers.
  if (!isLowFit) {
    if (['support', 'billing', 'cancellation', 'complaint'].includes(intent)) markers.push('support_only');
    const saidExisting = findFirst(caller, [EXISTING]);
    if (match.recordData?.type === 'member' || saidExisting) {
      markers.push('existing_customer');
      if (saidExisting) ev.push(evidence('qualityMarkers', saidExisting.sentence));
    }
    const identified = Boolean(ctx.identity.firstName && (ctx.identity.emails.length || ctx.identity.phones.length));
    if (isProspect && !optOut.requested && outcome !== 'confirmed_no_interest' && identified && (interest.items.length || phrases.phrases.length || referredBy)) {
      markers.push('qualified_lead');
      const why = phrases.evidence[0] ?? interest.evidence[0] ?? referredBy?.evidence[0];
      if (why) ev.push({ ...why, field: 'qualityMarkers' });
    }
    if (isProspect && !optOut.requested && (readyToBuy || outcome === 'booked_demo' || outcome === 'requested_quote')) {
      markers.push('high_intent');
      const why = readyToBuy ?? outcomeEv;
      if (why) ev.push({ ...why, field: 'qualityMarkers' });
    }
  }

  // Suppression: one reason; opt_out, then wrong_number, then possible_opt_out, then bad timing. Spam/vendor never suppress.
  let reason: SuppressionReason | null = null;
  if (optOut.requested) reason = 'opt_out';
  // (A wrong number suppresses the record it reached, rule 4: a caller who rang us by mistake and
  // matches no record has nothing to suppress.)
  else if (intent === 'wrong_number' && match.status !== 'new') reason = 'wrong_number';
  else if (optOut.possible) reason = 'possible_opt_out';
  else reason = SUPPRESS_BY_INTENT[intent] ?? null;
  if (reason === 'possible_opt_out') ev.push(...asEvidence('suppression', judged.optOut.evidence));
  else if (reason && reason !== 'opt_out') ev.push(...asEvidence('suppression', judged.intent.evidence));

  const preferredContact = detectPreferredContact(caller);
  if (preferredContact) ev.push(preferredContact.evidence);

  const classification: Classification = {
    intent,
    intentConfidence: judged.intent.label ? judged.intent.confidence : caller.length ? 0.3 : 0.9,
    optOut,
    consent: { marketing: consent.marketing },
    sentiment: sentiment.sentiment,
    objection: isLowFit ? null : objection.objection,
    productInterest: isLowFit || optOut.requested || !(isProspect || intent === 'scheduling') ? [] : interest.items,
    qualityMarkers: [...new Set(markers)],
    suppression: { suppress: reason != null, reason, stopFutureOutreach: reason === 'opt_out' || reason === 'wrong_number' },
    followUp,
    referredBy: referredBy ? { referralCode: referredBy.referralCode, name: referredBy.name } : null,
    segment: isLowFit ? null : segment.segment,
    outcome,
    prospectPhrases: phrases.phrases,
    issueReport: issue.issue,
    evidence: dedupe(ev),
  };
  const keeps = findFirst(caller, [KEEPS_ACCOUNT]);
  return {
    classification,
    facts: {
      referredBy,
      referredPerson,
      joinRequest,
      emailDisowned: joinRequest ? emailDisowned(caller, call) : null,
      keepsAccount: keeps ? evidence('keepsAccount', keeps.sentence) : null,
      agentCase: agentOpensCase(agent)?.evidence ?? null,
      sensitive,
      promises,
      followUpRequest,
      followUpBlocked,
      notInterested,
      closedOut: agentClosedOut(ctx.call, agent),
      readyToBuy,
      demoBooked,
      preferredContact,
      possibleOptOut: optOut.possible ? asEvidence('optOut', judged.optOut.evidence)[0] ?? null : null,
    },
  };
}

function dedupe(ev: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return ev.filter((e) => {
    const k = `${e.field}|${e.turn}|${e.quote}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
