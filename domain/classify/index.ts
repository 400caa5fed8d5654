/**
 * Classification: every classifier over the call, combined into the plan's `classification`
 * (with evidence quotes), plus the signals the policy needs beyond it.
 */
import type { Classification, Evidence, QualityMarker, SuppressionReason } from '../plan';
import type { MatchDetail } from '../match';
import { evidence, findFirst, fold, stripFillers } from '../text';
import type { ClassifyContext } from './context';
import { detectConsent } from './consent';
import { detectFollowUp, type FollowUpRequest } from './followUp';
import { classifyIntent } from './intent';
import { productInterest, prospectPhrases, detectSegment } from './interest';
import { detectIssue } from './issue';
import { detectLowFit, type LowFit } from './lowFit';
import { detectObjection } from './objection';
import { detectOptOut, possibleOptOut } from './optOut';
import { detectJoinRequest, detectReferredBy, detectReferredPerson, type ReferredBy, type ReferredPerson } from './referral';
import { detectAgentPromises, detectSensitive, type Flag } from './sensitive';
import { classifySentiment } from './sentiment';

export interface Signals {
  lowFit: LowFit;
  referredBy: ReferredBy | null;
  referredPerson: ReferredPerson | null;
  joinRequest: Evidence | null;
  sensitive: Flag[];
  promises: Flag[];
  followUpRequest: FollowUpRequest | null;
  /** Why a requested follow-up was not kept (low fit, opt-out), if it was dropped. */
  followUpBlocked: string | null;
  notInterested: Evidence | null;
  readyToBuy: Evidence | null;
  demoBooked: Evidence | null;
  preferredContact: { value: string; evidence: Evidence } | null;
  /** Opt-out-like words no opt-out rule recognised: a reviewer confirms. */
  possibleOptOut: Evidence | null;
}

