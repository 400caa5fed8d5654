/**
 * The call's intent: the call model's reading (callModel.ts), kept inside what the detectors that
 * carry safety decisions found.
 *
 *  - Opt-out belongs to the opt-out detectors (rule 3): the model may name `opt_out` only where an
 *    opt-out was heard (affirmed or held); an affirmed opt-out is the call's intent unless the model
 *    reads a service call (support, billing, cancellation, complaint) that carries a channel opt-out.
 *  - A wrong number the detector heard is one; spam, vendor and wrong number by the model alone need
 *    a clear first reading of a call long enough to read, and a student is never a vendor.
 *  - The low-fit detector's words stand unless the model clearly reads something else.
 *  - Otherwise the model's reading stands, its evidence the caller's sentence that weighs most
 *    towards it. A near tie is broken by the cue lists (intent.ts); a join request makes a referral
 *    call. Confidence is high when the cues agree, lower when they do not, and below the policy's
 *    bar (unclear_intent) only when neither reads the call clearly.
 *  - A service case the agent filed (agentCase.ts) makes a service call of one read as anything but
 *    a service call, low fit or an opt-out, and breaks a near tie between two service readings.
 *  - A booking the caller already has, moved, cancelled or confirmed, makes a scheduling call of one
 *    read as a sale; a service reading with no service word in the call stands only where the model
 *    gives it more than even odds.
 */
import type { Evidence, Intent } from '../plan';
import { evidence, type Sentence } from '../text';
import type { IntentResult } from './intent';
import type { IntentReading } from './callModel';
import type { LowFit } from './lowFit';
import type { OptOutResult } from './optOut';
import type { AgentCase } from './agentCase';

const SERVICE: Intent[] = ['support', 'billing', 'cancellation', 'complaint'];
const LOW_FIT_BY_MODEL: Intent[] = ['spam', 'vendor', 'wrong_number'];
/**
 * Model probability at which a low-fit reading stands without the detector's words: spam is never
 * confused with a customer in the corpus; a vendor can be a student or a prospect; a wrong number
 * stops outreach to a record.
 */
const CLEAR_LOW_FIT: Partial<Record<Intent, number>> = { spam: 0.2, vendor: 0.25, wrong_number: 0.3 };

/** A low-fit reading by the model alone needs a call with this many words of the caller's to read. */
const MIN_WORDS_FOR_LOW_FIT = 12;
/** The model's probability at which it overrules the low-fit detector. */
const CLEAR_OTHERWISE = 0.3;
/** The model's probability at which a sales reading overrules a vendor pitch the detector heard. */
const CLEAR_SALE_OVER_VENDOR = 0.5;
/** The weight the model must give a reading that is no service call to stand in for an unsupported service reading. */
const NO_SERVICE_FLOOR = 0.1;
/** The model's probability (more likely than not) at which a service reading stands without one service word the cue lists know. */
const CLEAR_SERVICE = 0.5;
/** Probabilities this close are a tie the model cannot break. */
const TIE = 0.05;
/** The cue score at which the cue lists are sure of their reading ("dar de baja una tarjeta ... el pago me rebotó"). */
const STRONG_CUES = 4;
/** The gap within which a sure cue reading breaks the tie. */
const WIDE_TIE = 0.1;
/** Cue lists this sure (two strong cues for one reading) break a wider tie still. */
const VERY_STRONG_CUES = 6;
const WIDER_TIE = 0.15;
/** The confidence of the model's weak reading when no cue spoke: a guess a structural reading may overrule. */
export const UNSURE_GUESS = 0.55;
/** A service reading weaker than this gives way to a caller who says they cannot tell what the call is about. */
const UNSURE_SERVICE = 0.3;
/** The scheduling cue score of a booking the caller already has being moved, cancelled or confirmed. */
const MOVED_BOOKING = 3;

export interface IntentContext {
  optOut: OptOutResult;
  lowFit: LowFit;
  /** An opt-out was heard without the detector affirming it (held words, the model's opt-out head). */
  optOutHeard: boolean;
  /** The caller asked to join the referral program. */
  joinRequested: boolean;
  /** The caller handed over someone else to refer, with a way to reach them (referral.ts). */
  refersSomeone?: boolean;
  /** The caller names who referred them ("my neighbor Gail gave me her code") and hands over no one. */
  referredHere?: boolean;
  /** The case the agent opened for the caller: a complaint logged, a service request, a refund (agentCase.ts). */
  agentCase?: AgentCase | null;
  /** The caller says they do not know what the call is about ("I don't even know what it's about"). */
  callerUnsure?: boolean;
  /** The caller dialled someone else and stays on for what we do ("¿Ustedes hacen nóminas? ... Fíjese que sí necesito eso"). */
  staysOn?: boolean;
  /** The caller's grievance is our contact itself ("You people called my cell three times yesterday ... This is harassment"). */
  complainsOfContact?: boolean;
}

