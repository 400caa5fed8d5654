/**
 * The opt-out detector's reading (optOut.ts) weighed against the call model's opt-out head
 * (callModel.ts). Rule 3: an opt-out the engine cannot be sure of is held, never guessed, and two
 * sources that disagree are exactly that. The model never applies an opt-out on its word alone and
 * never lifts one, nor a hold: a whole-call reading cannot tell one sentence's complaint ("you people
 * call me way too many times", said at the end of a call that books a demo) from the call around it.
 * (Rules 3.2.0 let a model that read p(none) >= 0.7 lift a hold; on the project's own review test it
 * lifted exactly that complaint at p(none) 0.99, and 3.2.1 withdrew it: eval/README.md.)
 *  - the detector affirms an opt-out that the model reads, clearly, as no opt-out at all (another
 *    company's list, a robocall's menu, a past request already settled), or clearly as a doubt:
 *    held, not applied;
 *  - the call holds no words the detector's frames know, but the model reads it as an opt-out or a
 *    possible one (a wording no frame lists): held, with the caller's sentence that weighs most
 *    towards it. Where the frames saw words and their guards set them aside ("don't take me off
 *    the list", someone else's words), the detector's reading of negation and speaker stands unless
 *    the model clearly reads a doubt ("could probably just not bother for a while").
 *  - the detector held words (a hedge, a cut-off) that the model clearly reads as a plain opt-out:
 *    the two agree there is one, and it is applied.
 *  - the agent confirmed a removal straight after the caller spoke (agentAcknowledgement.ts): words
 *    no frame lists that the model clearly reads as an opt-out are applied, to the scope the agent
 *    agreed to; an affirmed opt-out the agent confirmed is not held for the model's doubt.
 * Missing an opt-out cannot be undone; a hold can, by the reviewer.
 */
import type { Call } from '../call';
import type { AgentAcknowledgement } from './agentAcknowledgement';
import type { OptOutReading } from './callModel';
import type { Quote, Signals } from './signals';
import { fold } from '../text';
import { keepsContact, scopeOfWords } from './optOut';
import { objectLeftOut } from './optOutScope';

/** How sure the model must be that there is no opt-out before an affirmed one is held instead. */
const CLEARLY_NONE = 0.8;
/** How sure the model must be of an opt-out before one the detector held is applied. */
const CLEARLY_AFFIRMED = 0.7;
/**
 * How much the model must lean towards an opt-out, in words no frame lists, for the agent's
 * confirmation after them to apply it: more likely than not.
 */
const AFFIRMED_WITH_ACK = 0.5;
/** How sure the model must be of a doubt before it holds a call whose opt-out words the frames set aside. */
const CLEARLY_UNCERTAIN = 0.6;

/**
 * The model clearly reads no opt-out where the detector affirms one. (On a call the low-fit
 * detector heard as spam or a vendor an opt-out is applied or nothing: a hold would pause a record
 * the robocall only spoofed.)
 */
export function modelDoubtsOptOut(reading: OptOutReading | null, lowFitHeard: boolean): boolean {
  return reading != null && !lowFitHeard && reading.p.none >= CLEARLY_NONE;
}