const NOT_INTERESTED = [
  /\b(?:not going ahead|won't be going ahead|not proceeding|go(?:ing)? (?:in )?(?:another|a different) direction|not interested|no longer interested|not going to (?:move forward|go ahead|proceed)|decided (?:not to|against|to (?:stay|go) with)|we'll pass|we're going to pass|going to pass|no thanks?,? we're (?:good|fine|all set)|we're all set|we went with|we chose (?:another|a different)|not moving forward|don't want to (?:move forward|proceed|continue|go ahead))\b/,
  /\b(?:no estoy interesad[oa]|no nos interesa|no me interesa)\b/,
];
const READY = [/\b(?:ready to (?:sign|buy|purchase|move forward|go ahead|get started)|sign (?:the|a|an|our) (?:\w+ )?(?:contract|agreement|deal)|send (?:me |us )?(?:the|over the) (?:paperwork|contract|agreement|order form)|let's do (?:it|the deal)|we'll take it|issue (?:a|the) purchase order)\b/];
const DEMO_BOOKED_AGENT = /\b(?:(?:booked|scheduled|set up|confirmed|locked in|put you down)\b[^.]*\b(?:demo|call|meeting|walkthrough)|(?:demo|meeting|call)\b[^.]*\b(?:booked|scheduled|confirmed)|it is\b|it's a date|see you (?:then|on))/;
const PREFERRED: Array<[string, RegExp]> = [
  ['email', /\b(?:email is (?:best|better|easiest|preferred)|prefer (?:to be contacted by )?email|best (?:way )?(?:to reach me )?is (?:by )?email|just email me|please email me instead|contact me by email)\b/],
  ['callMorning', /\b(?:(?:best|better|prefer|only) (?:to )?(?:call|reach|ring) (?:me )?(?:in the )?mornings?|mornings? (?:are|is) (?:best|better)|call me in the mornings)\b/],
  ['callAfternoon', /\b(?:(?:best|better|prefer|only) (?:to )?(?:call|reach|ring) (?:me )?(?:in the )?afternoons?|afternoons? (?:are|is) (?:best|better)|call me in the afternoons)\b/],
  ['callEvening', /\b(?:(?:best|better|prefer|only) (?:to )?(?:call|reach|ring) (?:me )?(?:in the )?evenings?|evenings? (?:are|is) (?:best|better)|call me in the evenings|after work is (?:best|better))\b/],
];
const EXISTING = /\b(?:i'm a (?:customer|member|client)|we're (?:a )?(?:customers?|clients?|members?)|(?:my|our) (?:account|subscription|membership|plan)|we've been (?:customers|clients|using)|i've been (?:a member|using))\b/;

const SUPPRESS_BY_INTENT: Partial<Record<Classification['intent'], SuppressionReason>> = {
  support: 'support',
  billing: 'billing',
  cancellation: 'cancellation',
  complaint: 'complaint',
};

export function classifyCall(ctx: ClassifyContext, match: MatchDetail): { classification: Classification; signals: Signals } {
  const { call, caller, agent } = ctx;
  const ev: Evidence[] = [];
  const optOut = detectOptOut(caller, call);
  const lowFit = detectLowFit(caller);
  const hint = call.analysis && typeof call.analysis === 'object' ? (call.analysis as Record<string, unknown>).intent : undefined;
  const accepted = agent.filter((a) => {
    const next = call.transcript[a.turn + 1];
    // A yes/no question ("Would you like a demo?"), answered yes.
    return /^(?:would|do|does|can|could|shall|should|are|is|will|may|did|have|want)\b[^?]*\?\s*$/i.test(a.text.trim()) && next?.speaker === 'caller' && /^(?:yes|yeah|yep|sure|absolutely|definitely|of course|i would|i'd love|that would be great)\b/i.test(stripFillers(next.text.trim()));
  });
  const intentR = classifyIntent(caller, optOut, lowFit, hint, accepted);
  const intent = intentR.intent;
  ev.push(...intentR.evidence, ...optOut.evidence);

  const notInterestedHit = findFirst(caller, NOT_INTERESTED);
  const notInterested = notInterestedHit ? evidence('outcome', notInterestedHit.sentence) : null;
  const readyHit = findFirst(caller, READY);
  const readyToBuy = readyHit ? evidence('qualityMarkers', readyHit.sentence) : null;

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
  const referredPerson = detectReferredPerson(ctx);
  if (referredPerson) ev.push(...referredPerson.evidence);
  const joinRequest = detectJoinRequest(caller);
  if (joinRequest) ev.push(joinRequest);
  const sensitive = detectSensitive(caller);
  const promises = detectAgentPromises(agent);
  ev.push(...sensitive.map((f) => f.evidence), ...promises.map((f) => f.evidence));

  // Low fit.
  const markers: QualityMarker[] = [];
  const isLowFit = ['spam', 'vendor', 'wrong_number'].includes(intent) || lowFit.student != null;
  if (intent === 'spam') markers.push('spam');
  if (intent === 'vendor') markers.push('vendor');
  if (intent === 'wrong_number') markers.push('wrong_number');
  if (lowFit.student) {
    markers.push('student');
    ev.push(lowFit.student);
  }

  // Follow-up (rule 8), blocked by low fit and by opt-outs.
  const followUpRequest = detectFollowUp(ctx);
  let followUpBlocked: string | null = null;
  let followUp: Classification['followUp'] = null;
  if (followUpRequest) {
    const blockedChannel =
      optOut.scope === 'calls' ? 'phone' : optOut.scope === 'sms' ? 'sms' : optOut.scope === 'email' ? 'email' : null;
    if (isLowFit) followUpBlocked = 'low-fit call';
    else if (optOut.requested && (optOut.scope === 'all' || optOut.scope === 'marketing')) followUpBlocked = `opt-out (${optOut.scope})`;
    else if (optOut.requested && blockedChannel === followUpRequest.channel) followUpBlocked = `opt-out of ${optOut.scope}`;
    else {
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

  // Suppression: one reason; opt_out, then wrong_number, then bad timing. Spam/vendor never suppress.
  let reason: SuppressionReason | null = null;
  if (optOut.requested) reason = 'opt_out';
  else if (intent === 'wrong_number') reason = 'wrong_number';
  else reason = SUPPRESS_BY_INTENT[intent] ?? null;
  if (reason) ev.push(...(reason === 'opt_out' ? [] : intentR.evidence.map((e) => ({ ...e, field: 'suppression' }))));

  let preferredContact: Signals['preferredContact'] = null;
  for (const [value, re] of PREFERRED) {
    const hit = findFirst(caller, [re]);
    if (hit) {
      preferredContact = { value, evidence: evidence('preferredContact', hit.sentence) };
      ev.push(preferredContact.evidence);
      break;
    }
  }

  const classification: Classification = {
    intent,
    intentConfidence: intentR.confidence,
    optOut: { requested: optOut.requested, scope: optOut.scope },
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
  return {
    classification,
    signals: {
      lowFit,
      referredBy,
      referredPerson,
      joinRequest,
      sensitive,
      promises,
      followUpRequest,
      followUpBlocked,
      notInterested,
      readyToBuy,
      demoBooked,
      preferredContact,
      possibleOptOut: optOut.requested || isLowFit ? null : possibleOptOut(caller),
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
