/**
 * The agent's answer to an opt-out: "Understood, I'll take your email off our mailings", "Done. You
 * won't be contacted again", "Ya no le volveremos a llamar". Agents speak from a script, so the ways
 * they confirm a removal are few, while callers ask for one in any words. A confirmation straight
 * after a caller's turn is a second source that the caller asked to stop contact (optOutDecision.ts
 * weighs it with the call model); its own words name the scope the agent agreed to. A question ("Do
 * you want me to take you off?") or a refusal ("I won't change anything") is no confirmation.
 */
import type { Call } from '../call';
import type { OptOutScope } from '../plan';
import { fold, splitSentences } from '../text';
import { scopeOfWords } from './optOut';

export interface AgentAcknowledgement {
  turn: number;
  /** The agent's sentence that confirms the removal, verbatim. */
  quote: string;
  /** What the agent agreed to stop. */
  scope: OptOutScope;
}

/** "I'll take you off", "I've removed your number from", "I'm recording that you've revoked consent". */
const AGENT_ACTS =
  /\b(?:i'll|i will|i've|i have|we'll|we will|we've|we have|i'm|i am)\s+(?:go ahead and\s+|also\s+|now\s+)?(?:get\s+|be\s+)?(?:take|taken|taking|remove|removed|removing|opt|opted|opting|unsubscribe|unsubscribed|unsubscribing|pull|pulled|pulling|mark|marked|marking|record|recorded|recording|note|noted|noting|flag|flagged|flagging|put|putting|add|added|adding|stop|stopped|stopping|make sure|block|blocked|suppress\w*|cancel\w*|turn|turned|turning)\b[^.?!]*?\b(?:off|out of|from (?:our|the|all|any|your)|do[- ]not[- ](?:call|contact|email|text)|no (?:more|further)|revok\w*|opt(?:ed)?[- ]out|unsubscrib\w*|(?:stop|cease|no longer) (?:contacting|calling|emailing|texting|messaging|reaching out to) you)/;
/** "I'll stop all contact from Tidewell", "we've ended all outreach to you", "I'm stopping all outreach to you right now": every kind of contact stopped. */
const AGENT_STOPS_ALL =
  /\b(?:(?:i'll|i will|i've|i have|we'll|we will|we've|we have)\s+(?:go ahead and\s+)?(?:stop|stopped|end|ended|halt|halted|cease|ceased)|(?:i'm|i am|we're|we are)\s+(?:stopping|ending|halting|ceasing))\s+(?:all|any)\s+(?:further\s+|more\s+)?(?:contact|outreach|communications?|calls|texts|text messages|emails|messages|marketing)\b/;
/** "You won't hear from us again", "you've been removed from our list", "I'll make sure no one from Brambleway contacts you again", "make sure we don't call it again" (the number). */
const CALLER_WILL_NOT_HEAR =
  /\byou(?:'ll| will)? (?:won't|will not|will no longer|no longer|shouldn't|should not) (?:be (?:contacted|called|texted|emailed|getting)|hear from us|get (?:any )?(?:more |further )?(?:calls|texts|emails|messages|outreach|contact|communications?)|receive (?:any )?(?:more |further )?(?:calls|texts|emails|messages|outreach|communications?))|\b(?:make sure )?we (?:won't|will not|don't|do not|never) (?:call|text|email|contact|bother) (?:you|it|this number|that number) (?:about (?:this|that|it) )?again\b|\b(?:make sure )?(?:no one|nobody|no-one) (?:from [\w' ]{1,30}? )?(?:will |ever )?(?:contacts?|calls?|texts?|emails?|reach(?:es)? out to|bothers?) you again\b|\bwe (?:won't|will not|don't|do not|never) (?:add you to|put you on|sign you up for) (?:any|our|a|the) (?:[\w-]+ )?(?:lists?|mailings?)\b|\byou(?:'ve| have|'re| are) (?:been |now )?(?:removed|unsubscribed|opted out|taken off)\b|\bmake sure you(?:'re| are) not (?:contacted|called|texted|emailed)\b|\byou(?:'ll| will) stop (?:getting|receiving) (?:our |any |the |these |those )?(?:calls|phone calls|texts|text messages|emails|e-mails|messages|newsletters?|marketing)\b|^(?:understood|got it|noted|of course|absolutely|done|okay|ok|certainly)[,.!:]? no (?:more )?(?:texts|text messages|calls|phone calls|emails|marketing)\b(?: (?:to|for) you\b)?(?!\s*(?:yet|today|about|before|after|until|till|during|at night|in the (?:morning|evening|afternoon)|on (?:weekends|sundays|saturdays)))/;
/** "Ya no le volveremos a llamar", "voy a registrar este número para que no se le vuelva a llamar", "registro la baja de todas las comunicaciones", "lo quito de la lista", "ya la quité de todo". */
const AGENT_ACTS_ES =
  /\bya no (?:le|lo|la|les|los|las) (?:volveremos|vamos a volver) a (?:llamar|marcar|contactar|escribir|molestar)|\bya no (?:le|lo|la|les|los|las) (?:mandamos|mandaremos|enviamos|enviaremos|llamamos|llamaremos|escribimos|escribiremos|marcamos|marcaremos|contactamos|contactaremos)\b|\b(?:dejamos|dejo) de (?:mandarle|enviarle|llamarle|escribirle|mandarles|enviarles|llamarlo|llamarla|contactarl[oae]s?)\b|\b(?:registro|anoto|tramito|proceso|gestiono|queda|quedan|le doy|lo doy|la doy|he dado|hemos dado|damos)\b[^.?!]*\bde baja\b|\b(?:registro|anoto|tramito|proceso|gestiono)\b[^.?!]*\bla baja\b|\b(?:lo|la|le|los|las) (?:quito|saco|borro|elimino|quit[eé]|saqu[eé]|borr[eé]|elimin[eé]|quitamos|sacamos|borramos|he quitado|hemos quitado|he sacado|hemos sacado) de\b|\bno (?:le|lo|la) (?:volveremos|vamos a volver) a (?:llamar|marcar|contactar|escribir)|\b(?:entendido|anotado|perfecto|listo|claro)[,:]? nada de (?:mensajes|textos|llamadas|correos)|\bqueda(?: as[ií])?:? sin (?:mensajes|textos|llamadas|correos)|\bpara que (?:ya )?no se (?:le|lo|la|les) (?:vuelva|vuelvan) a (?:llamar|marcar|contactar|escribir|molestar)/;
