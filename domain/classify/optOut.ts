/**
 * Rule 3: opt-out language from the caller, in English and Spanish (plus a few French, German and
 * Portuguese forms), with its scope. Not an opt-out: negated ("I don't want to unsubscribe"),
 * quoting someone else, another company's list, or a condition about the future ("if you call
 * again I'll unsubscribe").
 */
import type { Call } from '../call';
import type { Evidence, OptOutScope } from '../plan';
import { conditionalAt, evidence, fold, negatedAt, quotesSomeoneElse, stripFillers, type Sentence } from '../text';

export interface OptOutResult {
  requested: boolean;
  scope: OptOutScope | null;
  evidence: Evidence[];
}

type Channel = 'calls' | 'sms' | 'email' | 'marketing' | 'all';

/** Each pattern with the channel it implies (`all` when the phrase names none). */
const PATTERNS: Array<[RegExp, Channel]> = [
  [/\bunsubscrib(?:e|ed|ing)\b/, 'all'],
  [/\bunsub\b/, 'all'],
  [/\b(?:want|need|like) (?:everything|all (?:of )?(?:this|it|that)|it all|all of your \w+) to stop\b/, 'all'],
  [/\b(?:want|need|like) (?:the|these|your|all the|all these|all your) (?:phone )?calls to stop\b/, 'calls'],
  [/\b(?:want|need|like) (?:the|these|your|all the|all these|all your) (?:texts|messages) to stop\b/, 'sms'],
  [/\b(?:want|need|like) (?:the|these|your|all the|all these|all your) (?:emails|newsletters) to stop\b/, 'email'],
  [/\bopt(?:ing|ed)?(?:-| )out\b/, 'all'],
  // "don't call again", "please don't text anymore", "never email me again"
  [/\b(?:don't|do not|dont|never|no more)\s+(?:ever\s+)?(?:call|calling|ring|ringing|phone|phoning|dial|dialing|dialling)(?:\s+(?:me|us|this number|here|my (?:number|phone|cell)))?\s+(?:again|anymore|any more|ever again)\b/, 'calls'],
  [/\b(?:don't|do not|dont|never|no more)\s+(?:ever\s+)?(?:text|texting|message|messaging|sms)(?:\s+(?:me|us|this number))?\s+(?:again|anymore|any more|ever again)\b/, 'sms'],
  [/\b(?:don't|do not|dont|never|no more)\s+(?:ever\s+)?(?:email|emailing|e-mail)(?:\s+(?:me|us))?\s+(?:again|anymore|any more|ever again)\b/, 'email'],
  [/\b(?:stop|end|quit) (?:the|these|those|your|all (?:the|these|your)?) ?(?:phone )?calls\b/, 'calls'],
  [/\b(?:stop|end|quit) (?:the|these|those|your|all (?:the|these|your)?) ?(?:texts|text messages|sms)\b/, 'sms'],
  [/\b(?:stop|end|quit) (?:the|these|those|your|all (?:the|these|your)?) ?(?:emails|e-mails|newsletters?)\b/, 'email'],
  [/\b(?:make|get) (?:the|these|your) (?:phone )?calls (?:to )?stop\b/, 'calls'],
  [/\b(?:make|get) (?:the|these|your) (?:texts|messages) (?:to )?stop\b/, 'sms'],
  [/\b(?:make|get) (?:the|these|your) emails (?:to )?stop\b/, 'email'],
  [/\b(?:erase|delete|scrub|purge|remove|wipe) (?:me|us|my (?:number|phone number|name|email|email address|contact(?: info(?:rmation)?| details)?|details|info))\b/, 'all'],
  [/\b(?:want|need|like) (?:me|us|my (?:number|name|email|details|info)) (?:gone|removed|deleted|erased|off)\b/, 'all'],
  [/\b(?:be|get|been) (?:taken|removed|deleted|dropped|scrubbed|erased) (?:off|from)\b|\b(?:want|like|need) to be (?:taken|removed) off\b|\bwant to be taken off\b/, 'all'],
  [/\brefrain from (?:contacting|calling|texting|emailing|messaging)\b/, 'all'],
  [/\b(?:i|we) (?:do not|don't|no longer) consent to (?:these |your |any |the |being )?(?:calls|called|texts|texted|emails|emailed|messages|contact|contacted|marketing)\b/, 'all'],
  [/\b(?:asking|telling|begging|told|asked) (?:you|y'all)(?: (?:guys|people|all))?(?: (?:again|already|nicely|once more))? to stop\b(?! (?:calling|ringing|texting|messaging|emailing|sending))/, 'all'],
  [/\b(?:leave|keep) (?:me|us|my (?:number|name|email)) off\b/, 'all'],
  [/\b(?:take|get|remove|drop) (?:my (?:email|e-mail|email address|name|number|phone number|address|info|details)) off\b/, 'all'],
  [/\b(?:don't|do not) want (?:your|these|any|those|the|any more|anymore) (?:phone )?calls\b/, 'calls'],
  [/\b(?:don't|do not) want (?:your|these|any|those|the|any more|anymore) (?:texts|text messages|messages)\b/, 'sms'],
  [/\b(?:don't|do not) want (?:your|these|any|those|the|any more|anymore) (?:emails|e-mails|newsletters?)\b/, 'email'],
  [/\b(?:don't|do not) want (?:your|these|any|those|the|any more|anymore) (?:marketing|promotions?|offers|ads)\b/, 'marketing'],
  [/\b(?:replied|texted|responded|sent|wrote|typed)(?: (?:with|back))? ["'“]?stop["'”]?/, 'sms'],
  [/\b(?:i|we) (?:already |have |already have |'ve )?(?:asked|told) (?:you|y'all|you guys|your (?:company|team|people)) (?:\w+ ){0,2}to stop\b(?! (?:calling|ringing|phoning|texting|messaging|emailing|e-mailing|sending))/, 'all'],
  [/\b(?:i want out|count me out|i'm out of (?:this|your list))\b/, 'all'],
  [/\b(?:no longer (?:wish|want) to (?:be contacted|receive|hear from you|get))\b/, 'all'],
  [/\b(?:don't|do not|never) (?:want to )?(?:hear from (?:you|your company|y'all)|be contacted)(?: again)?\b/, 'all'],
  [/\b(?:quit|stop) (?:bugging|spamming|hounding) (?:me|us)\b/, 'all'],
  [/\bcancel (?:my |the |your |all (?:the |your )?)?(?:email|e-mail|newsletter)s?(?: (?:subscription|alerts|messages|updates))?\b/, 'email'],
  [/\bcancel (?:my |the |your |all (?:the |your )?)?(?:text|sms)(?: message)?s?(?: (?:subscription|alerts|messages|updates))?\b/, 'sms'],
  [/\bcancel (?:my |the |your |all (?:the |your )?)?(?:marketing|promotional) (?:emails|messages|calls|texts|subscription)\b/, 'marketing'],
  [/\bopt(?:-| )?(?:me )?out\b/, 'all'],
  [/\b(?:take|get|remove|delete|drop|scratch|cross) (?:me|us|my (?:name|number|email|info(?:rmation)?|details)|this number)(?: \w+){0,3} (?:off|from) (?:your|the|all|any|this|every)?\s*(?:\w+ ){0,2}(?:lists?|database|system|records?|rolodex)\b/, 'all'],
  [/\b(?:take|get|remove) (?:me|us|my number|this number) off\b/, 'all'],
  [/\bremove (?:me|my (?:name|number|email|details))\b/, 'all'],
  [/\b(?:put|add|place) (?:me|us|my (?:number|name|phone)|this number) (?:on|to|in) (?:your |the |a )?(?:internal )?(?:do[- ]not[- ]call|dnc|do[- ]not[- ]contact)\b/, 'calls'],
  [/\b(?:do[- ]not[- ]call|dnc) (?:list|registry|register)\b/, 'calls'],
  [/\b(?:rather not|prefer not to|don't want to|do not want to|don't want|do not want|no longer want to) (?:get|receive|have|hear)? ?(?:any(?: ?more)?|more) (?:of )?(?:these |your |those |the )?(?:phone )?calls\b/, 'calls'],
  [/\b(?:rather not|prefer not to|don't want to|do not want to|don't want|do not want|no longer want to) (?:get|receive|have)? ?(?:any(?: ?more)?|more) (?:of )?(?:these |your |those |the )?(?:texts|text messages|sms)\b/, 'sms'],
  [/\b(?:rather not|prefer not to|don't want to|do not want to|don't want|do not want|no longer want to) (?:get|receive|have)? ?(?:any(?: ?more)?|more) (?:of )?(?:these |your |those |the )?(?:emails|e-mails|newsletters)\b/, 'email'],
  [/\b(?:stop|quit|cease) (?:calling|ringing|phoning|dialing|dialling)\b/, 'calls'],
  [/\b(?:don't|do not|never|dont) (?:ever )?(?:call|ring|phone|dial) (?:me|us|this number|here|my (?:number|phone|cell))\b/, 'calls'],
  [/\bno more (?:phone )?calls\b/, 'calls'],
  [/\b(?:lose|delete|forget) (?:my|this) number\b/, 'calls'],
  [/\b(?:stop|quit) (?:texting|messaging|sending (?:me )?(?:texts|text messages|sms|messages))\b/, 'sms'],
  [/\b(?:don't|do not|never|dont) (?:ever )?(?:text|sms|message) (?:me|us|this number)\b/, 'sms'],
  [/\bno more (?:texts|text messages|sms|messages)\b/, 'sms'],
  [/\b(?:stop|quit) (?:emailing|e-mailing|sending (?:me |us )?(?:emails|e-mails|newsletters|mail))\b/, 'email'],
  [/\b(?:don't|do not|never|dont) (?:ever )?(?:email|e-mail) (?:me|us)\b/, 'email'],
  [/\bno more (?:emails|e-mails|newsletters)\b/, 'email'],
  [/\b(?:stop|quit) (?:sending (?:me |us )?)?(?:the |your |all (?:the|these|those) |these |those )?(?:marketing|promotions?|promotional|offers|reminders|spam|junk|advertising|ads|sales (?:calls|pitches))\b/, 'marketing'],
  [/\b(?:no|don't want|do not want|don't send|do not send) (?:me |us )?(?:any )?(?:more )?(?:marketing|promotions?|promotional (?:emails|calls|messages|texts)|offers|sales calls)\b/, 'marketing'],
  [/\b(?:stop|quit|cease) (?:contacting|bothering|pestering|harassing|reaching out to) (?:me|us)\b/, 'all'],
  [/\b(?:don't|do not|never|dont) (?:ever )?(?:contact|reach out to|bother) (?:me|us)\b/, 'all'],
  [/\b(?:leave me alone|no more contact|i want no further contact)\b/, 'all'],
  [/\b(?:i|we) (?:don't|do not) want (?:to (?:get|receive|hear)|any) (?:\w+ ){0,2}(?:calls|emails|texts|messages|contact|from you)\b/, 'all'],
  [/\b(?:i|we) (?:don't|do not) want (?:you|anyone|y'all) (?:to )?(?:call|calling|contact|contacting|email|emailing|text|texting)\b/, 'all'],
  // Spanish
  [/\bno me (?:llamen|llames|vuelvan a llamar|vuelva a llamar|llame)\b/, 'calls'],
  [/\bdej(?:en|e|a) de (?:llamarme|llamar)\b/, 'calls'],
  [/\bno me (?:escriban|manden|envíen|envien) (?:más |mas )?correos?\b/, 'email'],
  [/\bno me (?:escriban|manden|envíen|envien) (?:más |mas )?(?:mensajes|textos|sms)\b/, 'sms'],
  [/\bno me (?:escriban|manden|envíen|envien) (?:más|mas)\b(?! (?:correos?|mensajes|textos|sms)\b)/, 'all'],
  [/\bdej(?:en|e|a) de (?:escribirme|enviarme|mandarme|contactarme|molestarme)\b/, 'all'],
  [/\bdar(?:me)? de baja\b|\bdenme de baja\b|\bquiero (?:darme|que me den) de baja\b/, 'all'],
  [/\b(?:qu[ií]t(?:e|en)me|s[aá]qu(?:e|en)me|b[oó]rr(?:e|en)me) de (?:la|su|sus|esta) lista/, 'all'],
  [/\bno quiero (?:recibir|que me (?:llamen|contacten|escriban))\b/, 'all'],
  [/\bno me contacten\b/, 'all'],
  [/\bno quiero (?:recibir )?(?:más |mas )?llamadas\b/, 'calls'],
  [/\bno quiero (?:recibir )?(?:más |mas )?(?:mensajes|textos)\b/, 'sms'],
  [/\bno quiero (?:recibir )?(?:más |mas )?correos\b/, 'email'],
  [/\bno (?:me )?vuelvan a llamar(?:me)?\b/, 'calls'],
  [/\bno me molesten\b|\bno quiero que me (?:llamen|escriban|contacten)\b|\bb[oó]rr(?:en|e)me\b/, 'all'],
  // French / German / Portuguese
  [/\bne m'appelez plus\b|\bdésinscri|\bretirez-moi\b|\bne me contactez plus\b|\barr[êe]tez de m'(?:appeler|écrire|envoyer|contacter)/, 'all'],
  [/\brufen sie mich nicht mehr an\b|\babmelden\b|\bnicht mehr anrufen\b|\bh[öo]r(?:en sie|t)? auf,? mich anzurufen\b|\bnicht mehr kontaktieren\b/, 'all'],
  [/\bpar(?:e|em) de me ligar\b|\bn[aã]o me liguem\b|\bdescadastr/, 'all'],
];

/** "don't call me before noon": a contact-time preference, not an opt-out. */
const PREFERENCE_AFTER =
  /^\s*(?:again )?(?:before|after|until|till|during|between|at work|at the office|on (?:the )?(?:weekends?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|landline|work (?:number|phone))|in the (?:morning|evening|afternoon)|at night|this week|today|tomorrow|right now|for (?:a|the next) (?:bit|while|few|couple)|so early|so late|this early|this late)\b/;

/** "unsubscribing members who are inactive": the phrase is about other people. */
const ABOUT_OTHERS_AFTER = /^\s*(?:(?:other |inactive |old )?(?:members|people|users|customers|clients|them|him|her|someone|somebody|others|everyone|my (?:wife|husband|son|daughter|mom|dad|boss|coworker|colleague|friend))\b|(?:\w+ ){0,2}for (?:my|our|the) (?:team|staff|employees|members|referrals|customers|clients|users|reps|agents|kids|son|daughter)\b)/;
/** "I opted out by mistake, can you add me back?": undoing an opt-out. */
const UNDO = /\b(?:by mistake|accidentally|add me back|put me back|opt (?:me )?back in|re-?subscribe|didn't mean to|did not mean to|sign me back up)\b/;
/** "don't text me the code, email it": one message's channel, not an opt-out. */
const ONE_MESSAGE_AFTER = /^\s*(?:the|that|this|a|my) (?:code|link|details|info|information|pricing|quote|invoice|receipt|contract|paperwork|file|document)\b/;
/** "what's your policy on unsubscribing", "how does opting out work": a question about the rule, not a request. */
const GENERAL_QUESTION_BEFORE = /\b(?:policy (?:on|for|about)|rules? (?:on|for|about)|what happens (?:if|when)|how does|does (?:it|that) mean)\b[^.]*$/;

const OTHER_COMPANY =
  /\b(?:another|other|different) (?:company|companies|vendor|vendors|business|businesses|service|services|brand|brands)(?:'s)?\b|\b(?:their|his|her) (?:list|newsletter|emails|mailing list)\b|\b(?:my (?:bank|gym|insurance|isp|phone company|cable company|old job|old company|previous (?:job|employer)))\b|\b(?:[a-z]+'s) (?:list|newsletter|mailing list)\b|\bfrom (?:amazon|netflix|spotify|linkedin|facebook|twitter|google|the newspaper|the gym)\b/;
const OWN_COMPANY_HINT = /\b(?:your|you guys|y'all|brightside|this company|you)\b/;

const CHANNEL_WORDS: Array<[RegExp, Exclude<Channel, 'all' | 'marketing'>]> = [
  [/\b(?:call|calls|calling|phone|ring|ringing|dial|llam\w*|appel\w*|anrufen|ligar)\b/, 'calls'],
  [/\b(?:text|texts|texting|sms|messages?|mensajes?)\b/, 'sms'],
  [/\b(?:email|emails|e-mail|e-mails|emailing|newsletters?|mailing|correos?)\b/, 'email'],
];

/** Whether this sentence is a genuine opt-out by the caller, and the channels it names. */
export function optOutInSentence(text: string): { channels: Channel[] } | null {
  const f = fold(text);
  const channels: Channel[] = [];
  let hit = false;
  for (const [re, ch] of PATTERNS) {
    const g = new RegExp(re.source, 'g');
    for (const m of f.matchAll(g)) {
      const i = m.index ?? 0;
      if (negatedAt(f, i) && !/^(?:don't|do not|never|dont|no more|no me|no quiero|ne m|não|nao|nicht)/.test(m[0])) continue;
      if (PREFERENCE_AFTER.test(f.slice(i + m[0].length))) continue;
      if (quotesSomeoneElse(f, i)) continue;
      if (conditionalAt(f, i)) continue;
      if (ABOUT_OTHERS_AFTER.test(f.slice(i + m[0].length)) || GENERAL_QUESTION_BEFORE.test(f.slice(0, i))) continue;
      if (UNDO.test(f) || ONE_MESSAGE_AFTER.test(f.slice(i + m[0].length))) continue;
      if (OTHER_COMPANY.test(f) && !/\byour\b/.test(f.slice(Math.max(0, i - 40), i + m[0].length + 40))) continue;
      hit = true;
      channels.push(ch);
    }
  }
  void OWN_COMPANY_HINT;
  if (!hit) return null;
  return { channels };
}

function scopeOf(channels: Channel[], texts: string[]): OptOutScope {
  const named = new Set<Channel>();
  for (const c of channels) if (c !== 'all') named.add(c);
  const generic = channels.includes('all');
  // A generic phrase ("unsubscribe me") names a channel only through the words around it.
  if (generic) {
    const joined = fold(texts.join(' '));
    const specific = CHANNEL_WORDS.filter(([re]) => re.test(joined)).map(([, c]) => c);
    const onlyMarketing = /\b(?:marketing|promotions?|promotional|newsletters?|offers)\b/.test(joined);
    if (specific.length === 1 && !named.size && /\b(?:unsubscribe|opt(?:-| )?out|remove|take)\b[^.]*\b(?:from|off)\b[^.]*\b(?:email|emails|e-mail|newsletter|mailing|texts?|sms|call|calls|calling|phone)\b/.test(joined)) {
      return specific[0];
    }
    if (onlyMarketing && !named.size && /\b(?:from|off)\b[^.]*\b(?:marketing|promotions?|promotional|newsletters?|offers)\b/.test(joined)) {
      return /newsletter/.test(joined) && !/marketing|promotion|offer/.test(joined) ? 'email' : 'marketing';
    }
    return 'all';
  }
  if (named.size === 1) return [...named][0] as OptOutScope;
  return 'all';
}

const AGENT_OFFER =
  /\b(?:would you like|do you want|shall i|should i|want me to|would you prefer (?:that )?i|can i)\b[^?]*\b(?:unsubscribe|remove you|take you off|opt you out|stop (?:calling|texting|emailing|contacting)|put you on (?:our|the) do[- ]not[- ]call)/;
const ACCEPT = /^(?:yes|yeah|yep|yup|sure|please|please do|do it|definitely|absolutely|go ahead|that would be great|that'd be great|sí|si|claro|por favor)\b/;

/** "Would you like me to remove you from our call list?" - "Yes please." */
function acceptedAgentOffer(call: Call): { channels: Channel[]; evidence: Evidence[]; texts: string[] } | null {
  const t = call.transcript;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].speaker !== 'agent' || t[i + 1].speaker !== 'caller') continue;
    const f = fold(t[i].text);
    const m = f.match(AGENT_OFFER);
    if (!m) continue;
    const reply = stripFillers(fold(t[i + 1].text).trim());
    if (!ACCEPT.test(reply) || /^(?:yes|yeah|sure)?,? ?(?:but )?(?:no|not)\b/.test(reply)) continue;
    const offer = f.slice(m.index ?? 0);
    const named = CHANNEL_WORDS.filter(([re]) => re.test(offer)).map(([, c]) => c);
    const channels: Channel[] = /\bmarketing|promotion/.test(offer) ? ['marketing'] : named.length === 1 ? named : ['all'];
    return {
      channels,
      texts: [t[i].text],
      evidence: [
        { field: 'optOut', quote: t[i].text, turn: i },
        { field: 'optOut', quote: t[i + 1].text, turn: i + 1 },
      ],
    };
  }
  return null;
}

/** Rule 3 over the caller's sentences (and an opt-out the agent offers and the caller accepts). */
export function detectOptOut(caller: Sentence[], call?: Call): OptOutResult {
  const ev: Evidence[] = [];
  const channels: Channel[] = [];
  const texts: string[] = [];
  const offer = call ? acceptedAgentOffer(call) : null;
  if (offer) {
    channels.push(...offer.channels);
    texts.push(...offer.texts);
    ev.push(...offer.evidence);
  }
  for (const s of caller) {
    const r = optOutInSentence(s.text);
    if (!r) continue;
    channels.push(...r.channels);
    texts.push(s.text);
    ev.push(evidence('optOut', s));
  }
  if (!ev.length) return { requested: false, scope: null, evidence: [] };
  return { requested: true, scope: scopeOf(channels, texts), evidence: ev };
}

const POSSIBLE: RegExp[] = [
  /\b(?:stop|quit|cease|remove|delete|take|block|drop|unsubscrib\w*|opt)\b(?:\s+[\w']+){0,3}\s+(?:me|us|my (?:number|name|email|phone|info|details|contact))\b/,
  /\b(?:me|us|my (?:number|name|email|phone))\b(?:\s+[\w']+){0,3}\s+(?:off|out of) (?:your|the|this|all) (?:\w+ )?(?:lists?|database|system|calls|texts|emails)\b/,
  /\b(?:no more|too many|enough|sick of|tired of|fed up with)\b[^.]{0,30}\b(?:calls|texts|emails|messages|reminders|voicemails)\b/,
  /\b(?:call|calling|text|texting|email|emailing) (?:me|us) (?:\w+ )?(?:too (?:much|often|many times)|(?:every|all) (?:day|the time|week))\b/,
  /\b(?:lista|baja|llamadas|mensajes)\b/,
  /\b(?:do[- ]not[- ]call|dnc|do[- ]not[- ]contact)\b/,
  /\b(?:any ?more|anymore|again)\b[^.]{0,20}\b(?:calls|texts|emails|messages)\b|\b(?:calls|texts|emails|messages)\b[^.]{0,20}\b(?:any ?more|again)\b/,
];

/**
 * Opt-out-like words that no pattern above recognised ("you people call me way too many times"):
 * not an opt-out, but a reviewer should look, so a missed opt-out is caught by a person.
 */
export function possibleOptOut(caller: Sentence[]): Evidence | null {
  for (const s of caller) {
    const f = fold(s.text);
    for (const re of POSSIBLE) {
      const m = f.match(re);
      if (!m) continue;
      const i = m.index ?? 0;
      if (negatedAt(f, i) || quotesSomeoneElse(f, i) || conditionalAt(f, i) || GENERAL_QUESTION_BEFORE.test(f.slice(0, i))) continue;
      if (OTHER_COMPANY.test(f) && !/\byour\b/.test(f)) continue;
      return evidence('optOut', s);
    }
  }
  return null;
}