/** Words of contact in the agent's question: a doubt in answer to it may be about being contacted. */
const CONTACT_WORDS = /\b(?:call\w*|text\w*|email\w*|e-mail\w*|contact\w*|reach\w*|message\w*|list|unsubscrib\w*|stop|hear from|llam\w*|mensaje\w*|correo\w*|lista|baja)\b/;
/** Words of a wish about being kept on or taken off, or of our messages, anywhere the caller speaks. */
const WISH_WORDS = /\b(?:want|wanna|need|rather|prefer|stop|off|remove\w*|list|on this|pause|unsubscrib\w*|opt|texts?|emails?|call me|quiero|dejen|baja|quiten|saquen|llamen|manden)\b|\bdon't\s*[.!…]/;
/** "I don't know", "no sé", "not sure": a doubt said as an answer. */
const UNSURE_ANSWER = /\bi (?:don't|do not) know\b|\bi dunno\b|\bnot sure\b|\bno s[eé]\b/;
/** "I don't know if it was you", "Is this about the thing with the roof, or the—": a doubt about who sent something or what it is about, not about contact. */
const SUBJECT_DOUBTED = /\b(?:i )?(?:don't|do not) know if (?:it|this|that) (?:was|is|came) (?:from )?(?:you|y'all|your)\b|^\W*(?:is|was) (?:this|it|that) (?:about|for|regarding) (?:the|a|my|that)\b/;
/** "I'll call you back", "te vuelvo a llamar": the caller will make the next call. */
const CALLER_WILL_CALL_BACK = /\b(?:i'll|i will|i'm gonna|i'm going to|let me)\s+(?:just\s+)?(?:call|ring|phone)\s+(?:you|y'all)(?:\s+guys)?\s+back\b|(?<![\p{L}])(?:te|le|les|los) (?:vuelvo a (?:llamar|marcar)|(?:llamo|marco) (?:luego|despu[eé]s|m[aá]s tarde))(?![\p{L}])/u;

export interface OptOutContext {
  /** The low-fit detector heard spam, a vendor or a wrong number. */
  lowFitHeard: boolean;
  /** The call was read as low fit (by the detector or the intent model). */
  lowFitCall: boolean;
  /** The opt-out frames saw words of theirs, whatever their guards decided. */
  framesSawWords: boolean;
  /** The caller plainly turned down the agent's offer to stop contact (refusedAgentOffer). */
  offerRefused?: boolean;
  /** The agent confirmed a removal straight after a caller's turn (agentAcknowledgement.ts). */
  agentAck: AgentAcknowledgement | null;
  /** The agent cancelled a service on the call (agentCase.ts): the model reads a plan given up as an opt-out. */
  serviceCancelled?: boolean;
  /** The call's turns, to read the whole turn the model weighs most. */
  transcript?: Call['transcript'];
}

export function weighOptOut(detected: Signals['optOut'], reading: OptOutReading | null, ctx: OptOutContext): Signals['optOut'] {
  // "Unsubscribe me, please." - "Done. You'll stop getting our emails.": a request that names no
  // object, on a call about one channel, takes the scope the agent confirmed.
  if (detected.status === 'affirmed' && detected.scope === 'all' && ctx.agentAck && ctx.agentAck.scope !== 'all' && detected.evidence.length > 0 && detected.evidence.every((e) => objectLeftOut(e.quote))) {
    detected = { ...detected, scope: ctx.agentAck.scope };
  }
  if (!reading) return detected;
  // The agent confirmed the removal: the model's doubt is outweighed by the call itself.
  if (detected.status === 'affirmed' && modelDoubtsOptOut(reading, ctx.lowFitHeard) && !ctx.agentAck) return { ...detected, status: 'uncertain' };
  // The model clearly reads a doubt ("enough with the calls, alright?" in a call that goes on to
  // buy): two sources that disagree, held.
  if (detected.status === 'affirmed' && !ctx.lowFitHeard && !ctx.agentAck && reading.p.uncertain >= CLEARLY_UNCERTAIN) return { ...detected, status: 'uncertain' };
  // Held by the detector (a hedge, a cut-off, a tentative wish) while the model reads a plain
  // opt-out: two sources that agree there is one. Applied.
  // (Where the agent confirmed a removal, its words say what was agreed: "is there a way to get off
  // your call list?" ... "All of it." ... "I've removed you from all of our outreach".)
  if (detected.status === 'uncertain' && !ctx.lowFitHeard && reading.p.affirmed >= CLEARLY_AFFIRMED) return { ...detected, status: 'affirmed', scope: ctx.agentAck?.scope ?? detected.scope };
  // Words no frame lists, which the model clearly reads as an opt-out and the agent confirmed at once:
  // two sources besides the frames agree. Applied, to the scope the agent agreed to.
  if (detected.status === 'none' && !ctx.lowFitCall && reading.evidence && ctx.agentAck && reading.p.affirmed >= AFFIRMED_WITH_ACK) {
    return {
      status: 'affirmed',
      scope: ctx.agentAck.scope,
      evidence: [{ turn: reading.evidence.turn, quote: reading.evidence.text }, { turn: ctx.agentAck.turn, quote: ctx.agentAck.quote }],
    };
  }
  // A plain "no" to the agent's offer to stop contact answers the question a hold would ask.
  // "¡No me den de baja!": the model hears the removal words, the caller refuses the removal.
  // ("I'll call you back when I find the actual letter": the caller will reach us, which stops nothing.)
  // ("Ay, no sé, déjeme preguntarle a él primero. Yo les vuelvo a marcar.": the same, later in the
  // turn, where the model's doubt is no clear one; "Let me think about the whole thing. I'll call you
  // back." after "don't call me at all" is still held.)
  // ("Quiero cancelar la limpieza ... Ya no me alcanza" - "Cancelo el servicio quincenal": a service
  // given up, which the model reads as leaving us; neither the frames nor the sentence it weighs speak
  // of contact. A doubt it reads still holds: "Maybe you guys should just, like... not call me for a
  // while? Or— I don't know.")
  if (detected.status === 'none' && !ctx.lowFitCall && reading.evidence && !ctx.offerRefused && !(ctx.serviceCancelled && !ctx.framesSawWords && reading.p.affirmed > reading.p.uncertain && !CONTACT_WORDS.test(fold(reading.evidence.text))) && !keepsContact(reading.evidence.text) && !CALLER_WILL_CALL_BACK.test(fold(reading.p.uncertain < CLEARLY_UNCERTAIN ? (ctx.transcript?.[reading.evidence.turn]?.text ?? reading.evidence.text) : reading.evidence.text))) {
    const top = (Object.entries(reading.p) as Array<[keyof OptOutReading['p'], number]>).sort((a, b) => b[1] - a[1])[0][0];
    // "Was it about solar panels, or something else?" - "I don't, honestly, I don't know.": a doubt that
    // answers a question about something other than contact holds nothing (not in a call where the
    // caller says what they want of us: "I don't know. ... I think maybe I don't want to be on this").
    const asked = ctx.transcript?.[reading.evidence.turn - 1];
    if (asked?.speaker === 'agent' && /\?\s*$/.test(asked.text.trim()) && !CONTACT_WORDS.test(fold(asked.text)) && UNSURE_ANSWER.test(fold(reading.evidence.text)) && reading.evidence.text.split(/\s+/).length <= 8 && !(ctx.transcript ?? []).some((t) => t.speaker === 'caller' && WISH_WORDS.test(fold(t.text)))) return detected;
    // "...the letter, or was it... I don't know if it was you or...", "Is this about the thing with the
    // roof, or the—": a doubt about who sent something or what it is about, on a line breaking up,
    // where the caller never speaks of contact or a wish, holds nothing.
    if (SUBJECT_DOUBTED.test(fold(reading.evidence.text)) && !ctx.framesSawWords && !(ctx.transcript ?? []).some((t) => t.speaker === 'caller' && WISH_WORDS.test(fold(t.text)))) return detected;
    // Where the frames saw words and set them aside, only a clear reading of doubt holds the call.
    if (top !== 'none' && (!ctx.framesSawWords || (top === 'uncertain' && reading.p.uncertain >= CLEARLY_UNCERTAIN))) {
      const quote: Quote = { turn: reading.evidence.turn, quote: reading.evidence.text };
      return { status: 'uncertain', scope: scopeOfWords([quote.quote]), evidence: [quote] };
    }
  }
  return detected;
}
