/**
 * Rule 8: a request to be contacted at a time becomes a follow-up. Caller turns first (a time the
 * caller asks for, or one they give when the agent asks "when suits you?"); then agent turns for
 * what was agreed ("I'll call you back tomorrow at 10", or a proposal the caller accepts).
 */
import { DateTime } from 'luxon';
import type { Channel, Evidence } from '../plan';
import { isValidZone, normaliseTimeWords, resolveSpokenTime, toUtcIso, zoneInText, type ResolvedTime } from '../time';
import { evidence, fold, foldAccents, negatedAt, splitSentences, stripFillers, withoutClockDots, type Sentence } from '../text';
import type { ClassifyContext } from './context';

export interface FollowUpRequest {
  at: string;
  timezone: string;
  channel: Channel;
  promise: string;
  /** Who named the time. */
  by: 'caller' | 'agent';
  evidence: Evidence[];
}

/** The caller's own plan for a time: "I'll look at it tonight", "let me talk to him this weekend", "two more clients I'm going to send your way after the holidays". */
const CALLERS_OWN_PLAN = /\b(?:i'll|i will|i'm going to|i am going to|let me|we'll|we will)\s+(?:\w+\s+){0,2}(?:look|talk|think|read|check|review|go over|discuss|decide|sleep on|get (?:him|her|them)|ask|run it by|sit down)\b|\b(?:i'll|i will|i'm going to|i am going to|i'm gonna)\s+send\s+(?:\w+\s+){0,3}your way\b/;
/** The caller will contact us: "I'll call you back next week", "I'll call back from my own phone tonight", "I'll email the photos tonight", "yo les vuelvo a llamar". */
const CALLER_CALLS_US = /\b(?:i'll|i will|i'm going to|i am going to|i can|let me)\s+(?:just\s+|try\s+(?:to\s+)?)?(?:call|ring|phone|email|text|reach out to)\s+(?:you|y'all)\b|\b(?:i'll|i will|i'm going to|i am going to|let me)\s+(?:just\s+)?(?:call|ring|phone) back\b|\b(?:i'll|i will|i'm going to|let me)\s+(?:just\s+)?(?:email|text|send|forward|mail)\s+(?:you\s+|y'all\s+)?(?:the|those|these|a|an|my|some|over|it|them|that|this)\b|(?<![\p{L}])yo (?:les?|los|las) (?:\p{L}+ (?:a )?)?(?:llam|marc|escrib|hablo)\p{L}*|(?<![\p{L}])(?:les?|los|las) (?:vuelvo a|voy a) (?:llamar|marcar|escribir|hablar)(?![\p{L}])/u;
/** A habit, not a request: "your rep keeps calling me at like nine a.m.". */
/** "Me llegan mensajes, me llegan correos, y me llaman justo a la hora que...": what keeps happening, told (not asked: "¿me llaman a las cinco?"). */
// ("La llama a las diez de la noche": what someone does to someone else, told.)
const HABITUAL_ES = /(?<![\p{L}])(?:(?:me|nos) (?:llegan|llaman|marcan|escriben|mandan|est[aá]n (?:llamando|marcando|escribiendo|mandando))|(?:la|lo|le|les|los|las) (?:llama|llaman|marca|marcan|escribe|escriben|busca|buscan))(?![\p{L}])/u;
// ("I get these 'refer a friend' texts at like six fifteen in the morning, three times a week": what
// arrives, and how often, not a time asked for.)
const HABITUAL = /\b(?:keeps?|kept|always|usually|constantly|every (?:time|day|morning|evening))\s+(?:\w+\s+)?(?:call(?:s|ing)?|ring(?:s|ing)?|text(?:s|ing)?|email(?:s|ing)?|phon(?:e|es|ing))\b|\b(?:i|we) (?:get|receive|keep getting|have been getting|'ve been getting) (?:these|those|your|all these|all those)\b[^.?!]*\b(?:once|twice|(?:two|three|four|five|\d+) times) a (?:day|week|month)\b/;
/** When messages arrive, as a habit: "They come at six in the morning, every Monday", "they come in at like nine at night". */
/** The phone going off at an hour: "It's just the phone buzzing at seven in the morning". */
const DEVICE_GOES_OFF = /\b(?:phone|cell|it|they|texts?|messages?)(?:'s| is| are)? (?:buzz(?:es|ing)?|ring(?:s|ing)|going off|goes off|go off|ding(?:s|ing)?|blow(?:s|ing) up|light(?:s|ing) up)\b[^.?!]*\b(?:at|around|before|after)\b/;
const ARRIVE_HABITUALLY = /\b(?:they|these|those|it|the (?:\w+ )?(?:reminders?|texts?|emails?|calls?|messages?|notifications?)) (?:come|comes|arrive|arrives|show up|shows up|go off|goes off|hit|hits|land|lands)\b(?:[^.?!]*\bevery (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|morning|night|week|weekday)\b| in at (?:like |around |about )?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight)\b)/;
/** Sarcasm about being called too often: "Oh sure, call me tomorrow too. And Saturday. Why not every hour", "sure. Call me again tomorrow. And Sunday, why not, I clearly have nothing else going on", "call me every morning at seven, I love it", "Call me at ten in the morning. Again. That's exactly what I asked for, isn't it?". */
const SARCASTIC_TURN = /^(?:oh,? )?(?:sure|yeah,? right)[,!] |\b(?:exactly|just) what i asked for,? (?:isn't it|right|huh)\b|\bthat's (?:exactly|just) when i (?:wanna|want to|like to|love to)\b|\bwhy not every (?:hour|day|minute|five minutes|half hour)\b|\b(?:i|we) (?:clearly|obviously) have nothing (?:else |better )?(?:going on|to do)\b|\bsure[.!,] (?:call|text|email|ring) me again\b|\b(?:call|text|email|ring) me every (?:single )?(?:morning|day|night|hour|evening)\b[^.?!]*?[,.!]?\s*(?:i (?:just |really )?love it|can't get enough|lucky me)\b/;
/** Contacts told in order: "Monday, Wednesday, then a text, then the lady from the ductwork". */
const NARRATED_DAYS = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:,| and) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^.?!]*\bthen\b/;
/** A contact aimed at other people: "do they get a call next week", "your reps call my tenants at seven", "I'll text it to him tonight". */
const THIRD_PARTY_CONTACT = /\b(?:they|he|she|people|folks|clients|customers|tenants|patients|somebody|someone)\s+(?:\w+\s+)?(?:gets?|getting|receives?)\s+(?:a\s+|another\s+)?(?:call|text|email|message)\b|\b(?:call|calls|calling|text|texts|texting|email|emails|emailing|contact|contacts|contacting)\s+(?:them|him|her|people|folks|my (?:clients|customers|tenants|patients|referrals|people))\b|\b(?:text|email|send|forward|give|pass)\s+(?:it|this|that|the \w+)\s+(?:along\s+)?(?:to|over to)\s+(?:him|her|them|my (?!(?:own |new |work |personal |office )?(?:email|e-mail|inbox|address|phone|cell|number|account)\b)\w+)\b/;
/** The same in Spanish: "A ella llámenle después de las cinco" (the person just handed over). */
const THIRD_PARTY_CONTACT_ES = /(?<![\p{L}])a (?:ella|él|el|mi \p{L}+) (?:\p{L}+ )?(?:ll[aá]m|marqu|escrib|contact)\p{L}*/u;
/** A sentence naming the time being moved away from ("reschedule Friday's demo"). */
/** "No rush, whenever they get to it": the caller leaves the time to us. */
const NO_RUSH = /\bno rush\b|\bwhenever (?:they|you|someone|somebody|y'all)(?: guys)? (?:get|gets) (?:to|around to) it\b/;
/** "Hoy nomás quiero lo del cobro", "today I just want the refund": what the call is for today, no time to be reached. */
const TODAY_ONLY = /\b(?:hoy|today|for today)\s+(?:nom[aá]s|nada m[aá]s|solo|s[oó]lo|just|only)\b/;
/** Something done over and over: "I have now cleared my Thursday afternoon three separate times". */
const REPEATED_EVENT = /\b(?:i|we)(?:'ve| have| had)? (?:now |already )?[a-z]+ed\b[^.?!]*\b(?:two|three|four|five|six|several|multiple|\d+) (?:separate |different )?times\b/;
const OLD_TIME = /\b(?:reschedul\w*|cancel\w*|move|moving|postpone|push(?:ing)? back|can't make|cannot make|won't make|can no longer make|instead of)\b|\b(?:what time|when) is (?:my|our|the)\b|\bstill (?:on|happening)\b|\bconfirm(?:ing)? (?:my|our|the|that|a|an) (?:\w+ )?(?:demo|meeting|appointment|call|visit|booking|time|slot|survey|install\w*|cleaning|checkup|check-up|reservation|session|consult\w*)\b|\bhad (?:a|my|the|our) \w+ (?:booked|scheduled|set up|planned)\b|\bsomething came up\b/;
/** "Llámenos el sábado": from the caller, "call us" asks to be called (from the agent it is the caller calling us, so CONTACT_CUE leaves it out). */
const CALL_US = /(?<![\p{L}])ll[aá]m(?:e|a)nos(?![\p{L}])/u;
const CONTACT_CUE =
  /\b(?:(?:is|'s|would be|sounds) (?:good|fine|great|better|best|perfect)|(?:does|would|will|could|can) [^.?]{0,40}\bwork\b|(?:could|can|shall) we (?:do|say|make it|try)|make it (?=(?:for |on |at )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|noon|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))|how about|what about|do you have (?:anything|time|a slot|an opening|availability|\w+day)|tiene(?:n)? (?:el|algo|espacio|lugar|tiempo|disponible)|(?:se )?puede (?:el|a las)|let's (?:do|say|make it)|instead|whoever calls|calls you (?:at|on|back|then|tomorrow)|call|calling|ring|phone|email|e-mail|text|message|reach|contact|follow(?:\s|-)?up|get back|touch base|circle back|get in touch|check in|try (?:me|her|him|them|us)|try again|demo|meeting|meet|chat|talk|speak|works|work for me|suits|available|free|good for me|best|schedule|book|set (?:it|that|something) up|walk(?:-| )?through|call back|callback|send|demostraci[oó]n|cita|reuni[oó]n|llamada|ll[aá]m(?!e?nos\b|anos\b)\w*|escr[ií]b\w*|(?:mandar|enviar)(?:me|nos)?(?:l[oa]s?)?|por correo|(?:m[aá]nd|env[ií])\w*(?:me|nos)(?:l[oa]s?)?|(?:m[aá]nd|env[ií])(?:e|en)l[oa]s?|cont[aá]ct\w*|m[aá]rc\w*me|marcar\w*|marqu\w+|h[aá]bl\w*)\b/;
/** The agent asks when something happened ("When did you notice?", "How did the demo go?"): its answer is a past time. */
const PAST_QUESTION = /\b(?:when|what time|what day|which day|since when|how)\s+(?:(?:the|your|my|it|they|that|this|those|these|he|she|we|you)\s+(?:[\w']+\s+){0,2})?(?:did|was|were|had|have|has)\b|\b(?:remember|recall|know) (?:roughly |about |exactly )?when (?:they|you|he|she|it|that|this|we|your \w+) \w+ed\b|\bcu[aá]ndo (?:fue|pas[oó]|empez[oó]|not[oó]|lo not[oó]|se dio cuenta)\b/;
const ASKS_WHEN = /\b(?:when|what time|which day|what day|best time|good time|better time|suit|suits|available|works for you|work for you|what works|when works|schedule|book|(?:set|pick|find|lock in) (?:up )?a (?:time|day))\b|(?:\bqu[eé] (?:d[ií]a|fecha)|¿\s*cu[aá]ndo|\bcuándo|\ba qu[eé] hora|\ble queda bien|\ble conviene|\bqu[eé] horario|\bagend(?:ar|amos|emos|arle|arlo|arla)\b|\bprogramar\b)/;
const AFFIRM = /^(?:yes|yeah|yep|yup|sure|ok|okay|perfect|great|sounds good|that works|works for me|fine|please|definitely|absolutely|that's fine|that'd be great|that's it|that's right|correct|exactly|claro|vale|correcto|exacto|perfecto|eso es)\b|^s[ií](?![a-záéíóúñ])/;
const AGENT_CONFIRMS = /\b(?:(?:i|we) (?:have|'ve got|got) you (?:booked|down|scheduled|set)|booked you|scheduled you|put you down|set you up for|is booked|you're booked|you are booked|is confirmed|it is|it's a date|is scheduled|you're all set for|see you (?:on|then)|(?:noted|logged|booked|scheduled|set up|put in) (?:a|your|the) call ?-?back)\b/;
const AGENT_PROMISE = /\b(?:i'll|i will|we'll|we will|someone (?:from our team )?will|our team will|[a-z]+ will)\s+(?:\w+\s+){0,5}(?:call|ring|phone|email|text|reach out|follow up|get back|send|contact)\b/;
/** "Make a note of the Sunday call", "log that email": a call or message recorded, not one promised. */
const CALL_NOTED = /\b(?:a )?(?:note|notes|noted|log|logging|record|recording|report|flag|flagging|document) (?:of |about |on )?(?:the|that|this|your) (?:[\w-]+ )?(?:call|email|text|message)\b/g;
/** The agent's invitation for the caller to contact us: "you can call us to adjust it". */
const CALLER_MAY_CALL_US = /\b(?:you can|you could|feel free to|just|please) (?:call|ring|email|text|reach) us\b[^.?!]*/g;
/** The same, on the words as said. */
const CALL_NOTED_SAID = new RegExp(CALL_NOTED.source, 'gi');
/** Agent words about the business's own hours, whose zone is not the caller's. */
const BUSINESS_HOURS = /\b(?:open|hours|closed|office|business|available from|our team is)\b/;

// "Got it" and "got you down for" acknowledge; "got me" / "got the" report.
const PAST_OR_NOT = /\b(?:last|ago|yesterday|earlier|already|was|were|wasn't|did|happened|since|used to|started|began|showed up|came by|changed|charged|billed|took|withdrew|debited|deducted|logged in|going away|expires?|shuts? off|stops? working|(?:i|we|you|he|she|they) (?:already |just |actually )?signed(?! up)|met with|stolen|(?:got|was|were) (?:lost|hacked|broken into|towed|cut off)|(?:i|we) (?:got|received|keep getting)|(?:called|missed|spoke|talked|emailed|texted|sent) (?:me|you|it|us|your|the)|got (?:me|us|your|the)|(?:i|we) (?:called|phoned|rang|emailed|texted|wrote) (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|left (?:you )?(?:a|two|three) (?:message|voicemail|vm)s?|(?:nobody|no one|no-one) (?:ever )?(?:called|got) back)\b/;

/** Negated, in English or Spanish: "don't call me", "ya no me llamen a las ocho", "que no me manden correo". */
function refusedAt(f: string, i: number): boolean {
  return negatedAt(f, i) || /(?<![\p{L}])(?:no|ni|nada de|sin)\s+(?:(?:me|le|nos|les|lo|la)\s+)?(?:\p{L}+\s+)?(?:por\s+)?$/u.test(f.slice(Math.max(0, i - 30), i));
}

/** "Call me", "give me a call", "llámenme", "márquenme": a call asked for in so many words (not refused). */
function asksForACall(text: string): boolean {
  const f = fold(text);
  return [...f.matchAll(/\b(?:call|ring|phone) (?:me|us)\b|\bgive (?:me|us) a (?:call|ring)\b|(?<![\p{L}])(?:ll[aá]m[ea]n?(?:me|nos)|m[aá]rqu[ea]n?(?:me|nos))(?![\p{L}])/gu)].some((m) => !refusedAt(f, m.index ?? 0));
}

/**
 * The channel the words ask for. A channel refused ("que no me manden correo, el correo no lo
 * reviso", "don't text me, call", "por correo no entiendo nada") is not the one to use.
 */
function channelOf(text: string): Channel {
  const f = fold(text);
  // "Por correo no entiendo nada de lo que me mandan": the channel named to be set aside.
  const live = (re: RegExp) => [...f.matchAll(re)].some((m) => !refusedAt(f, m.index ?? 0) && !/^\S+ (?:no (?:lo|la) (?:reviso|leo|uso|checo|miro)|(?:is|'s) (?:dead|old|gone))\b|^\p{L}+ (?:no|nunca) (?!por\b)\p{L}/u.test(f.slice(m.index ?? 0)));
  if (live(/\b(?:email|e-mail|emailing|emailed|e-mailed|inbox|correo|escr[ií]b\w*)\b/g)) return 'email';
  // ("Sin mensajes de texto": the channel's name is one phrase, refused as a whole.)
  if (live(/\b(?:text|texting|texted|sms|whatsapp|mensajes? de texto|mensajes?|textos?)\b/g)) return 'sms';
  return 'phone';
}

/**
 * The channel a sentence of the caller's own turn names, the nearest before it first ("Llámeme a mí,
 * a este número. Mañana en la tarde... Y apunte mi correo nuevo": a call), then after it.
 */
function channelNamedNear(caller: Sentence[], s: Sentence): Channel {
  const turn = caller.filter((x) => x.turn === s.turn);
  const at = turn.indexOf(s);
  const order = [...turn.slice(0, Math.max(0, at)).reverse(), ...turn.slice(at + 1)];
  const named = order.find((x) => NAMES_CHANNEL.test(fold(x.text)));
  return named ? channelOf(named.text) : 'phone';
}

/** Words that name a day: a weekday, today or tomorrow, a date, next week. */
const DAY_NAMED = /\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|this week|weekend|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)|hoy|mañana|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|semana)\b/;

/** Words that name a way to be reached. */
const NAMES_CHANNEL = /\b(?:call|calls|ring|phone|email|e-mail|emailed|text|texts|texted|sms|whatsapp|correos?|mensaj\p{L}*|textos?|ll[aá]m\p{L}*)(?![\p{L}])/u;

/**
 * "Should I have the advisor email you the proposal?" - "Yes. Tomorrow's fine.": when the caller's
 * answer names no channel, the one the agent's question named, if it named email or text.
 */
function channelAskedBefore(turns: ClassifyContext['call']['transcript'], callerTurn: number): Channel | null {
  const prev = turns[callerTurn - 1];
  if (prev?.speaker !== 'agent' || NAMES_CHANNEL.test(fold(turns[callerTurn].text))) return null;
  // The question itself, and one that offers to write ("I'll stop the text messages. For the demo,
  // what works for you?" names texts only to stop them).
  const question = splitSentences(prev.text).pop() ?? '';
  const f = fold(question);
  if (!/\?\s*$/.test(question) || !/\b(?:email|e-mail|text|message)\s+(?:you|it|them|that|over)\b|\bsend (?:you|it|that|them)\b[^?]*\b(?:email|text)\b|\bby (?:email|text)\b/.test(f)) return null;
  const asked = channelOf(question);
  return asked === 'phone' ? null : asked;
}

/** The time sits inside quotation marks after someone's "saying", "said" or "told me". */
function quotedWords(sentence: string, timeText: string): boolean {
  const f = fold(sentence);
  const at = f.indexOf(fold(timeText));
  return at > 0 && /\b(?:saying|says|said|say|told (?:me|us)|telling (?:me|us))\s*,?\s*["'‘“][^"'’”]{0,20}$/.test(f.slice(0, at));
}

/** "Send it Monday", "mándela mañana": a thing sent, not a call. */
const SEND_IT = /\bsend (?:it|that|this|them|those|me (?:it|that|the \w+))\b|(?<![\p{L}])(?:m[aá]nd|env[ií])(?:e|en)(?:me)?(?:l[oa]s?)(?![\p{L}])/u;

/**
 * "Can you just email it? ... Send it Monday", "¿Le envío la cotización por correo?" - "Sí, mándela
 * mañana": the thing to send goes the way it was named in the three turns before.
 */
function channelOfThingSent(turns: ClassifyContext['call']['transcript'], turn: number, text: string): Channel | null {
  if (!SEND_IT.test(foldAccents(text))) return null;
  for (let t = turn - 1; t >= Math.max(0, turn - 3); t--) {
    const c = channelOf(turns[t]?.text ?? '');
    if (c !== 'phone') return c;
  }
  return null;
}

/**
 * "¿Me la pueden mandar por correo el jueves?" - "Le pido a facturación que se la envíe por correo el
 * jueves." - "El jueves, ¿sí?" - "El jueves.": the day agreed was first said with the way to send, in
 * one of the three turns before.
 */
function writtenChannelSaidBefore(turns: ClassifyContext['call']['transcript'], turn: number, r: ResolvedTime, ref: string, zone: string): Channel | null {
  for (let t = turn - 1; t >= Math.max(0, turn - 3); t--) {
    for (const text of splitSentences(turns[t]?.text ?? '')) {
      const said = tryResolve({ turn: t, speaker: turns[t].speaker, text }, ref, zone);
      const c = said && said.local.hasSame(r.local, 'day') ? writtenChannel(text, said.text) : null;
      if (c) return c;
    }
  }
  return null;
}

/** The channel of the clause that holds the time ("email me the details and call me Thursday at 4"). */
function channelOfTime(sentence: string, timeText: string): Channel {
  const clause = clauseWithTime(sentence, timeText);
  // ("Mándeme un mensajito de texto mañana a este número, y ya con ella le contesto con el correo": the
  // clause with the time names the text.)
  if (clause && (/\b(?:call|ring|phone|email|e-mail|text|sms|whatsapp)\b/i.test(clause) || NAMES_CHANNEL.test(fold(clause)))) return channelOf(clause);
  return channelOf(sentence);
}

/** The clause of a sentence that holds the time's first word, if any. */
function clauseWithTime(sentence: string, timeText: string): string | undefined {
  const clauses = sentence.split(/,|;|\band\b|\bbut\b|\bthen\b/i);
  // The time's first word that says which time ("Tuesday" of "on Tuesday"), as a word: the "on" of
  // "phone calls" is not the time's.
  const words = timeText.toLowerCase().split(/\s+/);
  const key = (words.find((w) => !/^(?:on|at|in|the|this|next|by|around|about|el|la|a|las|en|para)$/.test(w)) ?? words[0] ?? '').replace(/[^\p{L}\p{N}:]/gu, '');
  const asWord = wholeWord(key, 'i');
  return clauses.find((c) => asWord.test(c));
}

/** A word as a word, not inside another ("on" is not in "phone"). */
function wholeWord(word: string, flags = ''): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, `u${flags}`);
}

/**
 * Email or text named in the clause that holds the time, with no call, demo or meeting in that
 * clause ("a text tomorrow morning", not "I'll email you the invite for the call Thursday at 3").
 */
function writtenChannel(sentence: string, timeText: string): Channel | null {
  const c = channelOfTime(sentence, timeText);
  if (c === 'phone' || /\b(?:call(?:s|ed|ing)?|ring|phone|demo|meeting|walk ?-?through|llam\w*|demostraci[oó]n|reuni[oó]n)\b/i.test(clauseWithTime(sentence, timeText) ?? sentence)) return null;
  return c;
}

/** The caller's zone: named in the call (caller first, then agent), else caller.timezone, else default. */
export function callerZone(ctx: ClassifyContext): { zone: string; evidence: Evidence | null } {
  for (const s of ctx.caller) {
    const z = zoneInText(s.text);
    if (z) return { zone: z, evidence: evidence('followUp.timezone', s) };
  }
  // The agent's words count when they name the zone of an agreed time ("Friday at 11 Central it
  // is"), not business hours ("we're open 9 to 5 Eastern").
  for (const s of ctx.agent) {
    const f = fold(s.text);
    if (BUSINESS_HOURS.test(f)) continue;
    const z = zoneInText(s.text);
    if (z && (CONTACT_CUE.test(f) || AGENT_CONFIRMS.test(f))) return { zone: z, evidence: evidence('followUp.timezone', s) };
  }
  if (isValidZone(ctx.call.caller.timezone)) return { zone: ctx.call.caller.timezone!, evidence: null };
  return { zone: ctx.policy.defaultTimezone, evidence: null };
}

/** Spanish words that put a sentence in the past or in today's state: "el sábado pasado", "nunca llegó", "cerré", "me iba a llamar", "nadie me ha llamado", "hoy es jueves". */
const PASADO = /(?<![\p{L}])(?:pasad[oa]s?(?! ma[ñn]ana)|ayer|anoche|(?:hace|har[aá]) (?:una?|dos|tres|\d+) (?:d[ií]as?|semanas?|meses?)|desde que|lleg[oó]|llegaron|cerr[eé]|esperaba|esperaban|vino|vinieron|fue|iban|iba a|prometieron|prometi[oó]|(?:ha|han) (?:llamado|marcado|escrito|contestado)|hoy es|perd[ií]|cambi[eé]|me cobraron|me llamaron|me dijeron)(?![\p{L}])/iu;

/** The agent passes something to a colleague or a team: "send your notice to the manager", "pass this to billing". */
/** "You'll get a text with the ticket number in a few minutes", "You'll get your own referral code by email in a few minutes": a reference sent out by the system, not a contact to make. */
const REFERENCE_SENT = /\b(?:texts?|e-?mails?|messages?|sms)\b[^.?!]{0,30}\bwith (?:the |your |a )?(?:ticket|case|confirmation|reference|tracking|claim|order) (?:number|#|id|code)\b|\byou'll (?:get|receive) your (?:own )?(?:referral |member |partner )?(?:code|link) by (?:e-?mail|text)\b/;
const SENT_TO_SOMEONE_ELSE = /\b(?:send|sending|pass|passing|forward|forwarding|escalate|escalating|hand|handing|give|giving)\b[^.?!]{0,40}\bto (?:the|our|my|your)\s+(?:[\w-]+\s+){0,3}(?:manager|team|department|supervisor|billing|accounts|office|lead|specialist|technicians?|engineers?)\b/;

/** "And a text at like seven a.m.", "plus another call at 9 pm": a message added to a list. */
const MESSAGE_LISTED = /^\W*(?:and|plus|also|oh,? and)\s+(?:then\s+)?(?:a|an|another|one more)\s+(?:text|call|phone call|email|e-mail|voicemail|message)\b/;

/** An hour said with a day word: "after 3 today", "around noon today". */
const HOUR_SAID = /\b(?:at|after|around|about|by|before)\s+(?:\d{1,2}(?::\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\b/;
/** A window too rough to schedule: "in the next day or so", "a day or two", "the next few days". */
const ROUGH_WINDOW = /\b(?:next|a) day or (?:so|two)\b|\b(?:next|coming) (?:few|couple(?: of)?) days\b|\bin (?:a|the next) (?:few|couple(?: of)?) days\b/;

function tryResolve(s: Sentence, ref: string, zone: string): ResolvedTime | null {
  const f = fold(s.text);
  if (PAST_OR_NOT.test(f) && !/\b(?:next(?! door)|tomorrow|call me|call back|reach me)\b/.test(f)) return null;
  // "I got two calls yesterday... And a text at like seven a.m.": one more message in a list of those
  // received, with no verb of its own to ask for anything.
  if (MESSAGE_LISTED.test(f) && !/\b(?:can|could|would|will|please|me|us)\b/.test(f)) return null;
  // "Someone will send you pricing in the next day or so": a rough window, no time to be reached at.
  if (ROUGH_WINDOW.test(f) && !DAY_NAMED.test(f) && !HAS_CLOCK.test(f)) return null;
  // "Call me the minute you know something": as soon as there is news, no time to be reached at.
  if (/\bthe (?:minute|second|moment|instant) (?:you|they|y'all|someone|somebody|we|he|she|it)\b/.test(f) && !DAY_NAMED.test(f) && !HAS_CLOCK.test(f)) return null;
  // "Yeah, during the day" (asked whether the work number reaches them): when they can be reached, no time.
  if (/\b(?:during the day|in the daytime|daytimes?)\b/.test(f) && !DAY_NAMED.test(f) && !HAS_CLOCK.test(f)) return null;
  // "I'll send it over today": the agent's errand for the rest of the day, no time to be reached at.
  // ("I'll call back after 3 today": an hour said with it is a time.)
  if (s.speaker === 'agent' && /\btoday\b/.test(f) && !HOUR_SAID.test(f) && resolveSpokenTime(s.text, ref, zone)?.text === 'today') return null;
  // ("Mejor mañana por la mañana, cuando él ya se fue a trabajar": tomorrow, whatever verb is past.)
  if (PASADO.test(s.text) && !/(?<![\p{L}])(?:pr[oó]xim[oa]|que viene|ll[aá]m(?:e|en)me|que (?:me|nos) (?:llamen|marquen|hablen|escriban)|m[aá]rqu(?:e|en)me|m[aá]nd(?:e|en)me\p{L}*|env[ií](?:e|en)me\p{L}*|(?<!(?:la|las) )ma[ñn]ana)(?![\p{L}])/iu.test(s.text)) return null;
  // "I'll cancel tomorrow's appointment and have the scheduler call you at eight on Monday": the
  // time being moved away from is not the new one.
  const clauses = /[.?!]\s+\S/.test(s.text.trim()) ? [s.text] : s.text.split(/(?:,|;|\band\b|\bbut\b)\s*/i);
  if (clauses.length > 1 && clauses.some((c) => OLD_TIME.test(fold(c)))) {
    const rest = clauses.filter((c) => !OLD_TIME.test(fold(c))).join(', ');
    const r = rest.trim() ? resolveSpokenTime(rest, ref, zone) : null;
    if (r) return r;
  }
  // "Moving the billing call from Wednesday at three to Friday at eleven": the time it moves to.
  const moved = s.text.match(MOVED_FROM_TO);
  if (moved) {
    const r = resolveSpokenTime(moved[1], ref, zone);
    if (r) return r;
  }
  return resolveSpokenTime(s.text, ref, zone);
}

/** A booking moved "from" one time "to" another; the capture is the new time. */
const MOVED_FROM_TO = /\b(?:mov\w*|push\w*|switch\w*|chang\w*|reschedul\w*|bump\w*|shift\w*)\b[^?!]*?\bfrom\b[^?!]*?\bto\s+(.+)$/i;

function promiseText(ctx: ClassifyContext, channel: Channel, r: ResolvedTime, zone: string): string {
  const what = channel === 'email' ? 'Email' : channel === 'sms' ? 'Text' : 'Call';
  const name = [ctx.identity.firstName, ctx.identity.lastName].filter(Boolean).join(' ') || 'the caller';
  const said = ctx.caller.map((s) => fold(s.text)).join(' ');
  const topic = /\bdemo\b/.test(said) ? ' for the demo' : /\b(?:pricing|price|quote)\b/.test(said) ? ' with pricing' : '';
  return `${what} ${name}${topic} ${r.local.toFormat("cccc d LLL 'at' HH:mm")} ${zone}`;
}

function refinement(ctx: ClassifyContext, afterTurn: number, ref: string, zone: string): { r: ResolvedTime; evidence: Evidence[] } | null {
  const turns = ctx.call.transcript;
  for (const a of ctx.agent) {
    if (a.turn <= afterTurn || a.turn > afterTurn + 3) continue;
    const next = turns[a.turn + 1];
    if (next?.speaker !== 'caller' || !AFFIRM.test(stripFillers(fold(next.text).trim()))) continue;
    const r = tryResolve(a, ref, zone);
    if (r && !insideCondition(a.text, ref, zone)) return { r, evidence: [evidence('followUp', a), { field: 'followUp', quote: next.text, turn: a.turn + 1 }] };
  }
  return null;
}

/** A resolved time's words that hold a clock time, not only a day. */
// (A day of the month, "Monday January 4th", is no clock time.)
const HAS_CLOCK = /\d(?!\d*(?:st|nd|rd|th)\b)|\b(?:noon|midnight|mediod[ií]a|medianoche)\b/i;
/** A part of the day: sharper than a day alone, not as sharp as a clock time. */
const PART_OF_DAY = /\b(?:morning|afternoon|evening|night|tonight|(?:de|por|en) la (?:mañana|tarde|noche)|tarde|noche)\b/i;
/** How exactly a time's words place it: 2 a clock time, 1 a part of the day, 0 a day alone. */
const sharpness = (text: string): number => (HAS_CLOCK.test(text) ? 2 : PART_OF_DAY.test(text) ? 1 : 0);
/** A clock time said alone, with no day: "Three o'clock.", "A las tres de la tarde." */
function saysHourOnly(text: string): boolean {
  // ("A las ocho de la mañana": the morning, not tomorrow.)
  const f = foldAccents(text).replace(/\b(?:de|en|por) la manana\b/gi, 'morning');
  const hour = /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)?(?![\w/-])|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\b|\ba las\b|\bmediodia\b/.test(f);
  const day = /\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|hoy|manana|lunes|martes|miercoles|jueves|viernes|sabado|domingo|semana|mes)\b|\d(?:st|nd|rd|th)\b|\b(?:first|second|third|\w+teenth|twentieth|thirtieth|twelfth|tenth|eleventh)\b/.test(f);
  return hour && !day;
}
/** The words of a meeting agreed on a call; an offer of one may also be a visit or a survey. */
const MEETING_WORDS = 'demo|demonstration|walk ?through|meeting|consultation|(?:design |project |plan |proposal )?review call|demostracion|presentacion|cita|reunion|consulta';
// ("¿Le gustaría que un técnico fuera a ver su techo?": a visit offered in Spanish words.)
const MEETING_OFFER = new RegExp(`\\b(?:${MEETING_WORDS}|site visit|visit|survey|(?:site|home|roof|energy) assessment|assessment|inspection|visita|(?:fuera|vaya|pase|venga) a (?:ver|revisar|medir))\\b`);
const liveContactCue = (f: string) => [...f.matchAll(new RegExp(CONTACT_CUE.source, 'g'))].some((m) => !refusedAt(f, m.index ?? 0));
/** A date something happens on, not a time to be reached: "we won't need the account after March 31st". */
const EVENT_DATE = /\b(?:after|until|till|through|end(?:s|ed|ing)?|expir\w*|renew\w*|cancel\w*|clos\w*|starting|effective|since|due|need (?:the|our|my) (?:account|plan|subscription))\b/;

/**
 * A predicate that dates an event rather than a contact: "we're ending our contract at the end of
 * March", "I open my second location March first", "it will be live before March first", "my
 * deadline's tomorrow", "if you sign before the end of the month", "el viernes le cae su bono", "que la
 * última sea la del veintidós de diciembre".
 */
const EVENT_PREDICATE =
  /\b(?:end(?:s|ed|ing)?|expir\w*|renew\w*|clos(?:e|es|ed|ing)|(?<!\b(?:i'm|i am|im|we're|pretty|wide|be|is)\s)open(?:s|ed|ing)?|launch\w*|(?:go(?:es|ing)?|be|is|are) live|sign(?:s|ed|ing)?|due|deadline|effective|start(?:s|ed|ing)?|install\w*|ship(?:s|ped|ping)?|deliver\w*|arriv\w*|payday|(?:goes|will go|is going(?: to go)?) out|(?:went|came) (?:out|through) on|(?:will be|gets|will get|to get|to be) (?:paid|issued|processed|deposited)|pays? out|payroll|leaving (?:that|this|the|my) (?:job|company|position|role|office)|bounc(?:e|es|ing)|vence|termin[ao]\w*|cierr[ao]\w*|empiez\w*|inaugur\w*|lleg(?:a|an|ar[aá]n?|ue|uen)|depositan|deposita|(?:le|les|te) (?:cae|caen|caer[aá]n?)|(?:la|el|los|las) [uú]ltim[ao]s?|a partir de)\b/;
/** A time said as a deadline: "before March first", "by the end of the month", "antes del viernes". */
const DEADLINE_BEFORE = /\b(?:before|by|until|till|no later than|ahead of|antes del?|hasta el)\s+(?:the\s+|el\s+)?$/;
/** "¿Para el primero de mayo?": "para" dates a deadline where no booking is moved or made before it ("pásela para el viernes" moves one). */
const PARA_DEADLINE = /^(?:(?!\b(?:p[aá]s|pase|m[uú][eé]v|mov|cambi|recorr|dej|pon|agend|program|reprogram|apunt|anot|llam|marc|cit|quedamos|queda)\w*)[^])*\bpara\s+(?:el\s+)?$/;

/** Words set off between two dashes, in the middle of a sentence. */
const DASH_ASIDE = /\s[\u2014\u2013]\s[^\u2014\u2013]*\s[\u2014\u2013]\s/g;

/**
 * The clause that holds a time dates an event (or a deadline) and names no contact: a date things
 * happen on, not a time to be reached. "Call me before Friday" keeps its contact.
 */
function timeDatesEvent(sentence: string, timeText: string): boolean {
  // "Can somebody call me — on my cell, this one, not the house — next Wednesday at ten?": an aside
  // between dashes is not a clause of its own.
  // (Read as the time was: "el primero de mayo" is the "1 de mayo" the parser read.)
  const f = foldAccents(normaliseTimeWords(sentence)).replace(DASH_ASIDE, ' ');
  const spokenFirst = (foldAccents(timeText).split(/\s+/)[0] ?? '').replace(/[^\p{L}\p{N}'-]/gu, '');
  // ("On the second" is read as "December 2nd": the month was never said, the day was.)
  const dayOnly = foldAccents(timeText).match(/^(?:january|february|march|april|may|june|july|august|september|october|november|december) (\d{1,2}(?:st|nd|rd|th))$/i);
  const first = dayOnly && !wholeWord(spokenFirst).test(f) ? dayOnly[1] : spokenFirst;
  // "I take her Tuesday class": a weekday naming a standing class or shift, not a day to call.
  if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/i.test(first) && new RegExp(`(?<![\\p{L}])${first}s?\\s+(?:morning |night |evening |afternoon )?(?:class|classes|group|league|practice|lessons?|yoga|club|mass|service|shift|route|crew|game|market|potluck|bingo|run)\\b`, 'iu').test(f)) return true;
  const clauses = f.split(/(?<=:)|,|;|\band\b|\bbut\b|\bthen\b|\bif\b|\bbecause\b|\bso\b|\by\b|\bpero\b|\bsi\b/);
  // The clause that holds the time's first word as a word ("on Friday" is not in "One, I'm leaving").
  const asWord = first ? wholeWord(first) : null;
  const at = clauses.findIndex((c) => asWord != null && asWord.test(c));
  if (at < 0) return false;
  // "I'll flag the deadline: tomorrow at four": what the colon names the time as belongs to it.
  const clause = at > 0 && clauses[at - 1].endsWith(':') && clauses[at].trim().startsWith(first) ? `${clauses[at - 1]} ${clauses[at]}` : clauses[at];
  // "I have Tuesday the seventeenth at ten a.m. Pacific open": a slot offered, no event.
  if (/^\s*(?:i|we) (?:have|'ve got|got|do have)\b[^?!]{0,80}\b(?:open|available|free)\s*[.?!]?\s*$/.test(f)) return false;
  // "My old email goes away at the end of the month": the address ends, no one is reached.
  if (/\b(?:email|e-mail|address|number|phone|line|account)\s+(?:\w+\s+)?(?:goes away|go away|expires?|shuts? (?:off|down)|stops? working|ends|closes|dies|will die|goes dead|gets? (?:shut off|cut off|deactivated|closed)|will be (?:closed|gone|deactivated|shut off))\b/.test(clause)) return true;
  // (Where the time's first word stands as a word: the "en" of "en diez minutos", not of "tengo".)
  const before = clause.slice(0, Math.max(0, clause.search(asWord!)));
  // "About the crew you sent out Thursday": what someone did that day, whatever contact the clause asks for.
  if (DONE_ON_THE_DAY.test(before)) return true;
  // "I'm calling about the outage on the twenty-second": the day of the thing the call is about.
  if (/\b(?:about|regarding) (?:the|that|this|your|my|our) (?:[\p{L}-]+\s+){1,3}(?:on|from)\s+(?:the\s+)?$/u.test(before)) return true;
  // "Make sure nobody shows up with a truck on the second": what no one is to do that day.
  if (/\b(?:nobody|no one|no-one|nadie)\b/.test(before)) return true;
  // ("Email's best... I'm filing next week, so sooner is better": the caller's deadline, whatever channel the clause names.)
  if (OWN_EVENT_BEFORE.test(before)) return true;
  // ("I need twelve pages for a meeting at three": the caller's own meeting, what something is needed for.)
  if (/\bfor (?:a|an|my|the|our) (?:[\p{L}-]+\s+)?(?:meeting|class|appointment|interview|presentation|flight|hearing|closing|showing)\s+(?:at\s+|on\s+)?$/u.test(before)) return true;
  if (liveMatch(clause, CONTACT_ACT) || liveMatch(clause, CHANNEL_WORD)) return false;
  // "Tengo un showing en diez minutos", "I've got a client at three": the caller's own appointment.
  return EVENT_PREDICATE.test(clause) || DEADLINE_BEFORE.test(before) || PARA_DEADLINE.test(before) || OWN_APPOINTMENT_BEFORE.test(before);
}

/** Someone's past act right before the time: "the crew you sent out Thursday", "they came Saturday", "your technician came out Tuesday", "the app people fixed it the next day", "when I called Friday", "I called about it on the twentieth". */
const DONE_ON_THE_DAY = /\b(?:you|they|he|she|we|y'all|it|(?:your|the|our) (?:[\w-]+ )?(?:technician|tech|installer|crew|rep|guy|guys|team|inspector|people|folks))(?: guys| all| folks)? (?!(?:scheduled|booked|planned|rescheduled|moved|pushed|called|emailed|texted)\b)(?:[a-z]+ed|sent|came|went|left|did|saw|got|told|said|took|made|brought|showed)(?: (?:out|over|up|in|by|back|down|here))?(?: (?:it|that|them|the \w+))?\s+(?:on\s+|last\s+|this\s+past\s+|the\s+)?$|\bwhen (?:i|we) (?:[a-z]+ed|came|went|spoke)\s+(?:on\s+|last\s+)?$|\b(?:i|we) (?:called|emailed|texted|wrote|phoned|rang)(?: (?:about (?:it|this|that)|you|y'all|in|again|back))*\s+(?:on\s+)?(?:the\s+)?$/;
/** A meeting held by phone or in person: what a read-back puts at the time, not a message sent. */
const MEETING = /\b(?:demo|meeting|appointment|consult\w*|walk ?-?through|site visit|survey|demostraci[oó]n|reuni[oó]n|cita)\b/i;
/** The caller's own engagement right before its time: "I have a meeting", "tengo una cita". */
/** "I'm filing next week", "we go to press Friday", "we meet on the thirtieth": the caller's own deadline or meeting, no time to be reached at. */
const OWN_EVENT_BEFORE = /\b(?:i'm|i am|we're|we are|i'll be|we'll be)\s+(?:filing|publishing|going to press|on deadline|meeting)\s+(?:on\s+)?(?:the\s+)?$|\b(?:we|i|they) (?:go|goes|file|publish|meet|vote|decide) (?:to press )?(?:on\s+)?(?:the\s+)?$/;
const OWN_APPOINTMENT_BEFORE = /\b(?:i have|i've got|i got|we have|we've got|tengo|tenemos)\s+(?:a|an|another|un|una|otra|otro|my|mi)\s+(?:[\p{L}-]+\s+){1,2}$/u;

/**
 * "Just so you know, if I get one more text after nine p.m., I'm unsubscribing": the time sits in the
 * clause of a condition ("if" up to its comma), so it names when something would happen, not a time
 * to be reached. "If you could, call me at three" is a polite request.
 */
function insideCondition(text: string, ref: string, zone: string): boolean {
  const plain = withoutClockDots(text);
  // (Polite asks are no conditions: "if you could call me", "si me pueden llamar el lunes", and "he said
  // if y'all called to have you try him Saturday morning", where the call it supposes is this one.)
  const m = /\b(?:if|si) (?!you (?:could|can|would|'d|want)|(?:it's|it is) (?:ok|okay|easier|better)|usted (?:puede|pudiera|quiere)|(?:me|nos) (?:pueden|puede|podr[ií]an|podr[ií]a) (?:llamar|marcar|hablar|escribir|mandar)|(?:you|y'all)(?: guys| all| folks)? called\b)[^,.;?!]*/i.exec(plain);
  if (!m) return false;
  const rest = plain.slice(0, m.index) + plain.slice(m.index + m[0].length);
  return resolveSpokenTime(m[0], ref, zone) != null && resolveSpokenTime(rest, ref, zone) == null;
}

/**
 * "When would you like the plan to end?": the agent asks when something of the caller's ends or
 * starts, not when to reach them; the answer ("January thirty-first") dates that.
 */
function asksWhenEventHappens(question: string): boolean {
  const q = foldAccents(question);
  const ask = q.split(/(?<=[.!])\s+/).find((x) => /\?\s*$/.test(x) && ASKS_WHEN.test(x));
  return ask != null && EVENT_PREDICATE.test(ask) && !liveMatch(ask, CONTACT_ACT) && !liveMatch(ask, CHANNEL_WORD) && !MEETING_OFFER.test(ask);
}

/** "Do you know the exact date?", "what's the closing date?": the date of an event asked for. */
const DATE_QUESTION = /\b(?:do you (?:know|have)|what(?:'s| is)|when(?:'s| is)) (?:the|your) (?:exact |closing |effective |end |start |move(?:-in|-out)? |install(?:ation)? )?date\b/;

/** The agent's question asks when something happened or happens, not when to reach the caller. */
function notAboutContact(question: string): boolean {
  const q = foldAccents(question);
  return PAST_QUESTION.test(q) || DATE_QUESTION.test(q) || asksWhenEventHappens(question);
}

/**
 * The caller's words name a time to be contacted, not a date things happen on: a live contact cue,
 * an answer to the agent's "when suits you?" (not to "how can I help?"), an agent repeating it as a
 * contact, or a bare fragment that is little more than the time ("Tuesday at eleven.").
 */
function asksForContact(ctx: ClassifyContext, c: Sentence, agent: Sentence): boolean {
  const f = foldAccents(c.text);
  if (liveContactCue(f)) return true;
  const before = ctx.call.transcript[c.turn - 1];
  const pastQuestion = before?.speaker === 'agent' && notAboutContact(before.text);
  if (before?.speaker === 'agent' && !pastQuestion && ASKS_WHEN.test(fold(before.text))) return true;
  // A time given in answer to the agent's offer of a demo or a meeting is when it happens.
  if (before?.speaker === 'agent' && !pastQuestion && /\?\s*$/.test(before.text.trim()) && MEETING_OFFER.test(foldAccents(before.text))) return true;
  if (pastQuestion) return false;
  // An answer to the agent's offer of a call ("¿Quiere que él la llame?" - "Sí, pero hoy no. El lunes
  // a las once"; "Want me to have her call you?").
  if (agentOffersContact(before)) return true;
  // The agent's repetition says it is a contact ("mañana a las cuatro le llama un especialista"),
  // unless the caller's words date an event.
  if (liveContactCue(foldAccents(ctx.call.transcript[agent.turn]?.text ?? agent.text)) && !EVENT_DATE.test(f)) return true;
  // "Can we push it? Tuesday the 16th, early — eight thirty in the morning?": the new time of a booking moved.
  if (ctx.caller.some((x) => x.turn === c.turn && MOVE_ASKED.test(fold(x.text)))) return true;
  return f.split(/\s+/).length <= 8;
}

/** The caller asks to move a booking: "can we push it?", "move the consult", "pásela al jueves". */
const MOVE_ASKED = /\b(?:push|move|bump|shift|reschedule|change) (?:it|that|this|the (?:\w+ )?(?:call|consult\w*|demo|meeting|appointment|visit|survey))\b|\bcan we (?:push|move|bump)\b/;

/**
 * The time both sides said: the agent repeating back a time the caller just gave ("Tuesday at
 * eleven." - "Tuesday at 11 a.m. Eastern, booked.") is an agreement, whatever the words around it
 * and in any language. When the call agrees on a time more than once, the last agreement stands
 * (the caller changed the day).
 */
function agreedTime(ctx: ClassifyContext, ref: string, zone: string): { r: ResolvedTime; caller: Sentence; agent: Sentence } | null {
  let last: { r: ResolvedTime; caller: Sentence; agent: Sentence } | null = null;
  for (const a of ctx.agent) {
    // "Monday, March 15th at 1:30 PM Mountain. Just a heads-up, the clocks change this weekend, so
    // that's 1:30 on the new time.": the turn's first read-back is the agreement, the rest remarks.
    if (last && last.agent.turn === a.turn) continue;
    // ("I'll make a note of the Sunday call" after "On a Sunday.": a past call named, not a time read back.)
    const ra = tryResolve({ ...a, text: a.text.replace(CALL_NOTED_SAID, ' ') }, ref, zone);
    // ("If you walk over in five minutes they should have it ready": the time of a condition, no read-back.)
    if (!ra || Date.parse(ra.at) <= Date.parse(ref) || timeDatesEvent(a.text, ra.text) || HOUR_KEPT_OFF.test(fold(a.text)) || insideCondition(a.text, ref, zone)) continue;
    // The caller corrects a read-back and the agent reads the corrected time back ("Thursday at two
    // Central..." - "No, three. Three." - "Thursday at three p.m. Central." - "That's it."): the
    // corrected read-back, once the caller confirms it, is the agreement.
    const next = ctx.call.transcript[a.turn + 1];
    const correction = ctx.call.transcript[a.turn - 1];
    const corrected = ctx.call.transcript[a.turn - 2];
    if (
      correction?.speaker === 'caller' && /^(?:no|nope|actually|sorry)\b/.test(stripFillers(foldAccents(correction.text).trim())) &&
      (saysHourOnly(correction.text) || tryResolve({ turn: a.turn - 1, speaker: 'caller', text: correction.text }, ref, zone)) &&
      corrected?.speaker === 'agent' && tryResolve({ turn: a.turn - 2, speaker: 'agent', text: corrected.text }, ref, zone) &&
      next?.speaker === 'caller' && AFFIRM.test(stripFillers(fold(next.text).trim()))
    ) {
      const confirmation = ctx.caller.find((c) => c.turn === a.turn + 1);
      if (confirmation) {
        last = { r: ra, caller: confirmation, agent: a };
        continue;
      }
    }
    const said = ctx.caller.filter((c) => c.turn < a.turn && c.turn >= a.turn - 2 && !OLD_TIME.test(fold(c.text)) && !HABITUAL.test(fold(c.text)) && !TODAY_ONLY.test(fold(c.text)));
    // The caller's turn read whole as well: "Monday? After my class. Say seven-fifteen at night."
    const wholeTurns = [...new Set(said.map((c) => c.turn))].map((t) => ({ turn: t, speaker: 'caller' as const, text: ctx.call.transcript[t].text }));
    for (const c of [...said, ...wholeTurns]) {
      if (!asksForContact(ctx, c, a)) continue;
      // "...sus trescientos dólares le llegan el viernes." - "¿Este viernes?": the caller asks back
      // about the day the agent dated an event, not for a time to be reached.
      if (echoesEventDay(ctx, c, ref, zone)) continue;
      // The same day is agreement: the agent's time is the sharper one ("Thursday morning?" -
      // "Thursday at 8 a.m., we'll call you then").
      const rc = tryResolve(c, ref, zone);
      // ("If I get one more call before eight a.m., my attorney..." - "I'll note that you shouldn't be
      // called before 8 AM": a condition, and an hour kept off, not a time to call.)
      if (rc && (timeDatesEvent(c.text, rc.text) || insideCondition(c.text, ref, zone))) continue;
      // The same day, or the same hour the agent then puts on the day agreed a turn before
      // ("¿Se puede el jueves?" - "¿A qué hora?" - "A las tres." - "Jueves a las tres.").
      // ("She'll be back around five-thirty. Try her at six." - "Six this evening": of the caller's
      // times that day, the one the agent reads back is the one agreed.)
      if (rc && rc.local.hasSame(ra.local, 'day') && sharpness(rc.text) > sharpness(ra.text) && !sameClock(rc, ra) && said.some((x) => x !== c && sameClock(tryResolve(x, ref, zone), ra))) continue;
      if (rc && (rc.local.hasSame(ra.local, 'day') || (saysHourOnly(c.text) && rc.local.hour === ra.local.hour && rc.local.minute === ra.local.minute && ra.local > rc.local))) {
        // Unless only the caller's words hold the clock time ("Monday at eleven?" - "Monday works.").
        // ("Seven-fifty." - "A consultant will call you back in about an hour.": an offset is as sharp.)
        const callerSharper = rc.local.hasSame(ra.local, 'day') && sharpness(rc.text) > sharpness(ra.text) && !ra.offset;
        const r = callerSharper ? rc : ra;
        // A later sentence that names the same day without its hour ("Tuesday at 8 AM Arizona time.
        // I'll cancel Friday and call you Tuesday.") keeps the hour read back before it.
        // ("Monday morning." ... "Talk to you Monday, Walt.": the part of the day counts as well.)
        const vaguer = last != null && last.r.local.hasSame(r.local, 'day') && sharpness(last.r.text) > sharpness(r.text);
        // "Tuesday, March 16th, at 4:30" ... "Four thirty is four thirty?" - "Yes, 4:30 your local
        // time.": the same hour said again without its day keeps the day agreed.
        // ("Tomorrow at seven thirty a.m." ... "Seven thirty." - "Seven thirty. Noted.": an hour said
        // without a.m. or p.m. is the one agreed, whichever half of the day the parser put it in.)
        const halfUnsaid = !/\b(?:am|pm|a\.m\.|p\.m\.|morning|evening|night|afternoon|noche|tarde|mañana)\b/i.test(`${r.text} ${c.text} ${a.text}`);
        const sameHourAgain = last != null && saysHourOnly(r.text) && (r.local.hour === last.r.local.hour || (halfUnsaid && r.local.hour % 12 === last.r.local.hour % 12)) && r.local.minute === last.r.local.minute;
        if (!vaguer && !sameHourAgain) last = { r, caller: c, agent: a };
        break;
      }
    }
  }
  return last;
}

/** Two readings at the same hour and minute of the same day. */
function sameClock(a: ResolvedTime | null, b: ResolvedTime): boolean {
  return a != null && a.local.hasSame(b.local, 'day') && a.local.hour === b.local.hour && a.local.minute === b.local.minute;
}

/** "You shouldn't be called before 8 AM", "no calls before nine": an hour kept off, not one agreed. */
const HOUR_KEPT_OFF = /\b(?:shouldn't|should not|won't|will not|not|never) be (?:called|contacted|texted|phoned)\b|\bno (?:more )?(?:calls|contact|texts) (?:before|after)\b/;

/** A caller's question about the day the agent's turn just before dated an event ("¿Este viernes?"). */
function echoesEventDay(ctx: ClassifyContext, c: Sentence, ref: string, zone: string): boolean {
  const before = ctx.call.transcript[c.turn - 1];
  if (!/\?\s*$/.test(c.text) || before?.speaker !== 'agent') return false;
  const asked = tryResolve(c, ref, zone);
  if (!asked) return false;
  // (The same day asked back; "¿La podemos mover al lunes?" after "just the Thursday visit" asks for another.)
  // ("I'll mark Naomi's referral as approved right now, and your reward will go out on Friday." -
  // "Friday? This Friday?": each sentence and clause of the turn read, not only the turn's first time.)
  const parts = [before.text, ...splitSentences(before.text).flatMap((x) => [x, ...x.split(/,\s*(?:and|so|but|y|pero)\s+/i)])];
  return parts.some((text) => {
    const said = tryResolve({ turn: c.turn - 1, speaker: 'agent', text }, ref, zone);
    return said != null && asked.local.hasSame(said.local, 'day') && timeDatesEvent(text, said.text);
  });
}

/**
 * The zone named where the time was agreed: the agent's read-back ("Thursday at 3 p.m. Mountain"),
 * then the caller's sentence with the time, then the rest of the caller's turn, nearest first. It
 * beats a zone said elsewhere in the call ("my brother-in-law is out in Phoenix"; "I'm not in
 * Detroit right now ... do it on Denver time").
 */
function zoneOfAgreement(ctx: ClassifyContext, request: FollowUpRequest): { zone: string; evidence: Evidence } | null {
  const quoted = request.evidence.filter((e) => e.field === 'followUp');
  const bySpeaker = (speaker: 'agent' | 'caller') => quoted.filter((e) => ctx.call.transcript[e.turn]?.speaker === speaker);
  // The caller's answer to a read-back corrects it ("Tuesday at 10 a.m. Eastern?" - "Central.").
  const answers = bySpeaker('agent')
    .map((e) => ctx.caller.find((c) => c.turn === e.turn + 1))
    .filter((c): c is Sentence => c != null)
    .map((c) => ({ field: 'followUp', quote: c.text, turn: c.turn }));
  for (const e of [...answers, ...bySpeaker('agent'), ...bySpeaker('caller')]) {
    const sentences = (ctx.call.transcript[e.turn].speaker === 'agent' ? ctx.agent : ctx.caller).filter((s) => s.turn === e.turn);
    const at = Math.max(0, sentences.findIndex((s) => e.quote.includes(s.text) || s.text.includes(e.quote)));
    const nearestFirst = [...sentences].sort((a, b) => Math.abs(sentences.indexOf(a) - at) - Math.abs(sentences.indexOf(b) - at));
    for (const s of nearestFirst) {
      if (s.speaker === 'agent' && BUSINESS_HOURS.test(fold(s.text))) continue;
      const zone = zoneInText(s.text);
      if (zone) return { zone, evidence: evidence('followUp.timezone', s) };
    }
  }
  return null;
}

/**
 * A contact aimed at the caller (or, in the agent's words, at "you"): "call me", "I'll ring you",
 * "give me a call", "get back to me", a demo or a meeting, "llámeme", "le marcamos". "Your reps are
 * calling the people I refer at seven" and "llamé el miércoles" are not.
 */
const CONTACT_ACT = new RegExp(
  [
    String.raw`\b(?:call|ring|phone|text|email|e-mail|message|reach|contact|ping|buzz|try)\s+(?:me|us|you)\b`,
    // "She's at her mom's tonight. Try her tomorrow evening": someone answering for the one we called.
    String.raw`\btry\s+(?:her|him|them)\b`,
    // "If someone calls, make it Thursday at ten": the call that is asked for, supposed.
    // ("So whoever calls— tomorrow at eight a.m., Hawaii time": the same, said of whoever it will be.)
    String.raw`\b(?:someone|somebody|anyone|anybody|whoever)(?: from [\w-]+(?: [\w-]+)?)? calls\b`,
    // "Just confirming your design review Thursday." - "Could we do Friday? Same time?": a booking moved.
    String.raw`\b(?:could|can|shall) we (?:do|make it|move it to|push it to|switch (?:it )?to)\b`,
    String.raw`\b(?:give|send|drop|shoot)\s+(?:me|us|you)\s+(?:a\s+)?(?:call|ring|text|email|e-mail|line|buzz|shout)\b`,
    String.raw`\b(?:call|calling|get|getting|circle|circling|come|coming)\s+(?:me\s+|you\s+|us\s+)?back\b|\bcallback\b|\bcall-back\b`,
    String.raw`\bget\s+back\s+(?:to\s+)?(?:me|you|us)\b|\bfollow(?:ing)?[- ]?up\b|\btouch base\b|\bcheck(?:ing)? in\b|\bget in touch\b|\breach out\b`,
    // ("Monday at 8:30 a.m. Central, a roof walk with your facilities manager": a visit booked on site.)
    String.raw`\b(?:talk|speak|chat|meet|connect)\b|\b(?:demo|demonstration|walk ?-?through|meeting|consultation|consult|appointment|call|roof walk|site (?:visit|walk))\b`,
    String.raw`\b(?:ll[aá]m|m[aá]nd|escr[ií]b|m[aá]rc|m[aá]rqu|cont[aá]ct|h[aá]bl)\w*(?:me|nos|le|la|lo)\b`,
    String.raw`\b(?:me|nos|le|la|lo|les)\s+(?:\w+\s+)?(?:llam|marc|marqu|escrib|contact|habl|regres)\w*`,
    String.raw`\b(?:demostraci[oó]n|cita|reuni[oó]n|presentaci[oó]n|llamada)\b`,
    // The number the call goes to: "on this number?", "¿A este mismo número?"
    String.raw`\b(?:at|on|to) (?:this|that|the same) (?:same )?(?:number|line|cell)\b|\b(?:a|al) (?:este|ese) (?:mismo )?(?:n[uú]mero|celular|tel[eé]fono)\b`,
  ].join('|'),
  'gi',
);

/** A channel said with the time ("email it Friday morning", "by text"), in either language; a phone booth is a room. */
const CHANNEL_WORD = /\b(?:call(?:ing|ed)?|ring|phone(?! ?booths?\b)|text(?:ing)?|e-?mail(?:ing)?|sms|whatsapp|correo|mensaje|llam\w+|escr[ií]b\w+|m[aá]nd\w+)\b/gi;

/**
 * Global, for matchAll; negated matches ("don't call me") do not count. Across the whole call only
 * the words of a meeting count: "the quarterly visit" of a plan being ended is no appointment agreed.
 */
const MEETING_OFFER_G = new RegExp(`\\b(?:${MEETING_WORDS})\\b`, 'g');
const liveMatch = (f: string, re: RegExp) => [...f.matchAll(re)].some((m) => !refusedAt(f, m.index ?? 0));

/** The agent's turn ends offering a contact, not asking about a past one: "Would you like him to call you?" */
function agentOffersContact(turn: { speaker: string; text: string } | undefined): boolean {
  if (turn?.speaker !== 'agent' || !/\?\s*$/.test(turn.text.trim())) return false;
  const question = foldAccents(splitSentences(turn.text).at(-1) ?? turn.text);
  return CONTACTS_YOU.test(question) && !negatedAt(question, question.search(CONTACTS_YOU)) && !PAST_OR_NOT.test(fold(question)) && !PASADO.test(question);
}
/** A contact aimed at the caller in the agent's words: "call you", "have her call you", "que él la llame". */
const CONTACTS_YOU = /\b(?:call|ring|phone|text|email|e-mail|reach|contact|get back to|follow up with)\s+you\b|(?<![\p{L}])(?:la|lo|le)\s+(?:\p{L}+\s+)?(?:llam|marc|marqu|contact|escrib)\p{L}*|(?<![\p{L}])(?:llamarl|marcarl|contactarl|escribirl)[ea](?![\p{L}])/iu;

/** Does the call tie this time to contact with the caller, not to an event (a deadline, a closing, an install)? */
function timeIsForContact(ctx: ClassifyContext, request: FollowUpRequest): boolean {
  // The turns that hold the time and the two before and one after each (where "Want to see it in
  // action? I can have someone walk you through it." sets up "Sometime next week is good.").
  const turns = [...new Set(request.evidence.filter((e) => e.field === 'followUp').flatMap((e) => [e.turn - 2, e.turn - 1, e.turn, e.turn + 1]))].filter((t) => t >= 0);
  for (const t of turns) {
    const turn = ctx.call.transcript[t];
    if (!turn) continue;
    const f = foldAccents(turn.text);
    if (liveMatch(f, CONTACT_ACT) || liveMatch(f, CHANNEL_WORD)) return true;
    // An answer to the agent's "when suits you?" or to an offer of a demo.
    const before = ctx.call.transcript[t - 1];
    if (turn.speaker === 'caller' && before?.speaker === 'agent' && !notAboutContact(before.text) && (ASKS_WHEN.test(fold(before.text)) || MEETING_OFFER.test(foldAccents(before.text)))) return true;
  }
  // A call about a demo or a meeting: the time agreed is when it happens.
  return liveMatch(foldAccents(ctx.call.transcript.map((x) => x.text).join(' \n ')), MEETING_OFFER_G);
}

/** Words that call a time off: "Cancel Thursday.", "Thursday's cancelled.", "cancelar la del martes". */
const CALLED_OFF = /\b(?:cancel(?:led|ed)?|call(?:ed)? off|scrap|scrapped|cancelar|cancelada|cancelado|cancele|canceló)\b/;

/** A later turn of the call calls off the day the follow-up was read from. */
function calledOffLater(ctx: ClassifyContext, request: FollowUpRequest): boolean {
  const from = Math.max(...request.evidence.filter((e) => e.field === 'followUp').map((e) => e.turn));
  const at = DateTime.fromISO(request.at, { zone: request.timezone });
  return ctx.call.transcript.slice(from + 1).some((t, k) => {
    if (!CALLED_OFF.test(foldAccents(t.text)) || /\b(?:not|don't|no)\s+cancel/.test(fold(t.text))) return false;
    const r = tryResolve({ turn: from + 1 + k, speaker: t.speaker, text: t.text }, ctx.call.endedAt, request.timezone);
    return r != null && r.local.hasSame(at, 'day');
  });
}

/** A refusal at the head of a reply: "No.", "[sighs] No. I don't—", "Nah", "No, gracias". */
const REFUSAL_HEAD = /^(?:\[[^\]]*\]\s*)?(?:no|nah|nope|not really|please don't|mejor no)\b(?!\s*(?:problem|worries|,?\s*(?:that's|that|yes|yeah|perfect|great|good|fine|wait|sorry|i mean)\b))/;

/**
 * "Call me again tomorrow at seven, that'd be wonderful" - "Would you like me to schedule a call
 * for tomorrow at seven?" - "No.": the agent's question puts the time to the caller, who turns it down.
 */
function refusedWhenAsked(ctx: ClassifyContext, request: FollowUpRequest): boolean {
  const from = Math.min(...request.evidence.filter((e) => e.field === 'followUp').map((e) => e.turn));
  const at = DateTime.fromISO(request.at, { zone: request.timezone });
  const turns = ctx.call.transcript;
  return turns.some((t, i) => {
    if (i < from || t.speaker !== 'agent' || turns[i + 1]?.speaker !== 'caller' || !REFUSAL_HEAD.test(fold(turns[i + 1].text).trim())) return false;
    // ("¿... hora de San Antonio?" - "No, no, hora del centro de México.": a correction, not a refusal.)
    const reply = turns[i + 1];
    if (/\b(?:hora|time|eastern|central|pacific|mountain|zone|horario)\b/.test(fold(reply.text)) || tryResolve({ turn: i + 1, speaker: reply.speaker, text: reply.text }, ctx.call.endedAt, request.timezone) != null) return false;
    // (The time must be in the question itself: "Tomorrow afternoon, Friday. Anything else?" - "Nope." refuses nothing.)
    const question = splitSentences(t.text).at(-1) ?? '';
    if (!/\?\s*$/.test(question)) return false;
    const r = tryResolve({ turn: i, speaker: t.speaker, text: question }, ctx.call.endedAt, request.timezone);
    return r != null && r.local.hasSame(at, 'day');
  });
}

export function detectFollowUp(ctx: ClassifyContext): FollowUpRequest | null {
  const named = callerZone(ctx);
  const first = followUpIn(ctx, named);
  if (!first || !timeIsForContact(ctx, first)) return null;
  // "I think Jess set up a call for Thursday?" ... "Cancel Thursday." - "Thursday's cancelled.": the
  // time is called off later in the call.
  if (calledOffLater(ctx, first) || refusedWhenAsked(ctx, first)) return null;
  // "Call me in the afternoon, not the morning... After one o'clock is good, any day": a standing
  // preference (rule 6's preferred contact), not one time to call, when no words name a day.
  const anyDay = ctx.caller.some((c) => /\bany ?day\b|\bcualquier d[ií]a\b/.test(fold(c.text)));
  if (anyDay && !first.evidence.some((e) => DAY_NAMED.test(fold(e.quote)))) return null;
  // "Evenings. After five-thirty I'm in the truck." - "I'll switch your contact preference from
  // afternoons to evenings": the agent files a standing preference, and no words name a day.
  // ("Listo, cambio su preferencia a llamadas por la tarde": the same, in Spanish.)
  const preferenceFiled = ctx.agent.some((a) => (/\b(?:contact|call(?:ing)?|callback) (?:preference|window|time)s?\b|\bpreferred (?:contact |call(?:ing)? )?(?:time|window)\b/.test(fold(a.text)) && /\b(?:switch|chang|updat|set|mov|not|mark)\w*\b/.test(fold(a.text))) || /\b(?:cambi|actualiz|anot|pon|dej|registr)\w* (?:su |la )?preferencia\b/.test(fold(a.text)));
  if (preferenceFiled && !first.evidence.some((e) => DAY_NAMED.test(fold(e.quote)))) return null;
  const agreed = zoneOfAgreement(ctx, first);
  return agreed && agreed.zone !== first.timezone ? (followUpIn(ctx, agreed) ?? first) : first;
}

function followUpIn(ctx: ClassifyContext, { zone, evidence: zoneEv }: { zone: string; evidence: Evidence | null }): FollowUpRequest | null {
  const { call } = ctx;
  const ref = call.endedAt;
  const turns = call.transcript;
  const agreed = agreedTime(ctx, ref, zone);
  if (agreed) {
    // The channel the read-back names ("we'll email you tomorrow morning") when the caller's words
    // name none but a call: the agreement is the agent's words the caller took.
    // The caller's turn read whole names its channels in several sentences: the sentence that holds
    // the time, else the one nearest it, says which.
    const timeSentence = ctx.caller.find((c) => c.turn === agreed.caller.turn && agreed.caller.text.includes(c.text) && tryResolve(c, ref, zone) != null);
    // ("Tuesday at eleven-thirty, Pacific. And can you send the invite to my new email?" - "So: demo
    // moved to Tuesday... invite to theo@nakamura.studio": the demo the read-back puts at the time is
    // held by phone; the invite is only sent by email.)
    const meetingAtTime = MEETING.test(clauseWithTime(agreed.agent.text, agreed.r.text) ?? '');
    // ("Tomorrow morning. Email me first thing tomorrow morning": the time said alone, then again in a
    // sentence of the same turn that names the channel.)
    const again = timeSentence && !NAMES_CHANNEL.test(fold(timeSentence.text)) ? ctx.caller.find((c) => c.turn === timeSentence.turn && c !== timeSentence && NAMES_CHANNEL.test(fold(c.text)) && tryResolve(c, ref, zone)?.at === agreed.r.at) : undefined;
    const callerChannel = again ? (asksForACall(again.text) ? 'phone' : channelOfTime(again.text, agreed.r.text)) : timeSentence && timeSentence.text !== agreed.caller.text && !NAMES_CHANNEL.test(fold(timeSentence.text)) ? (meetingAtTime ? 'phone' : channelNamedNear(ctx.caller, timeSentence)) : channelOfTime(agreed.caller.text, agreed.r.text);
    const agentChannel = writtenChannel(agreed.agent.text, agreed.r.text);
    // "Llámenme el jueves en la mañana" read back as "Le quito los mensajes de texto, y le marcamos el
    // jueves": a call the caller asked for in so many words is not overruled by the read-back.
    const callAsked = callerChannel === 'phone' && asksForACall(timeSentence?.text ?? agreed.caller.text);
    const channel = callerChannel !== 'phone' || callAsked ? callerChannel : (agentChannel ?? channelAskedBefore(turns, agreed.caller.turn) ?? channelOfThingSent(turns, agreed.caller.turn, agreed.caller.text) ?? writtenChannelSaidBefore(turns, agreed.caller.turn, agreed.r, ref, zone) ?? callerChannel);
    const ev = [evidence('followUp', agreed.caller), evidence('followUp', agreed.agent)];
    if (zoneEv) ev.push(zoneEv);
    return { at: agreed.r.at, timezone: zone, channel, promise: promiseText(ctx, channel, agreed.r, zone), by: 'caller', evidence: ev };
  }
  const askedCache = new Map<number, boolean>();
  const askedWhen = (t: number): boolean => {
    if (t < 0 || turns[t]?.speaker !== 'agent') return false;
    if (!askedCache.has(t)) askedCache.set(t, (ASKS_WHEN.test(fold(turns[t].text)) && !notAboutContact(turns[t].text)) || agentOffersContact(turns[t]));
    return askedCache.get(t)!;
  };

  // 1. Caller turns: a time with a contact cue, or any time right after the agent asked when.
  for (const s of ctx.caller) {
    const f = fold(s.text);
    // "Can someone actually call me? In like an hour and a half?": the time said as a fragment right
    // after the caller's own ask, which named none, answers it as an answer to "when?" would.
    const prevSame = ctx.caller[ctx.caller.indexOf(s) - 1];
    const timeAfterAsk = prevSame?.turn === s.turn && f.trim().split(/\s+/).length <= 7 && asksForACall(prevSame.text) && !tryResolve(prevSame, ref, zone);
    const asked = askedWhen(s.turn - 1) || timeAfterAsk;
    // Any contact cue that is not negated ("don't call me during my shift, call after 6").
    if (!liveContactCue(f) && !CALL_US.test(f) && !asked) continue;
    if (OLD_TIME.test(f) || HABITUAL.test(f) || (HABITUAL_ES.test(f) && !/\?\s*$/.test(f)) || NARRATED_DAYS.test(f) || ARRIVE_HABITUALLY.test(f) || DEVICE_GOES_OFF.test(f) || REPEATED_EVENT.test(f)) continue;
    if (SARCASTIC_TURN.test(f) || SARCASTIC_TURN.test(fold(turns[s.turn].text))) continue;
    if (TODAY_ONLY.test(f)) continue;
    // "Nomás no le vayan a llamar a las seis de la mañana": an hour refused, with its part of the day.
    if (/\bno (?:me|nos|la|lo|le|les) (?:vayan? a )?(?:llam|marc|escrib|habl)\w* (?:a las|antes de|en la|por la)\b/.test(f)) continue;
    // "I called to tell you about Saturday.": the day is what the call is about, not when to call.
    if (/\b(?:called|calling|call) to (?:tell|let) you (?:know )?about\b/.test(f)) continue;
    // "No rush, honestly, whenever they get to it, the piece is a few weeks out": no time asked for.
    if (NO_RUSH.test(f) || NO_RUSH.test(fold(turns[s.turn].text))) continue;
    // "And I don't mean tonight specifically, I mean in general": a time named to be set aside.
    if (/\b(?:don't|do not) mean (?:tonight|today|tomorrow|this (?:week|evening|afternoon|morning))\b/.test(f)) continue;
    // "The day you guys text me at six a.m. is the day I unsubscribe": a condition, not a time asked for.
    if (/\bthe (?:day|minute|moment|second) (?:you|they|y'all|somebody|someone)\b/.test(f)) continue;
    // "Who sends a text at six?": a rhetorical question. "I'll look at it tonight", "let me talk to him
    // this weekend": the caller's own plan, not a time to be reached.
    if (/^(?:who|why|what kind of|what sort of)\b[^.!]*\?\s*$/.test(f)) continue;
    // "It's the week after Thanksgiving, I've got three hundred pie orders": when it is now, not when to call.
    // ("It's roofing season down here in about five minutes": when the season starts, not a call.)
    if (/\b(?:it's|it is|this is|we're in) (?:the |this |that )?(?:week|month|day|weekend|season) (?:after|before|of)\b|\b(?:it's|it is|it'll be|we're in) (?:\w+ )?season\b/.test(f)) continue;
    // "If I get one more of those at seven in the morning I'm going to...": a condition, not a time to call.
    // ("So if someone calls, make it Thursday at ten, Hawaii time": the call it supposes is the one asked
    // for, and the time is when to make it.)
    if (/^(?:and,? |but,? |so,? |look,? )?(?:if|si) (?!you (?:could|can|would|'d)|usted (?:puede|pudiera)|(?:someone|somebody|anyone|anybody|you|y'all|they|your \w+)(?: guys| all)? (?:calls?|rings?|reach(?:es)? out|gets? back to me|follows? up)\b[^,.;?!]*,\s*(?:make it|try|call|do it|go for|aim for)\b)/.test(f) && !/\b(?:but|pero)\b/.test(f)) continue;
    // "Call me five more times tonight, why don't you.": sarcasm about being called too often.
    // ("Call me four times tomorrow, why not.": the same.)
    if (/,\s*why (?:don't|do not) (?:you|ya|y'all)\s*[.!?]*\s*$|\b(?:\w+ )?more times\b|,\s*why not\s*[.!?]*\s*$|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+) times (?:tomorrow|today|tonight|a day|an hour)\b/.test(f)) continue;
    if (CALLERS_OWN_PLAN.test(f) && !/\b(?:call|ring|text|email|reach|contact) (?:me|us)\b|\bcall(?:ing)? (?:me )?back\b|\bget back to me\b/.test(f)) continue;
    // "Y yo les vuelvo a llamar la semana que entra", "I'll call you guys back next week": the caller
    // will call us, no one asks to be reached.
    if (CALLER_CALLS_US.test(foldAccents(f)) && !/\b(?:call|ring|text|email|reach|contact) (?:me|us)\b|(?<![\p{L}])(?:me|nos) (?:\p{L}+ )?(?:llam|marc|escrib|contact)/u.test(foldAccents(f))) continue;
    // An answer to "when works?" in fragments ("Wednesday? Three-thirty?") is read as one.
    const turnText = turns[s.turn].text;
    // "Or do they get a call next week from somebody else?": a contact aimed at other people.
    if ((THIRD_PARTY_CONTACT.test(f) || THIRD_PARTY_CONTACT_ES.test(f)) && !/\b(?:me|us)\b/.test(f)) continue;
    // "I actually already met with one of your guys. Saturday. At the house.": a bare day after a
    // sentence of the same turn told in the past dates that past.
    const before = ctx.caller[ctx.caller.indexOf(s) - 1];
    if (before?.turn === s.turn && f.trim().split(/\s+/).length <= 3 && !NAMES_CHANNEL.test(f) && (PAST_OR_NOT.test(fold(before.text)) || PASADO.test(before.text))) continue;
    // ("Yes, but next week. Today's a Friday, my brain is done.": the sentence's own day stands.)
    const own = tryResolve(s, ref, zone);
    const wholeRead = asked && turnText !== s.text && !OLD_TIME.test(fold(turnText)) ? tryResolve({ ...s, text: turnText }, ref, zone) : null;
    const whole = wholeRead && !(own && !own.local.hasSame(wholeRead.local, 'day')) ? wholeRead : null;
    let r = whole ?? own;
    // "I'm filing Tuesday, so if someone could call me back Monday at eleven, that'd be ideal": the
    // first time dates the caller's own event; a later clause that asks for contact names the time.
    if (r && !whole && timeDatesEvent(s.text, r.text)) {
      const asks = s.text.split(/,\s*(?:so|and|but)?\s*/i).slice(1).find((c) => liveMatch(foldAccents(c), CONTACT_ACT) && resolveSpokenTime(c, ref, zone) != null);
      const later = asks ? resolveSpokenTime(asks, ref, zone) : null;
      if (later && !timeDatesEvent(asks!, later.text)) r = later;
    }
    if (!r || timeDatesEvent(whole ? turnText : s.text, r.text) || insideCondition(whole ? turnText : s.text, ref, zone)) continue;
    // "Your service guys keep saying 'next week.'": someone's words quoted, not a time asked for.
    if (quotedWords(whole ? turnText : s.text, r.text)) continue;
    const said = channelOfTime(s.text, r.text);
    // "Can you email me the pricing for the battery add-on? Tomorrow morning is fine.": a sentence that
    // names no way to reach the caller takes the one their turn named.
    // (Unless what is put at the time is a meeting the caller moves: "I've got a demo booked for Monday
    // and I need to move it ... Tuesday at eleven-thirty. And can you send the invite to my new email?")
    const meetingMoved = ctx.caller.some((c) => c.turn <= s.turn && MEETING.test(c.text) && OLD_TIME.test(fold(c.text)));
    const ofTurn = said === 'phone' && !NAMES_CHANNEL.test(fold(s.text)) ? (meetingMoved ? 'phone' : channelNamedNear(ctx.caller, s)) : said;
    const channel = ofTurn === 'phone' ? (channelAskedBefore(turns, s.turn) ?? channelOfThingSent(turns, s.turn, s.text) ?? ofTurn) : ofTurn;
    const ev = [evidence('followUp', whole ? { turn: s.turn, text: turnText } : s)];
    if (zoneEv) ev.push(zoneEv);
    // "Next Wednesday, after lunch." - "Wednesday at 1pm Eastern?" - "Perfect.": the agent's
    // sharper proposal, once the caller accepts it, is the agreed time.
    const refined = refinement(ctx, s.turn, ref, zone);
    if (refined) {
      // Same weekday: keep the caller's date ("next Wednesday") with the agent's hour.
      const a = refined.r.local;
      const local = a.weekday === r.local.weekday && !/\b(?:today|tomorrow|\d{1,2}(?:st|nd|rd|th)|january|february|march|april|may|june|july|august|september|october|november|december)\b/i.test(refined.r.text)
        ? r.local.set({ hour: a.hour, minute: a.minute })
        : a;
      const merged: ResolvedTime = { at: toUtcIso(local), text: refined.r.text, local };
      return { at: merged.at, timezone: zone, channel, promise: promiseText(ctx, channel, merged, zone), by: 'caller', evidence: [...ev, ...refined.evidence] };
    }
    return { at: r.at, timezone: zone, channel, promise: promiseText(ctx, channel, r, zone), by: 'caller', evidence: ev };
  }
  // 2. Agent turns: a promise with a time, or a proposal the caller accepts.
  for (const s of ctx.agent) {
    const f = fold(s.text);
    const next = turns[s.turn + 1];
    const accepted = next?.speaker === 'caller' && AFFIRM.test(stripFillers(fold(next.text).trim()));
    const confirmsCaller = AGENT_CONFIRMS.test(f) && ctx.caller.some((c) => c.turn < s.turn);
    // ("I'll make a note of the Sunday call": a past call named, no promise to call.)
    // ("I'll set it for February 12th, and if the date moves you can call us": the caller's call, not ours.)
    const unnoted = f.replace(CALL_NOTED, ' ').replace(CALLER_MAY_CALL_US, ' ');
    if (!AGENT_PROMISE.test(unnoted) && !confirmsCaller && !(accepted && CONTACT_CUE.test(unnoted))) continue;
    const r = tryResolve(s, ref, zone);
    if (!r || timeDatesEvent(s.text, r.text)) continue;
    // "I'll send your notice to the Fulton Market manager today": what goes to someone else that day
    // is no contact with the caller.
    if (SENT_TO_SOMEONE_ELSE.test(f) && !/\b(?:call|ring|text|email|reach|contact)(?:s|ing)? you\b/.test(f)) continue;
    if (REFERENCE_SENT.test(f)) continue;
    const channel = channelOf(s.text);
    const ev = [evidence('followUp', s)];
    if (accepted) ev.push({ field: 'followUp', quote: next.text, turn: s.turn + 1 });
    if (zoneEv) ev.push(zoneEv);
    return { at: r.at, timezone: zone, channel, promise: promiseText(ctx, channel, r, zone), by: 'agent', evidence: ev };
  }
  return null;
}