/** "I've noted that you don't want calls from us": the wish recorded, its object what is stopped. */
const NOTED_WISH = /\b(?:noted|noting|recorded|recording|marked|marking|put down|logged|logging) (?:down )?(?:that )?you (?:don't|do not|no longer) want (?:any )?(?:more )?(?:phone calls|calls|texts|text messages|emails|e-mails|marketing|contact)\b/;
/** "I won't take you off", "I'll keep you on", "not removing anything": the opposite of a confirmation. */
const KEEPS_CONTACT = /\b(?:won't|will not|not going to|don't|do not|keep|stay|leave|still|not (?:removing|taking|changing))\b/;

/** "No, no, not the emails.", "That's not what I said": the caller corrects what the agent just confirmed. */
const CORRECTED = /^(?:no[,.!]*\s+)+not\b|^not (?:the|that|those|my)\b|^(?:that's|that is) not (?:what|it|right)\b|^wrong\b|^(?:no[,.!]*\s+)+(?:esos? no|esas? no|no es eso|los otros|las otras)\b/;

/**
 * The agent's confirmation of a removal the caller asked for, if the call has one. A confirmation
 * the caller corrects at once ("I'll unsubscribe you from our emails" - "No, no, not the emails. The
 * texts.") is not the one agreed: the next one is.
 */
export function agentAcknowledgesOptOut(call: Pick<Call, 'transcript'>): AgentAcknowledgement | null {
  const t = call.transcript;
  for (let i = 1; i < t.length; i++) {
    const ack = confirmationAt(t, i);
    const reply = t[i + 1]?.speaker === 'caller' ? fold(t[i + 1].text).trim() : '';
    if (ack && !CORRECTED.test(reply)) return ack;
  }
  return null;
}

/** The agent's turn `i`, if it confirms a removal straight after the caller spoke. */
function confirmationAt(t: Call['transcript'], i: number): AgentAcknowledgement | null {
  if (t[i].speaker !== 'agent' || t[i - 1].speaker !== 'caller') return null;
  // "Understood. No more emails.": the confirming word and what it confirms, split into two
  // sentences, read as the one CALLER_WILL_NOT_HEAR knows ("Understood, no more emails").
  const [opener, next] = splitSentences(t[i].text);
  if (next != null && /^(?:understood|got it|noted|of course|absolutely|done|okay|ok|certainly)[.!]?$/.test(fold(opener).trim()) && CALLER_WILL_NOT_HEAR.test(fold(`${opener.trim()} ${next.trim()}`))) {
    return { turn: i, quote: `${opener.trim()} ${next.trim()}`, scope: scopeOfWords([fold(next)]) };
  }
  for (const sentence of splitSentences(t[i].text)) {
    const f = fold(sentence);
    // A question offers, a condition explains ("if you reply STOP you won't get more texts").
    if (/\?\s*$/.test(sentence) || /\b(?:if|si)\b/.test(f)) continue;
    const acts = AGENT_ACTS.exec(f);
    const noted = f.match(NOTED_WISH)?.[0];
    // ("I don't see an account under that address, but I'll make sure that email is unsubscribed": what
    // keeps contact is read in the act's own clause, after a "but".)
    const clauseStart = acts ? Math.max(0, f.lastIndexOf(' but ', acts.index ?? 0)) : 0;
    const confirmed = (acts && !KEEPS_CONTACT.test(f.slice(clauseStart, (acts.index ?? 0) + acts[0].length))) || AGENT_STOPS_ALL.test(f) || CALLER_WILL_NOT_HEAR.test(f) || AGENT_ACTS_ES.test(f) || noted != null;
    if (!confirmed) continue;
    // "Entendido, nada de mensajes de texto, todo por correo": what is stopped is what follows "nada de".
    // "Ya no le mandamos mensajes de texto, y las llamadas siguen igual": what follows "ya no", to its comma.
    // "Dejamos de mandarle mensajes de texto y seguimos con las llamadas": what follows "dejamos de", up to what goes on.
    const stopped = noted ?? f.match(/\bnada de (?:mensajes(?: de texto)?|textos|llamadas|correos)/)?.[0] ?? f.match(/\bya no (?:le|lo|la|les|los|las) [^,;]*/)?.[0] ?? f.match(/\b(?:dejamos|dejo) de (?:mandarle|enviarle|llamarle|escribirle|mandarles|enviarles)\b[^,;]*?(?=\s+y\s+(?:seguimos|mantenemos|le seguimos|quedan|siguen)\b|[,;.]|$)/)?.[0] ?? sentence;
    return { turn: i, quote: sentence.trim(), scope: /\b(?:marketing|promotion\w*|promotional|promos?|publicidad|promociones|promocional\w*)\b/.test(f) ? 'marketing' : scopeOfWords([stopped]) };
  }
  return null;
}
