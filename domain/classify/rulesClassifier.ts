/**
 * The embedded classifier (`CLASSIFIER=rules`): offline, deterministic, no API key. It runs the
 * linguistic detectors of this folder and the call model (callModel.ts, learned from the labelled
 * corpus) over the caller's and the agent's words, combines them (intentDecision.ts,
 * optOutDecision.ts) and answers the seam's questions (`Signals`), each label with the words that
 * support it. Bump VERSION whenever a detector changes what it concludes; the model's own version
 * is appended (`3.1.0+model-2`): the plan records both, so a history shows what decided.
 */
import type { Call } from '../call';
import { makeContext } from './context';
import { classifyIntent, type IntentResult } from './intent';
import { decideIntent, UNSURE_GUESS } from './intentDecision';
import { agentAcknowledgesOptOut } from './agentAcknowledgement';
import { agentOpensCase } from './agentCase';
import { callerDoubtsAfter } from './callerDoubt';
import { modelDoubtsOptOut, weighOptOut } from './optOutDecision';
import { readCall, shippedCallModel, type LoadedCallModel } from './callModel';
import { flagsFromModel } from './reviewFlags';
import { detectFollowUp } from './followUp';
import { detectJoinRequest, detectReferredBy, detectReferredPerson, offersSomeone } from './referral';
import { detectPreferredContact } from './preferences';
import { detectLowFit, staysOnForUs } from './lowFit';
import { checkBackRefused, detectOptOut, optOutWordsPresent, possibleOptOut, refusedAgentOffer, scopeOfWords } from './optOut';
import { detectAgentPromises, detectSensitive } from './sensitive';
import { acceptedAgentQuestions, detectNotInterested, detectReadyToBuy } from './outcomeCues';
import type { CallClassifier, ClassifierContext, FlagKind, LowFitKind, Quote, Signals } from './signals';
import type { Evidence } from '../plan';
import { fold } from '../text';

