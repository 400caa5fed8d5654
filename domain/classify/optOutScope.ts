/**
 * An opt-out's scope, read the way the contract's signal describes it: the channels the request
 * names, minus the channels the caller keeps.
 *
 * Each request sentence names its channels itself ("I don't want any more emails"), through what
 * it points back to ("I'm getting these texts... can you unsubscribe me from those?", "unsubscribe
 * that address"), or not at all ("take me off your list": every channel). A caller keeps a channel
 * by saying so ("phone is fine", "eso sí, mándenme un correo"), by answering yes when the agent asks
 * ("Phone and email stay as they are?" "Yeah, leave the rest"), or by asking to be reached on it
 * ("call me Monday morning"). "Just the texts" narrows the request to one channel; "everything"
 * widens it to all.
 */
import type { Call } from '../call';
import type { OptOutScope } from '../plan';
import { conditionalAt, fold, negatedAt, splitSentences, stripFillers, type Sentence } from '../text';

type ContactChannel = 'calls' | 'sms' | 'email';
type Channel = ContactChannel | 'marketing' | 'all';

/** The words that name each contact channel, English and Spanish (and a few other languages). */
export const CHANNEL_WORDS: Array<[RegExp, ContactChannel]> = [
  [/\b(?:call|calls|calling|phone|ring|ringing|dial|llam\w*|appel\w*|anrufen|ligar)\b/, 'calls'],
  // (WhatsApp is a message to the phone, as a text is.)
  [/\b(?:text|texts|texting|sms|messages?|mensajes?|mensajitos?|textos?|whatsapp|wasap|guasap)\b/, 'sms'],
  [/\b(?:email|emails|e-mail|e-mails|emailing|emailed|inbox|newsletters?|mailing|correos?)\b/, 'email'],
];

