/** Cues of how a prospect call ended: a confirmed "not interested", "ready to sign", a yes to the agent. */
import type { Call } from '../call';
import type { Evidence } from '../plan';
import { evidence, findFirst, fold, stripFillers, type Sentence } from '../text';
import { reportedSpeech } from './assertion';

const NOT_INTERESTED = [
  /\b(?:not going ahead|won't be going ahead|not proceeding|go(?:ing)? (?:in )?(?:another|a different) direction|not interested|no longer interested|not going to (?:move forward|go ahead|proceed)|decided (?:not to|against|to (?:stay|go) with)|we'll pass|we're going to pass|going to pass|no thanks?,? we're (?:good|fine|all set)|we're all set|we (?:\w+ )?went with|(?:we're|we are|i'm|i am) not going to do (?:it|this|that)|we chose (?:another|a different)|not moving forward|won't be (?:moving forward|going ahead|proceeding)|(?:ended up|decided on) going with (?:a|an|another|someone|somebody|the other)|don't want to (?:move forward|proceed|continue|go ahead))\b/,
  /\b(?:no estoy interesad[oa]|no nos interesa|no me interesa|ya no vamos a seguir|ya no (?:vamos|queremos) a? ?(?:seguir|continuar) con (?:esto|eso|la cotizaci[oó]n|el proyecto))\b|\bya (?:firmamos|contratamos|nos fuimos|nos quedamos) con (?:otr[oa]s?|[eé]l|ella|ellos|la competencia)(?![\p{L}])|\b(?:pueden|puede|favor de) cerrar (?:mi|el|nuestro|su) (?:expediente|caso|archivo|cotizaci[oó]n)\b|\bno vamos a (?:poner|instalar|hacer|seguir con) (?:los|el|la|las) (?:paneles|sistema|proyecto|instalaci[oó]n)\b|(?<![\p{L}])ci[eé]rrel[ao](?![\p{L}])/u,
  // "Ya lo platicamos con mi esposa y no", "decidimos que no": talked over at home, and turned down.
  /(?<![\p{L}])(?:ya )?lo (?:platicamos|hablamos|pensamos|consultamos|discutimos)(?: bien)?(?: con (?:mi|la|el) [\p{L}]+)? y (?:no|mejor no)(?![\p{L}])|(?<![\p{L}])(?:decidimos|decid[ií]) que no(?![\p{L}])/u,
  // "You can close out my file", "honestly you can close it out on your end", "you can go ahead and
  // close mine out": the prospect closes it themselves.
  // ("We have decided to keep it in-house... You can close the file.")
  /\b(?:you can|go ahead and|please) close (?:out )?(?:my|our|the) (?:file|quote|referral|lead)\b|\bdecided to keep (?:it|this|that|the \w+) in-?house\b|\b(?:you can|go ahead and|please|just) close (?:it|this|that|mine|ours) out\b/,
  // "We're gonna stay where we are": the prospect keeps what they have.
  /\b(?:we're|we are|i'm|i am) (?:gonna|going to) stay (?:where we are|where i am|with (?:what|who) (?:we|i) (?:have|got))\b/,
];
const READY = [/\b(?:ready to (?:sign|buy|purchase|move forward|go ahead|get started)|sign (?:the|a|an|our) (?:\w+ )?(?:contract|agreement|deal)|send (?:me |us )?(?:the|over the) (?:paperwork|contract|agreement|order form)|let's do (?:it|the deal)|we'll take it|issue (?:a|the) purchase order)\b/];

const YES = /^(?:yes|yeah|yep|sure|absolutely|definitely|of course|i would|i'd love|that would be great|claro|por supuesto)\b|^s[ií](?![a-záéíóúñ])/i;

/** The agent closing the prospect's file: "I'll mark it closed", "should I close out your file?" - "Yeah, go ahead." */
const AGENT_CLOSES = /\b(?:(?:i'll|i will|we'll|we will|i've|i have)\s+(?:go ahead and\s+)?(?:mark|close|closed|marked)\b[^.?!]*\b(?:closed|out|file|referral|record|proposal|quote|estimate|lead|opportunity)\b|close (?:out )?(?:your|the|this) (?:file|referral|record|proposal|quote|estimate|lead|opportunity)|mark (?:it|you|this|your \w+) (?:as )?(?:closed|not interested|declined)|mark (?:down )?that (?:you're|you are) not (?:moving forward|interested|going ahead)|\b(?:cierro|cerramos|cerrar[eé]) (?:su|la|el) (?:solicitud|cotizaci[oó]n|expediente)\b)/i;

/** "I'll mark it approved today, so your two-fifty goes out": a referral moved forward, not a file closed. */
const MARKED_WON = /\bmark(?:ed)?\s+(?:[\w']+\s+){0,3}?(?:as\s+)?(?:approved|qualified|paid|complete|completed|active|won|sold|converted|eligible|verified)\b/i;

export function detectNotInterested(caller: Sentence[], call?: Call, agent: Sentence[] = []): Evidence | null {
  // ("He told your person 'don't call this house again, we're not interested.' He said that. I didn't.":
  // someone else's words.)
  // ("Honestly, if you can't beat thirty-eight I'm not interested.": a condition, not a no.)
  const hit = findFirst(caller, NOT_INTERESTED, (s, m) => !reportedSpeech(fold(s.text), m.index ?? 0) && !/\b(?:if|unless|si)\b(?! (?:i'm|i am|we're|i'm being|i am being) (?:honest|frank|being honest|being frank)\b| you (?:must|want to) know\b)[^.?!,]*,?\s*(?:i'm|i am|we're|we are|then|no)?\s*$/.test(fold(s.text).slice(0, m.index ?? 0)));
  if (hit) return evidence('outcome', hit.sentence);
  return call ? agentClosedOut(call, agent) : null;
}

/** The agent closing the record out after the caller spoke ("I'll close out your referral"), or offering to and hearing yes. */
export function agentClosedOut(call: Call, agent: Sentence[]): Evidence | null {
  for (const a of agent) {
    if (!AGENT_CLOSES.test(a.text) || MARKED_WON.test(a.text) || call.transcript[a.turn - 1]?.speaker !== 'caller') continue;
    const asked = /\?\s*$/.test(a.text);
    const next = call.transcript[a.turn + 1];
    if (!asked) return evidence('outcome', a);
    if (next?.speaker === 'caller' && (YES.test(stripFillers(fold(next.text.trim()))) || /^(?:go ahead|please do|do it)\b/i.test(fold(next.text.trim())))) return evidence('outcome', { turn: a.turn + 1, text: next.text });
  }
  return null;
}

export function detectReadyToBuy(caller: Sentence[]): Evidence | null {
  const hit = findFirst(caller, READY);
  return hit ? evidence('qualityMarkers', hit.sentence) : null;
}

/** The agent's yes/no questions the caller answered yes ("Would you like a demo?" - "Yes.", "¿La movemos?" - "Sí, por favor."). */
export function acceptedAgentQuestions(call: Call, agent: Sentence[]): Sentence[] {
  return agent.filter((a) => {
    const next = call.transcript[a.turn + 1];
    return /^(?:would|do|does|can|could|shall|should|are|is|will|may|did|have|want|¿?(?:quiere|le gustar[ií]a|puedo|desea|(?:la|lo) (?:movemos|cambiamos|pasamos|agendamos|reprogramamos)))\b[^?]*\?\s*$/i.test(a.text.trim()) && next?.speaker === 'caller' && YES.test(stripFillers(fold(next.text.trim())));
  });
}