/** "You people called my cell three times yesterday", "this is harassment": a grievance about being contacted. */
const CONTACT_COMPLAINED_OF = /\b(?:called|texted|emailed|rang) (?:me|my (?:cell|phone|number|house|office))(?: \w+)? (?:three|four|five|six|seven|eight|nine|ten|a dozen|\d+) times\b|\b(?:this|that|it)(?:'s| is) harassment\b/;

export const RULES_CLASSIFIER_ID = 'rules';
/** The caller cannot say what the call is for: "I don't even know what it's about", "I don't even know what I'm asking", "no sé ni de qué se trata", "no sé si era de ustedes", "no sé si es para mí o para el negocio de mi hermano". */
const CALLER_UNSURE_WHY = /\b(?:i )?(?:don't|do not) (?:even |really )?know (?:what (?:it's|it is|this is|this call is|i'm calling) (?:about|for)|why i'm calling)\b|\b(?:i )?(?:don't|do not) even know what i'm asking\b(?! for)|\bi'm not (?:sure|certain) (?:if |what |whether )?(?:it's|it is|this is|that's|that is) (?:about|for)\b|\bno s[eé] (?:ni )?(?:de qu[eé] se trata|para qu[eé] (?:es|llamo)|por qu[eé] llamo)\b|\bno s[eé] (?:bien |muy bien )?para qu[eé](?![a-záéíóúñ])|\bno s[eé] si (?:era|es|fue|vino) de ustedes\b|\bno s[eé] si (?:era|es|fue) por (?:lo|la|el) [^.?!]*\bo (?:por )?(?:lo|la|el) otr[oa]\b|\bno s[eé] si (?:es|era) para m[ií] o para\b|\b(?:trying to figure out|can't tell|not sure) (?:if|whether) (?:this|it)(?: is|'s) (?:a|an) [\w ]{1,20}? or\b|\bis this the [\w ]{1,20}? (?:people|guys|company|ones|folks) or the\b|\b(?:i )?(?:don't|do not) (?:even )?know if (?:it|this|that) (?:was|came) (?:from )?(?:you|y'all|your (?:company|office))\b|\b(?:i )?(?:don't|do not) know what (?:he|she|they) signed\b/;

/**
 * "Is this the — the thing about the roof? The, uh, my neighbor had the—" ... "—it's about the—": a
 * line that breaks up, most of whose caller turns end mid-word; no reading of it can say what the
 * call was for.
 */
function brokenLine(call: Call): boolean {
  const turns = call.transcript.filter((t) => t.speaker === 'caller' && t.text.trim());
  const cut = turns.filter((t) => /(?:[—–-]|\.\.\.|…)\s*$|\bhello\?\s*$|\[(?:inaudible|unintelligible|static|garbled)\]/i.test(t.text.trim()));
  return turns.length >= 2 && cut.length * 3 >= turns.length * 2;
}

export const RULES_CLASSIFIER_VERSION = '3.10.51';

const quote = (e: Evidence): Quote => ({ turn: e.turn, quote: e.quote });

/** The detectors' labels for a flag, as the seam's kinds. */
const FLAG_KIND_OF_LABEL: Record<string, FlagKind> = {
  'legal threat': 'legal',
  'privacy or data deletion request': 'privacy',
  'account access or security': 'access',
  harassment: 'harassment',
  'money asked by the caller': 'money',
  'commitment by the agent': 'commitment',
};

export function judgeByRules(call: Call, context: ClassifierContext, model: LoadedCallModel = shippedCallModel()): Signals {
  const ctx = makeContext(call, context.identity, context.policy);
  const { caller, agent } = ctx;
  const optOut = detectOptOut(caller, call);
  const lowFit = detectLowFit(caller, call);
  const accepted = acceptedAgentQuestions(call, agent);
  // The cue lists' reading, a second opinion on the model's (intentDecision.ts).
  let cues = classifyIntent(caller, optOut, lowFit, accepted);
  const structure = cues.intent === 'other' ? intentFromStructure(ctx) : null;
  if (structure) cues = structure;
  const heldWords = possibleOptOut(caller) ?? checkBackRefused(call);
  const reading = readCall(model, call, caller, agent);
  const modelOptOut = reading.optOut;
  const framesSawWords = optOutWordsPresent(caller, call);
  const lowFitHeard = lowFit.wrongNumber != null || lowFit.spam != null || lowFit.vendor != null;
  const modelHeard = modelOptOut != null && modelOptOut.p.none < Math.max(modelOptOut.p.affirmed, modelOptOut.p.uncertain) && !framesSawWords;
  // An opt-out the model doubts, or the caller leaves open, is held (optOutDecision.ts), so it does
  // not make the call's intent.
  const doubted = optOut.requested && modelDoubtsOptOut(modelOptOut, lowFitHeard);
  // A request the caller leaves open once the agent has answered it is held, not applied.
  const leftOpen = optOut.requested && optOut.evidence.length > 0 && optOut.evidence.every((e) => call.transcript[e.turn]?.speaker === 'caller' && callerDoubtsAfter(call, e.turn));
  const joinRequested = detectJoinRequest(caller, agent, call) != null;
  const handedOver = detectReferredPerson(ctx);
  const refersSomeone = (handedOver != null && (handedOver.email != null || handedOver.phone != null)) || offersSomeone(caller);
  const agentCase = agentOpensCase(agent);
  const decided = decideIntent(reading.intent, cues, {
    optOut: doubted || leftOpen ? { ...optOut, requested: false } : optOut,
    lowFit,
    optOutHeard: heldWords != null || modelHeard || doubted || leftOpen,
    joinRequested,
    refersSomeone,
    referredHere: detectReferredBy(ctx) != null,
    agentCase,
    callerUnsure: caller.some((s) => CALLER_UNSURE_WHY.test(fold(s.text))) || brokenLine(call),
    complainsOfContact: caller.some((s) => CONTACT_COMPLAINED_OF.test(fold(s.text))),
    staysOn: staysOnForUs(caller),
  });
  // "I'm ditching my old protonmail... What's the new email?": a call made to change the record, which
  // the model only guesses at (no cue spoke, its reading weak), is that change.
  const intent = structure?.intent === 'other' && structure.evidence.length && decided.confidence <= UNSURE_GUESS ? structure : decided;

  // Low fit, strongest first (as the intent detector ranks them); a student is a marker on any call.
  // The detector's words where it spoke, else the words the intent was read from.
  const asRead = intent.evidence[0] ?? null;
  const kinds: Array<[LowFitKind, Evidence | null]> = [
    ['wrong_number', lowFit.wrongNumber ?? (intent.intent === 'wrong_number' ? asRead : null)],
    ['spam', intent.intent === 'spam' ? (lowFit.spam ?? asRead) : null],
    ['vendor', intent.intent === 'vendor' ? (lowFit.vendor ?? asRead) : null],
    ['student', lowFit.student],
  ];
  const found = kinds.find(([, e]) => e != null);

  // Words that may be an opt-out but that no request frame affirms: held, never guessed (rule 3).
  const lowFitCall = found != null && found[0] !== 'student';
  // (A person who answered a wrong number is no script: "Janine moved out... maybe take this number
  // off?" is held as anyone's hedged request is.)
  const hedgedFrames = optOut.requested || (lowFitCall && found[0] !== 'wrong_number') ? [] : optOut.uncertain;
  const possible = optOut.requested || lowFitCall || hedgedFrames.length ? null : heldWords;

  const flags: Signals['flags'] = [];
  // A robocall's script threatens no one in particular ("para evitar una acción legal, oprima uno"):
  // on a call read as spam the caller's side raises no sensitive review.
  const robocall = found?.[0] === 'spam';
  for (const f of robocall ? [] : detectSensitive(caller)) flags.push({ kind: FLAG_KIND_OF_LABEL[f.label] ?? 'legal', by: 'caller', evidence: quote(f.evidence) });
  for (const f of detectAgentPromises(agent)) {
    if (f.reasons.includes('money')) flags.push({ kind: 'money', by: 'agent', evidence: quote(f.evidence) });
    if (f.reasons.includes('commitment')) flags.push({ kind: 'commitment', by: 'agent', evidence: quote(f.evidence) });
  }

  // The model's reading of what a reviewer must see, where no detector heard it (reviewFlags.ts).
  flags.push(...flagsFromModel(reading.flags, flags, agent));

  const notInterested = detectNotInterested(caller, call, agent);
  const readyToBuy = detectReadyToBuy(caller);
  // "other" without evidence is the rules' abstention: no words said what the call was for.
  const abstain = intent.intent === 'other' && !intent.evidence.length;
  const detected: Signals['optOut'] = optOut.requested && leftOpen
    ? { status: 'uncertain', scope: optOut.scope, evidence: optOut.evidence.map(quote) }
    : optOut.requested
    ? { status: 'affirmed', scope: optOut.scope, evidence: optOut.evidence.map(quote) }
    : hedgedFrames.length
      ? { status: 'uncertain', scope: optOut.uncertainScope, evidence: hedgedFrames.map(quote) }
      : possible
        ? { status: 'uncertain', scope: scopeOfWords([possible.quote]), evidence: [quote(possible)] }
        : { status: 'none', scope: null, evidence: [] };
  return {
    intent: {
      label: abstain ? null : intent.intent,
      confidence: abstain ? 0 : intent.confidence,
      evidence: intent.evidence.map(quote),
    },
    // The call model's second opinion turns a disagreement into a hold (optOutDecision.ts).
    optOut: weighOptOut(detected, modelOptOut, { lowFitHeard, lowFitCall, framesSawWords, offerRefused: refusedAgentOffer(call), agentAck: agentAcknowledgesOptOut(call), transcript: call.transcript, serviceCancelled: agentCase?.intent === 'cancellation' }),
    lowFit: found ? { kind: found[0], evidence: [quote(found[1]!)] } : { kind: null, evidence: [] },
    flags,
    notInterested: notInterested ? quote(notInterested) : null,
    readyToBuy: readyToBuy ? quote(readyToBuy) : null,
  };
}

/** Words that say a contact detail is being changed: "my new email", "we changed systems", "nuevo". */
// ("those go to my old Gmail ... Can you use ines@duartestudio.com instead?": the same, in other words.)
const CHANGE = /\b(?:chang\w*|new|updat\w*|different|switch\w*|rebrand\w*|no longer|nuevo|cambi\w*|instead|my old|en vez|en lugar)\b/i;

/**
 * When no intent cue speaks, the call's structure may: a referrer, a person referred or a request to
 * join makes it a referral call; an update to the caller's own record is a known purpose outside the
 * vocabulary (`other`, confidently); a request to be called back at a time makes it about scheduling.
 */
function intentFromStructure(ctx: ReturnType<typeof makeContext>): IntentResult | null {
  // Referring someone or joining makes a referral call; having been referred makes a prospect.
  const referring = detectReferredPerson(ctx)?.evidence[0] ?? detectJoinRequest(ctx.caller, ctx.agent, ctx.call);
  if (referring) return { intent: 'referral', confidence: 0.7, scores: {}, evidence: [{ ...referring, field: 'intent' }] };
  const referred = detectReferredBy(ctx)?.evidence[0];
  if (referred) return { intent: 'sales_inquiry', confidence: 0.7, scores: {}, evidence: [{ ...referred, field: 'intent' }] };
  // "Would you like to see a demo?" - "Yes": interest, whatever time follows.
  const demo = acceptedAgentQuestions(ctx.call, ctx.agent).find((a) => /\b(?:demo|walk you through|show you|see it in action|pricing|demostraci[oó]n|presentaci[oó]n)\b/i.test(a.text));
  if (demo) return { intent: 'sales_inquiry', confidence: 0.7, scores: {}, evidence: [{ field: 'intent', quote: demo.text, turn: demo.turn }] };
  // A call to change how the caller's own record reads (a new email, a preferred time): its purpose
  // is clear although no intent of the vocabulary names it.
  const preference = detectPreferredContact(ctx.caller)?.evidence;
  // (The change may be said in the agent's question the address answers: "What's the new email?")
  const newAddress = ctx.identity.evidence.find((e) => e.field === 'caller.email' && (CHANGE.test(ctx.call.transcript[e.turn]?.text ?? '') || (ctx.call.transcript[e.turn - 1]?.speaker === 'agent' && CHANGE.test(ctx.call.transcript[e.turn - 1].text))));
  const update = preference ?? newAddress;
  if (update) return { intent: 'other', confidence: 0.75, scores: {}, evidence: [{ ...update, field: 'intent' }] };
  const callback = detectFollowUp(ctx);
  if (callback?.evidence[0]) return { intent: 'scheduling', confidence: 0.6, scores: {}, evidence: [{ ...callback.evidence[0], field: 'intent' }] };
  return null;
}

/** The embedded classifier with a given intent model (the shipped one, or one trained for a held-out measure). */
export function makeRulesClassifier(model: LoadedCallModel = shippedCallModel()): CallClassifier {
  return {
    id: RULES_CLASSIFIER_ID,
    version: `${RULES_CLASSIFIER_VERSION}+model-${model.model.version}`,
    classify: (call, context) => Promise.resolve(judgeByRules(call, context, model)),
  };
}

export const rulesClassifier: CallClassifier = makeRulesClassifier();