/** "I don't care about calls": a channel not minded, which the caller keeps. The capture names the channel. */
export const NOT_MINDED = /\b(?:don't|do not) (?:care|mind) about (?:the )?(phone calls|calls|emails?|texts?)\b/;

/** A list of channels closed with everything: "..., nothing.", "De todo:", "Nada.", "Unsubscribe me. From everything." */
const EVERYTHING = /(?:^|[,:;.!?]\s*|\b(?:and|y|or|o|from)\s+)(?:everything|nothing|all of it|todo|nada)(?=\s*(?:[.,!:;]|$))|\bde todo\b|\bevery list\b|\bno quiero nada\b/;

/** "All of it, the email", "de todo lo que sea email": everything of one channel, not every channel. */
const EVERYTHING_OF_ONE = /\b(?:all of it|everything|todo)[,:]?\s+(?:(?:lo )?que sea |that's |that is )?(?:just |only |solo )?(?:the |los |las |el |la )?(?:email|emails|e-mails?|newsletters?|texts?|calls|correos?|mensajes|llamadas)\b/;

const ALL_CONTACT: ContactChannel[] = ['calls', 'sms', 'email'];

type Transcribed = Pick<Call, 'transcript'>;
function transcriptOf(caller: Sentence[]): Call['transcript'] {
  const turns: Call['transcript'] = [];
  for (const s of caller) {
    while (turns.length < s.turn) turns.push({ speaker: 'agent', text: '' });
    if (turns.length === s.turn) turns.push({ speaker: 'caller', text: s.text });
    else turns[s.turn] = { ...turns[s.turn], text: `${turns[s.turn].text} ${s.text}` };
  }
  return turns;
}

/** The contact channels a piece of text names. */
export function channelsNamed(text: string): ContactChannel[] {
  const f = fold(text);
  return CHANNEL_WORDS.filter(([re]) => re.test(f)).map(([, c]) => c);
}

/** A word pointing back at what the caller just named: "unsubscribe me from those". */
const POINTS_BACK = /\b(?:from|off|of|to) (?:those|these|them|that|it)\b|\bsending (?:me|us) (?:those|these|them)\b|\b(?:those|these) (?:ones|things)\b|\bde (?:esos|esas|eso|ellos|ellas)\b/;
/** "Unsubscribe that address", "take my email off": an email address as the object. */
const EMAIL_OBJECT = /\b(?:(?:that|this|my|the|mi|ese|esa) (?:e-?mail |work |personal )?(?:address|direcci[oó]n)|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)\b/;

/**
 * "Just the texts", "only emails", "solo los mensajes", "just no more email": the request narrowed
 * to one channel. A channel noun, not a verb ("just call if you need something" keeps calls).
 */
const ONLY =
  /\b(?:just|only|solo|s[oó]lamente)\s+(?:no (?:more )?|not )?(?:(?:the|los|las|el|la|your|sus|those|these) ((?:text |phone )?[a-z\u00e0-\u00ff-]+)|(texts|emails|e-mails|email|calls|phone calls|text messages|correos|mensajes|llamadas))\b(?!\s*(?:is|are|'s|est[aá]n?)\s+(?:fine|ok|okay|good|bien))/g;
/** A generic request whose object is one channel: "unsubscribe me from the emails", "take me off your call list". */
const GENERIC_WITH_OBJECT =
  /\b(?:unsubscrib\w*|opt(?:-| )?(?:me )?out|remov\w*|tak\w*|delet\w*|drop\w*|sac\w*|quit\w*|b[oó]rr\w*)\b[^.;?!]*\b(?:from|off|of|out of|de)\s+(?:of\s+)?(?:your|the|all|this|these|those|my|our|sus|las|los|la|el)?\s*(?:\w+\s+)?(?:email|emails|e-mail|newsletters?|mailing|texts?|text messages?|sms|call|calls|calling|phone|correos?|mensajes|llamadas)\b/;

/** Caller words keeping a channel. The capture names the channel. */
const KEEP_PATTERNS: RegExp[] = [
  // "Phone is fine", "email's fine", "calls are okay", "the phone's fine", "emails, fine".
  /\b((?:the )?(?:phone(?: calls?)?|calls?|calling|texts?|texting|sms|emails?|e-mails?))\b(?:\s+(?:about|from|for|on|of|with|to)\s+[\w']+(?:\s+[\w']+)?)?(?:'s|\s+(?:is|are|stays?|can stay|would be|remains?|still)|,(?=\s*(?:fine|ok|okay)\b))\s*(?:still\s+)?(?:fine|ok|okay|good|great|alright|all right|no problem|cool|perfect|how i want|the way to)\b/,
  /\b((?:phone(?: calls?)?|calls?|texts?|emails?|e-mails?)) (?:is|are) (?:how|the way) (?:i|we) (?:want|like|prefer)\b/,
  // "You can call me", "feel free to email", "go ahead and text".
  /\b(?:you can|you may|feel free to|go ahead and|it's (?:ok|okay|fine) to|happy (?:for you )?to|still)\s+(?:still\s+|just\s+|always\s+)?(call|ring|phone|text|email|e-mail|send (?:me )?(?:an? )?(?:email|text))\b/,
  // "Call me whenever", "email me instead".
  /\b(call|ring|phone|text|email|e-mail) me (?:whenever|anytime|any time|instead|if you need|about)\b/,
  // "Keep me on email", "leave the phone".
  /\b(?:keep|leave) (?:me on |the |my )(?:the |your )?(phone|calls|texts|email|emails|e-mail|inbox|newsletters?|mailing list)\b/,
  /\b(?:i'd |i would )?(?:prefer|rather) (?:you )?(call|text|email|e-mail|phone|calls|texts|emails)\b/,
  // Spanish: "el correo sí", "por correo está bien", "mándenme un correo", "llámenme".
  // (The end is no \b: after "sí" and a comma there is no word boundary to find.)
  /\b(correos?|mensajes?|llamadas?|whatsapp|tel[eé]fono)\b[^.?!]{0,12}\b(?:s[ií]|est[aá] bien|no hay problema|sin problema|me parece bien)(?![a-z\u00e0-\u00ff])/,
  /\b(m[aá]nd[ea]nme (?:un )?(?:correo|mensaje)|escr[ií]ban(?:me)? (?:un )?(?:correo|mensaje)?|ll[aá]m[ea]nme)\b/,
];
/** A request to be reached on a channel at a time: "call me Monday morning", "have someone ring me Thursday". */
const REACH_ME = /(?:^|[,;.]\s*|\b(?:just|please|so|and|then|but|you can)\s+)(call|ring|phone|text|email|e-mail) me\b|\b(?:have|get) (?:somebody|someone|\w+) (?:to )?(call|ring|text|email) me\b/;
/** The agent asks whether a channel may stay: "Phone and email stay as they are?", "¿Le podemos seguir enviando información por correo?" */
const AGENT_ASKS_KEEP = /\b(?:still|stay|stays|keep|okay to|ok to|alright to|all right to|fine to|seguir|sigamos|todav[ií]a)\b/;
const AFFIRM = /^(?:yes|yeah|yep|yup|sure|ok|okay|fine|that's fine|that's ok|please|of course|definitely|absolutely|claro|eso s[ií]|vale|correcto|leave the rest)\b|^s[ií](?![a-záéíóúñ])/;
const REST = /\b(?:leave|keep) the rest\b|\bthe rest (?:is|are) fine\b|\blo dem[aá]s (?:est[aá] bien|s[ií])\b/;

function channelOfWord(word: string): ContactChannel | null {
  return channelsNamed(word)[0] ?? (/\bphone\b|tel[eé]fono/.test(fold(word)) ? 'calls' : null);
}

/** The channels the caller keeps, anywhere in the call. */
function keptChannels(call: Transcribed): Set<ContactChannel> {
  const kept = new Set<ContactChannel>();
  const t = call.transcript;
  t.forEach((turn, i) => {
    if (turn.speaker !== 'caller') return;
    for (const s of splitSentences(turn.text)) {
      const f = fold(s);
      // ("Por correo sí, y llamadas sí, nomás los textos no": every channel kept in the sentence.)
      for (const re of KEEP_PATTERNS) {
        for (const m of f.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))) {
          const at = m.index ?? 0;
          if (negatedAt(f, at + (m[0].indexOf(m[1]) >= 0 ? m[0].indexOf(m[1]) : 0)) || /\b(?:not|no|never|isn't|aren't)\s+(?:fine|ok|okay|good|alright)\b/.test(f.slice(at))) continue;
          const c = channelOfWord(m[1]);
          if (c) kept.add(c);
        }
      }
      // "Calls, whatever, I don't care about calls, but the texts — stop.": a channel kept by not
      // minding it (its "don't" is the keeping, not a refusal).
      const notMinded = f.match(NOT_MINDED);
      const minded = notMinded ? channelOfWord(notMinded[1]) : null;
      if (minded) kept.add(minded);
      const r = f.match(REACH_ME);
      // "Stop calling me" never matches (no "call me"); a negated or conditional "call me" keeps nothing.
      if (r && !negatedAt(f, r.index ?? 0) && !conditionalAt(f, r.index ?? 0)) {
        const c = channelOfWord(r[1] ?? r[2]);
        if (c) kept.add(c);
      }
    }
    // The caller's yes to the agent's "may we still email you?"
    const before = t[i - 1];
    if (before?.speaker === 'agent' && AFFIRM.test(stripFillers(fold(turn.text).trim()))) {
      const q = splitSentences(before.text).filter((x) => /\?\s*$/.test(x) && AGENT_ASKS_KEEP.test(fold(x)));
      for (const x of q) for (const c of channelsNamed(x)) kept.add(c);
      if (q.length === 0 && REST.test(fold(turn.text))) {
        // "No more texts. Phone and email stay as they are?" - "leave the rest".
        for (const x of splitSentences(before.text)) if (/\?\s*$/.test(x)) for (const c of channelsNamed(x)) kept.add(c);
      }
    }
  });
  return kept;
}

/** One request sentence and the channels its pattern gave it (`all` for a phrase naming none). */
export interface ScopeHit {
  text: string;
  turn: number;
  channels: Channel[];
}

/**
 * "Just take me off.", "Unsubscribe.", "Unsubscribe, whatever the word is.", "Unsubscribe, como dicen.", "Can you unsubscribe me?": the request said again
 * with its object left out.
 */
const ELIDED_OBJECT = /\b(?:take|get) (?:me|us|it|that) off\b[\s,]*(?:please)?[.!]*\s*$|^\W*(?:just |please |so )?(?:unsubscribe|remove|delete|opt out)(?: me| us)?(?:,? please)?(?:,\s*(?:or )?(?:whatever (?:the word is|it's called|you call it)|as (?:they|you) say|como (?:le )?dicen)\b)?(?:,?\s*¿?\s*(?:s[ií]|ok(?:ay)?|right|eh|yeah|por favor)\s*\?)?[.!]*\s*$|^\W*(?:can|could|would|will) you (?:just |please )?(?:unsubscribe|remove|opt) (?:me|us)(?: out)?(?:,? please)?\s*\?\s*$/;
/** A request whose object is left out ("Unsubscribe me, please.", "Unsubscribe me, ¿sí?"): its scope is what the call was about. */
export function objectLeftOut(sentence: string): boolean {
  return ELIDED_OBJECT.test(fold(sentence));
}

/** "Take my number off": the phone number's calls. */
const NUMBER_OBJECT = /\b(?:take|get|remove|delete|drop) (?:my|this|the) (?:cell |mobile |phone )?number\b|\b(?:this|my) (?:cell |mobile |phone )?number off\b/;
/**
 * "Los mensajes de texto ya no me los manden": a Spanish object put first and taken up again by the
 * verb's pronoun names the channel the request stops.
 */
const FRONTED_OBJECT = /\b(?:los|las|el|la|esos|esas)\s+((?:mensajes|textos|correos|e-?mails|llamadas)(?: de texto)?)\b[^.;?!]{0,30}\b(?:me|nos)\s+(?:los|las|lo|la)\s+[a-z\u00e0-\u00ff]+/;
const PASSIVE_REPORT = /\b(?:been|was|were|got|get) (?:unsubscribed|removed|taken off|opted out)\b/;
/** "No calls, no emails": each channel the sentence turns down. */
const REFUSED_CHANNELS = /\b(?:no|not|nor|ni|sin|stop)\s+(?:more\s+|m[aá]s\s+)?(?:the\s+|los\s+|las\s+|your\s+)?(calls?|phone calls|texts?|text messages|emails?|e-mails?|llamadas|mensajes|correos?|textos)\b/g;

/**
 * What one request sentence asks to stop: the channels its patterns named; for a phrase that names
 * none, the one channel its object names ("unsubscribe me from the emails") or points back to
 * ("from those", "that address"), else every channel.
 */
/** The channels the caller named earlier in the turn that holds the request ("these promo texts... quit sending me those"). */
/** A consent revoked without its object, and the object said as the turn's next fragment ("For the marketing."). */
function objectAfter(call: Transcribed, hit: ScopeHit): string | null {
  const turn = call.transcript[hit.turn];
  if (turn?.speaker !== 'caller' || !/\bconsent[.!]?$/.test(fold(hit.text).trim())) return null;
  const at = turn.text.indexOf(hit.text);
  if (at < 0) return null;
  const next = /^\s*((?:for|on|to) (?:the |all (?:the |of )?|your |any )?[\w' -]{0,30}?)[.!?]/i.exec(turn.text.slice(at + hit.text.length));
  return next ? next[1] : null;
}

function namedBeforeInTurn(call: Transcribed, hit: ScopeHit): ContactChannel[] {
  const turn = call.transcript[hit.turn];
  return turn?.speaker === 'caller' ? channelsNamed(turn.text.slice(0, Math.max(0, turn.text.indexOf(hit.text)))) : [];
}

function channelsOfHit(hit: ScopeHit, call: Transcribed, earlier: Set<ContactChannel>): { channels: Set<ContactChannel>; every: boolean } {
  const f = fold(hit.text);
  const named = new Set<ContactChannel>(hit.channels.filter((c): c is ContactChannel => ALL_CONTACT.includes(c as ContactChannel)));
  // The agent's offer the caller accepted names its own channels (acceptedAgentOffer): "So no more
  // calls, texts or emails from us?" is all of them, not the first its words list.
  if (call.transcript[hit.turn]?.speaker === 'agent') return { channels: named, every: hit.channels.includes('all') };
  for (const m of f.matchAll(REFUSED_CHANNELS)) for (const c of channelsNamed(m[1])) named.add(c);
  if (!hit.channels.includes('all')) return { channels: named, every: false };
  // "It says 'you have been unsubscribed'": a report of what happened, not a request.
  if (PASSIVE_REPORT.test(f)) return { channels: named, every: false };
  const object = f.match(GENERIC_WITH_OBJECT);
  if (object) {
    for (const c of channelsNamed(object[0].slice(object[0].search(/\b(?:from|off|of|out of|de)\s/)))) named.add(c);
    return { channels: named, every: false };
  }
  const fronted = f.match(FRONTED_OBJECT);
  if (fronted && channelOfWord(fronted[1])) return { channels: new Set([...named, channelOfWord(fronted[1]) as ContactChannel]), every: false };
  if (EMAIL_OBJECT.test(f)) return { channels: new Set([...named, 'email']), every: false };
  if (NUMBER_OBJECT.test(f)) return { channels: new Set([...named, 'calls']), every: false };
  if (ELIDED_OBJECT.test(f)) {
    const inTurn = namedBeforeInTurn(call, hit);
    // "Would you like me to take you off our calling list?" - "Yeah, do that. Take me off.": the
    // list the agent offered.
    const offer = call.transcript[hit.turn - 1];
    const offered = offer?.speaker === 'agent' ? splitSentences(offer.text).filter((x) => /\?\s*$/.test(x)).flatMap((x) => channelsNamed(x)) : [];
    const back = earlier.size ? [...earlier] : inTurn.length === 1 ? inTurn : new Set(offered).size === 1 ? [offered[0]] : [];
    if (back.length) return { channels: new Set([...named, ...back]), every: false };
  }
  if (POINTS_BACK.test(f)) {
    // "Those": what the caller named just before, in this turn or their previous one.
    if (call.transcript[hit.turn]?.speaker === 'caller') {
      let back = namedBeforeInTurn(call, hit);
      if (!back.length) {
        const prev = call.transcript.slice(0, hit.turn).reverse().find((x) => x.speaker === 'caller');
        back = prev ? channelsNamed(prev.text) : [];
      }
      if (back.length === 1) return { channels: new Set([...named, back[0]]), every: false };
    }
  }
  return { channels: named, every: true };
}

/** "Just the texts" in the turns that hold the request (or the caller's next turn). */
function onlyChannel(call: Transcribed, turns: number[]): ContactChannel | null {
  const found = new Set<ContactChannel>();
  for (const i of turns) {
    const next = call.transcript.slice(i + 1).find((x) => x.speaker === 'caller');
    for (const text of [call.transcript[i]?.speaker === 'caller' ? call.transcript[i].text : '', next?.text ?? '']) {
      const f = fold(text);
      for (const m of f.matchAll(ONLY)) {
        // "It's just the phone buzzing in my pocket all day": the device, not a channel kept apart.
        if (/^\s+\w+ing\b/.test(f.slice((m.index ?? 0) + m[0].length)) || /^(?:text|phone) \w+ing$/.test(m[1] ?? '')) continue;
        // "Could someone just email that to me Friday?": the word is a verb asking for one message.
        if (m[2] && /^\s+(?:that|it|this|them|those|me|us)\b/.test(f.slice((m.index ?? 0) + m[0].length))) continue;
        const c = channelOfWord(m[1] ?? m[2] ?? '');
        if (c) found.add(c);
      }
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

/** Words that make a request about marketing rather than a channel. */
const MARKETING_WORDS = /\b(?:promos?|promotional|promotions?|marketing|special offers|deals|offers|sales|upsells?|newsletters?|publicidad|promociones|ofertas)\b/;

/** Marketing only: "stop calling me about promotions", "no more promo emails". */
function marketingOnly(texts: string[], generic: boolean): boolean {
  const about = fold(texts.map((t) => t.replace(/[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/g, 'the address')).join(' '));
  // ("Stop all calls, emails and text messages to you, from the referral program and from Brasswind
  // marketing?": every channel named, and the marketing only one source of them, is every channel.)
  if (channelsNamed(about).length === ALL_CONTACT.length && /\bfrom (?:[\w']+ ){0,3}marketing\b/.test(about) && !/\b(?:promos?|promotional|promotions?|sales|deals|offers)\b/.test(about)) return false;
  // ("Okay, not everything... All the marketing. Off." names marketing, not everything; so does "Those
  // I need... Two, everything else. The newsletter, the blasts... All the promotional stuff.")
  if (/\b(?:promos?|promotional|promotions?|marketing|special offers|deals|sales (?:calls|pitches|emails))\b/.test(about) && !/(?<!\bnot )\b(?:everything(?! else)|all (?:of )?(?:it|this|your|the|communications?|contact|lists?)(?! (?:marketing|promo))|any (?:more )?contact)\b/.test(about)) return true;
  if (!generic && /\b(?:about|with|for) (?:your |the |these |any )?(?:promotions?|offers|deals|marketing|sales|specials|upsells?|new products|rewards? promotions?)\b/.test(about)) return true;
  if (generic && /\b(?:from|off)\b[^.]*\b(?:marketing|promotions?|promotional|offers)\b/.test(about) && !channelsNamed(about).length) return true;
  return false;
}

/**
 * The scope of an opt-out: the channels its sentences ask to stop, minus those the caller keeps;
 * one channel left is that channel, none named (or several) is all.
 */
export function resolveScope(hits: ScopeHit[], fullCall: Call | undefined, caller: Sentence[]): OptOutScope {
  if (!hits.length) return 'all';
  // Without the call (a caller's sentences alone), the caller's turns are the transcript.
  const call: Transcribed = fullCall ?? { transcript: transcriptOf(caller) };
  const generic = hits.some((h) => h.channels.includes('all'));
  // A request cut off ("I need to unsubscribe from... okay, not everything. ... All the marketing.
  // Off.") is read with the rest of its turn.
  // So is one that points back at what the turn named ("All the marketing. Take me off it.").
  const cutOff = hits.filter((h) => (/(?:\.\.\.|…|—|-)\s*$/.test(h.text.trim()) || POINTS_BACK.test(fold(h.text))) && call.transcript[h.turn]?.speaker === 'caller').map((h) => call.transcript[h.turn].text);
  // "I want to revoke consent. For the marketing.": the object said as the next fragment of the turn.
  const objects = hits.map((h) => objectAfter(call, h)).filter((t): t is string => t !== null);
  if (hits.some((h) => h.channels.includes('marketing')) || marketingOnly([...hits.map((h) => h.text), ...cutOff, ...objects], generic)) {
    // "Can you stop texting me the promo codes? ... Email is fine for that stuff. Just no more texts.":
    // the same offers kept on another channel, so what the caller stops is the channel.
    // ("I keep getting these promo texts... Quit sending me those. ... Email it.": what "those" points back to.)
    const pointedAt = hits.filter((h) => POINTS_BACK.test(fold(h.text))).flatMap((h) => namedBeforeInTurn(call, h));
    // ("No more of the promo text messages. ... Calls about my account, fine, emails, fine.": the channel
    // the request's own words name, beside the marketing its frame read.)
    const named = [...new Set([...hits.flatMap((h) => [...h.channels, ...channelsNamed(fold(h.text))]), ...pointedAt].filter((c): c is ContactChannel => c !== 'all' && c !== 'marketing'))];
    const keptHere = keptChannels(call);
    const stopped = named.filter((c) => !keptHere.has(c));
    // (Not where the turn names the marketing as what stops: "... the emails with the countdown timers. I
    // want off all of that. All the marketing.")
    if (stopped.length === 1 && keptHere.size && ![...hits.map((h) => h.text), ...cutOff].some((t) => /\bmarketing\b/.test(fold(t)))) return stopped[0];
    // "I don't need sales calls on top of it. Put me on your do-not-call list." - "Stop calling.": the
    // same channel asked again without the marketing words, so the whole channel stops.
    // (Not when the removal the caller accepted was the agent's offer of the marketing, nor for calls
    // "about tiers", a topic.)
    const offeredMarketing = hits.some((h) => call.transcript[h.turn]?.speaker === 'agent');
    const plain = offeredMarketing ? [] : hits.filter((h) => !MARKETING_WORDS.test(fold(h.text)) && !/\b(?:about|regarding|re)\b/.test(fold(h.text)));
    const plainChannels = new Set(plain.flatMap((h) => [...h.channels, ...channelsNamed(h.text)]).filter((c) => c !== 'marketing'));
    const marketingNamed = hits.filter((h) => !plain.includes(h)).flatMap((h) => channelsNamed(h.text));
    const [one] = [...plainChannels];
    if (plain.length && plainChannels.size === 1 && one !== 'all' && marketingNamed.every((c) => c === one)) return one as ContactChannel;
    // "Unsubscribe me from your newsletter": a newsletter is email.
    const f = fold(hits.map((h) => h.text).join(' '));
    return /newsletter/.test(f) && !/marketing|promo|offer|deal/.test(f) ? 'email' : 'marketing';
  }
  const turns = [...new Set(hits.map((h) => h.turn))];
  const turnText = (i: number) => call.transcript[i]?.text ?? '';
  // "No calls, no emails, nothing": everything closes a list of channels, or stands alone; after
  // one channel ("no more emails, not the newsletter, nothing") it means all of that channel.
  const kept = keptChannels(call);
  const everything = turns.some((i) => {
    const f = fold(turnText(i));
    if (!EVERYTHING.test(f) || EVERYTHING_OF_ONE.test(f)) return false;
    return channelsNamed(f).filter((c) => !kept.has(c)).length !== 1;
  });
  if (everything) return 'all';
  const only = onlyChannel(call, turns.filter((i) => call.transcript[i]?.speaker === 'caller'));
  // ("No me manden text messages... Solo email.": "only" names the channel kept when the request named
  // another one.)
  const namedByHits = hits.flatMap((h) => h.channels).filter((c): c is ContactChannel => ALL_CONTACT.includes(c as ContactChannel));
  if (only && (!namedByHits.length || namedByHits.includes(only))) return only;
  const asked = new Set<ContactChannel>();
  let every = false;
  for (const h of [...hits].sort((a, b) => a.turn - b.turn)) {
    const r = channelsOfHit(h, call, new Set(asked));
    for (const c of r.channels) asked.add(c);
    if (r.every) every = true;
  }
  const wanted = every ? ALL_CONTACT.filter((c) => !kept.has(c)) : [...asked].filter((c) => !kept.has(c));
  // The caller asked to stop a channel they also seem to keep: the request wins.
  const left = wanted.length ? wanted : [...asked];
  return left.length === 1 ? left[0] : 'all';
}