export function decideIntent(reading: IntentReading, cues: IntentResult, { optOut, lowFit, optOutHeard, joinRequested, refersSomeone = false, referredHere = false, agentCase = null, callerUnsure = false, complainsOfContact = false, staysOn = false }: IntentContext): IntentResult {
  const scores = cues.scores;
  if (lowFit.wrongNumber) return { intent: 'wrong_number', confidence: 0.9, scores, evidence: [lowFit.wrongNumber] };
  // "Pricing?", "Not interested.", or a transcript with no agent side: too little for the model to
  // read the call rather than its priors; the cues read it.
  if (!reading.readable) return cues;
  const detectorSays: Partial<Record<Intent, Evidence | null>> = { spam: lowFit.spam, vendor: lowFit.vendor, wrong_number: null };
  const allowed = reading.ranking.filter(({ intent, p }) => {
    if (intent === 'opt_out') return optOut.requested || optOut.uncertain.length > 0 || optOutHeard;
    // A student (a marker of its own) is not a vendor because the words resemble a pitch.
    if (LOW_FIT_BY_MODEL.includes(intent) && lowFit.student && detectorSays[intent] == null) return false;
    if (intent === 'wrong_number' && staysOn) return false;
    // Without the detector's words, low fit must be the model's clear first reading of a real call.
    if (LOW_FIT_BY_MODEL.includes(intent)) return detectorSays[intent] != null || (intent === reading.ranking[0].intent && p >= (CLEAR_LOW_FIT[intent] ?? 1) && reading.knownCallerWords >= MIN_WORDS_FOR_LOW_FIT);
    return true;
  });
  // The low-fit detector's words stand unless the model clearly reads the call as something else.
  const detected = (['spam', 'vendor'] as const).find((k) => detectorSays[k] != null);
  // (A sale is the reading a pitch is most often taken for, the direction of the sale aside: the
  // model must be surer to overrule a vendor the detector heard with it.)
  // (A scam's words - a fee "that must be paid today to avoid suspension" - read like a pitch to the
  // model; a vendor reading never overrules the spam the detector heard.)
  const overrule = detected === 'vendor' && allowed[0].intent === 'sales_inquiry' ? CLEAR_SALE_OVER_VENDOR : detected === 'spam' && allowed[0].intent === 'vendor' ? Number.POSITIVE_INFINITY : CLEAR_OTHERWISE;
  if (detected && !(allowed[0].intent !== detected && allowed[0].p >= overrule)) {
    return { intent: detected, confidence: 0.85, scores, evidence: [{ ...detectorSays[detected]!, field: 'intent' }] };
  }
  // A near tie is broken by the cue lists' reading, the second opinion.
  // (Where the cue lists are sure, several cues for one reading, a wider gap is still a tie.)
  const cueScore = scores[cues.intent as keyof typeof scores] ?? 0;
  const tie = cueScore >= VERY_STRONG_CUES ? WIDER_TIE : cueScore >= STRONG_CUES ? WIDE_TIE : TIE;
  const tied = allowed.find((r) => r.intent === cues.intent && cues.intent !== 'other' && r.p >= allowed[0].p - tie);
  let top = tied ?? allowed[0];
  // A booking the caller already has, moved, cancelled or confirmed ("Nomás quiero mover la visita",
  // "I need to reschedule tomorrow's demo"): a scheduling call, however much the rest of it sounds
  // like the sale the booking was for, if the model gives the reading any weight.
  if (!tied && cues.intent === 'scheduling' && cueScore >= MOVED_BOOKING && (top.intent === 'sales_inquiry' || top.intent === 'referral' || top.intent === 'other')) {
    // (Where the cue lists are sure, "¿Se puede cambiar al martes?" about "una llamada programada", half that weight will do.)
    top = allowed.find((r) => r.intent === 'scheduling' && r.p >= (cueScore >= VERY_STRONG_CUES ? NO_SERVICE_FLOOR / 2 : NO_SERVICE_FLOOR)) ?? top;
  }
  // Between two service readings in a near tie, the case the agent filed ("Voy a registrar su queja")
  // says which the call was.
  // (Where the caller's own words speak for the case filed and not for the model's reading - "my reward
  // payout ... never came" and a ticket with the payments team - a wider gap is still a tie.)
  if (!tied && agentCase && SERVICE.includes(top.intent) && agentCase.intent !== top.intent) {
    const caseTie = (scores[agentCase.intent] ?? 0) > 0 && !(scores[top.intent as keyof typeof scores] ?? 0) ? WIDER_TIE : WIDE_TIE;
    top = allowed.find((r) => r.intent === agentCase.intent && r.p >= top.p - caseTie) ?? top;
  }
  // A service reading with not one service word in the call ("I'm mid-braid, can you call me back
  // Tuesday?", "estoy manejando, ¿me puede llamar en dos horas?"): the model's guess, not a problem
  // to pause for; the next reading that is no service call stands, if the model gives it any weight.
  // (A model that reads the service call clearly, "There's a tarp on my roof... It rained Sunday",
  // is heard out even in words no cue list knows.)
  if (SERVICE.includes(top.intent) && top.p < CLEAR_SERVICE && SERVICE.every((i) => !(scores[i as keyof typeof scores] ?? 0)) && agentCase?.intent !== top.intent) {
    const next = allowed.find((r) => !SERVICE.includes(r.intent) && r.p >= NO_SERVICE_FLOOR);
    if (next) top = next;
  }
  // Asking to join the referral program, or handing over someone to refer ("My partner at the
  // firm, Yusuf Demir... yusuf at demirstudio dot com"), is a referral call, however much it sounds
  // like buying.
  if ((joinRequested || refersSomeone) && top.intent === 'sales_inquiry') top = allowed.find((r) => r.intent === 'referral') ?? top;
  // The referred prospect calling for themselves ("My neighbor Gail's got your softener... I'm
  // actually interested") is a sales inquiry, however much the call talks of referrals (rule 5).
  if (referredHere && !joinRequested && !refersSomeone && top.intent === 'referral') top = allowed.find((r) => r.intent === 'sales_inquiry' && r.p >= NO_SERVICE_FLOOR) ?? top;
  // (A complaint about the calls themselves, "This is harassment at this point. Stop calling me.", is
  // the opt-out it asks for, whatever channel it names.)
  if (optOut.requested && !(SERVICE.includes(top.intent) && optOut.scope !== 'all' && top.p >= 0.3 && !(top.intent === 'complaint' && complainsOfContact))) {
    return { intent: 'opt_out', confidence: 0.95, scores, evidence: optOut.evidence.slice(0, 1).map((e) => ({ ...e, field: 'intent' })) };
  }
  // The agent filed a service case ("I'm logging a complaint", "I'll open a service request") in a
  // call the readings took for a sale or a chat: the agent's filing says what the call was for.
  if (agentCase && !SERVICE.includes(top.intent) && !LOW_FIT_BY_MODEL.includes(top.intent) && top.intent !== 'opt_out') {
    return { intent: agentCase.intent, confidence: 0.8, scores, evidence: [agentCase.evidence] };
  }
  // "I'm going to have him call you. I don't even know what it's about.": the caller cannot say what
  // the call is for, so no reading of it can; the policy's unclear-intent review decides.
  // ("I'm trying to figure out if this is a bill or, like, an ad or what": a service reading the model
  // only leans to is no more sure than the caller.)
  if (callerUnsure && (!SERVICE.includes(top.intent) || top.p < UNSURE_SERVICE) && !agentCase && !joinRequested && !refersSomeone) return { intent: 'other', confidence: 0.3, scores, evidence: [] };
  const quote = detectorSays[top.intent] ?? sentenceEvidence(reading.evidenceFor(top.intent)) ?? cues.evidence[0] ?? null;
  if (top.intent === 'other' && !quote) return { intent: 'other', confidence: 0.3, scores, evidence: [] };
  const second = allowed[1]?.p ?? 0;
  const agrees = cues.intent === top.intent;
  const confidence = agrees ? 0.9 : top.p >= 0.3 || top.p - second >= 0.1 ? 0.8 : cues.intent === 'other' ? UNSURE_GUESS : 0.65;
  return { intent: top.intent, confidence, scores, evidence: quote ? [{ ...quote, field: 'intent' }] : [] };
}

function sentenceEvidence(s: Sentence | null): Evidence | null {
  return s ? evidence('intent', s) : null;
}
