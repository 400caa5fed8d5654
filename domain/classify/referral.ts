/**
 * Referral signals: who referred the caller (a code spoken or in attribution, or a named member:
 * "Ruth Okafor referred me", "I got a referral link from Ivy"), a new person a member refers
 * ("I'd like to refer my colleague Dana Whitfield, her email is ..."), and a request to join the
 * referral program.
 */
import type { Call } from '../call';
import type { Evidence } from '../plan';
import { capitaliseLikelyNames, normaliseCode } from '../identity';
import { isCalendarWord } from '../time';
import { extractEmails } from '../normalise/email';
import { spelledCode, wordDashCode } from '../normalise/spelledCode';
import { extractPhones, normalisePhone } from '../normalise/phone';
import { evidence, fold, foldAccents, negatedAt, stripFillers, type Sentence } from '../text';
import type { ClassifyContext } from './context';

export interface ReferredBy {
  referralCode: string | null;
  name: string | null;
  /** Where the code came from. */
  codeSource: 'attribution' | 'transcript' | null;
  evidence: Evidence[];
}

// Names in any alphabet with accents ("Rubén Salinas"): the regexes built on NAME carry the u flag.
const NAME = "(\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+)?)";
const NOT_A_NAME = /^(?:I|I'm|I'd|I've|I'll|Im|We|We're|You|They|He|She|It|My|Our|Your|The|A|An|This|That|Someone|Somebody|Nobody|Everyone|Google|Facebook|Instagram|Linkedin|LinkedIn|Twitter|Yelp|Reddit|Hi|Hello|Hey|Yes|Yeah|So|And|But|Well|Actually|Oh|Okay|Ok|Um|Uh|Anyway|Also|Plus|Ah|Ay|Brightside|Ella|Él|El|La|Mire|Oiga|Hola|Buenos|Buenas|Sí|Si|Pues|Ustedes|Usted|Me|Mi|Yo|Le|Lo|Nos|Se|Les|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Doctor|Doctora|Sr\.?|Sra\.?|Srta\.?|Señor|Señora)$/;
/**
 * Words a name pattern picks up that are nobody's name: pronouns, greetings, platforms, months and
 * weekdays ("my November statement") - except months that are also given names (April, May, June).
 */
const notAName = (word: string): boolean => NOT_A_NAME.test(word) || (isCalendarWord(word) && !/^(?:April|May|June|August|Abril)$/.test(word));
const REFERRER_PATTERNS: RegExp[] = [
  new RegExp(`${NAME}\\s+(?:referred|recommended|sent|pointed)\\s+(?:me|us)\\b`, 'u'),
  new RegExp(`${NAME}\\s+(?:recommended|suggested)\\s+(?:you|your|y'all|brightside)\\b`, 'u'),
  new RegExp(`\\breferred (?:here |over )?by\\s+(?:my (?:friend|colleague|coworker|co-worker|boss|neighbou?r|sister|brother|cousin|partner|manager)\\s+)?${NAME}`, 'u'),
  new RegExp(`\\breferral (?:link|code|email|invite|invitation)\\s+from\\s+(?:my (?:friend|colleague|coworker|co-worker|boss|neighbou?r|sister|brother|cousin|partner|manager)\\s+)?${NAME}`, 'u'),
  new RegExp(`\\b(?:got|received|have) (?:a |an |the |her |his |their )?(?:code|link|invite|invitation) from\\s+(?:my (?:friend|colleague|coworker|co-worker|boss|neighbou?r|sister|brother|cousin|partner|manager)\\s+)?${NAME}`, 'u'),
  new RegExp(`${NAME}\\s+(?:gave|sent|passed|shared)\\s+(?:me|us)\\s+(?:a |an |the |her |his |their |your )?(?:referral )?(?:code|link|number|invite|info)`, 'u'),
  new RegExp(`${NAME}\\s+told (?:me|us) (?:about|to call) (?:you|your|y'all)`, 'u'),
  new RegExp(`\\b(?:[Mm]y|[Oo]ur) (?:friend|colleague|coworker|co-worker|boss|neighbou?r|sister|brother|cousin|partner|manager|client|vendor|supplier|accountant|advisor|investor)\\s+${NAME}\\s+(?:\\w+\\s+)?(?:referred|recommended|told|sent|gave|suggested|said)`, 'u'),
  new RegExp(`${NAME}\\s+(?:suggested|said|thought)\\s+(?:we|I)\\s+(?:should\\s+)?(?:speak|talk|call|reach out|contact|get in touch|check you out|look at you)`, 'u'),
  new RegExp(`\\b(?:thanks to|through|via)\\s+${NAME}(?:'s)?\\s+(?:referral|link|code)`, 'u'),
  // Spanish: "me recomendó con ustedes Carmen Ibarra", "Rosa Villanueva me recomendó", "vengo de parte de Lupe".
  // ("Me recomendó la señora Inés Paredes": a title or a relation before the name.)
  new RegExp(`(?<![\\p{L}])[Mm]e (?:recomend[oó]|mand[oó]|refiri[oó]|pas[oó]) (?:con ustedes |aqu[ií] |ac[aá] |su n[uú]mero )?(?:(?:la |el |mi )?(?:señora|señor|señorita|doña|don|vecin[oa]|prim[oa]|amig[oa]|compadre|comadre|t[ií][oa]) )?${NAME}`, 'u'),
  new RegExp(`${NAME}\\s+me (?:recomend[oó]|mand[oó]|refiri[oó]|pas[oó] (?:su|el) (?:n[uú]mero|c[oó]digo|link|enlace)|dio (?:su|el) (?:c[oó]digo|n[uú]mero))`, 'u'),
  new RegExp(`(?<![\\p{L}])(?:de parte de|recomendad[oa] por|referid[oa] por)\\s+${NAME}`, 'u'),
];

const CODE_RE = /\b(?:referral|promo|invite|invitation|friend's|her|his|their|the)?\s*code\b(?:\s+(?:is|was|of|:))?[\s,:]*["']?([A-Za-z0-9]+(?:[- ][0-9]+|-[A-Za-z0-9]+)?)/i;


/** "Fatima Ndiaye, from Sahel Coffee, she told me to call you": a name, then a pronoun that sent the caller. */
function referrerBeforePronoun(text: string): string | null {
  for (const m of text.matchAll(new RegExp(`${NAME}(?=[^.!?]{0,70}?\\b(?:she|he|they)\\b(?:'s| is| was)?[^.!?]{0,40}?\\b(?:told|said|suggested|recommended|sent|gave|raves?|raved|talks?|talked|wouldn't shut up|won't shut up|can't stop talking|keeps talking)\\s+(?:me|us|I|we|you|about (?:you|y'all|your))\\b)`, 'gu'))) {
    const parts = m[1].split(/\s+/).filter((p) => !notAName(p));
    if (parts.length) return parts.join(' ');
  }
  return null;
}

export function detectReferredBy(ctx: ClassifyContext): ReferredBy | null {
  let code: string | null = null;
  let codeSource: ReferredBy['codeSource'] = null;
  let name: string | null = null;
  const ev: Evidence[] = [];
  const attr = ctx.call.attribution.referralCode ? normaliseCode(ctx.call.attribution.referralCode) : null;
  if (attr) {
    code = attr;
    codeSource = 'attribution';
  }
  for (const s of ctx.caller) {
    const text = s.text.replace(/’/g, "'");
    // "Felix Brandt — the electrician, Brandt Electric — did some work on my shed and he said...": an
    // aside between dashes says who the person is; the name is read without it.
    const plain = text.replace(/\s+[—–]\s+[^—–]{1,60}\s+[—–]\s+/g, ' ');
    if (!name) {
      const before = referrerBeforePronoun(plain);
      if (before) {
        name = before;
        ev.push(evidence('referredBy', s));
      }
    }
    if (!name) {
      for (const re of REFERRER_PATTERNS) {
        const m = text.match(re);
        if (!m) continue;
        let n = m[1].trim();
        const parts = n.split(/\s+/).filter((p) => !notAName(p));
        if (!parts.length) continue;
        n = parts.join(' ');
        if (notAName(n)) continue;
        name = n;
        ev.push(evidence('referredBy', s));
        break;
      }
    }
    if (!code || codeSource === 'attribution') {
      // "...his referral code. It's K E N J I dash eight.": the code may be spelled in the next sentence.
      // ("You get a code to share... Can I get your name?": the question asks for the name.)
      const askedForCode = ctx.call.transcript[s.turn - 1]?.speaker === 'agent' && /\b(?:code|c[oó]digo)\b/i.test(lastQuestion(ctx.call.transcript[s.turn - 1].text));
      const codeTalk = askedForCode || /\b(?:code|c[oó]digo)\b/i.test(ctx.call.transcript[s.turn]?.text ?? text);
      const written = codeTalk ? text.match(/\b([A-Z][A-Z0-9]{1,15}-[A-Z0-9]{1,12})\b/) : null;
      const spelled = written ? written[1] : codeTalk ? spelledCode(text) : null;
      const m = spelled ? (['', spelled] as unknown as RegExpMatchArray) : text.match(CODE_RE);
      // "Aaliyah Brooks. A-A-L-I-Y-A-H.": a name spelled, not a code.
      const spellsName = spelled != null && !/\d/.test(spelled) && !/\b(?:code|c[oó]digo)\b/i.test(ctx.call.transcript[s.turn]?.text ?? '') && new RegExp(`\\b${spelled}\\b`, 'i').test(ctx.call.transcript[s.turn]?.text ?? '');
      if (m && !spellsName) {
        // ("My code is INGRID dash three.": the word, then its number said.)
        const said = spelled ? null : wordDashCode(text.slice((m.index ?? 0) + m[0].length - m[1].length));
        const c = normaliseCode(said ?? m[1]);
        const isOwn = c != null && ctx.identity.ownCodes.includes(c);
        if (c && !isOwn && /\d|[A-Z]{3,}/.test(m[1]) && !/^(?:IS|WAS|FROM|THE|AND|FOR|IT)$/.test(c)) {
          if (!code || c === code) {
            code = c;
            codeSource = codeSource ?? 'transcript';
            ev.push(evidence('referredBy', s));
          }
        }
      }
    }
  }
  // The agent's read-back: "LUISC-4, sí, es de Luis", "I'll note that Devon referred you". (Also
  // where the caller's code was heard without its number: "LUZ ... L-U-Z, dos..." read back "LUZ-21".)
  if (!code || !name || (codeSource === 'transcript' && !/\d/.test(code))) {
    for (const a of ctx.agent) {
      // The code was talked of just before: the caller named it, or answered the agent asking for it.
      const codeTalk = (t: number) => /\b(?:code|c[oó]digo)\b/i.test(ctx.call.transcript[t]?.text ?? '');
      const saidCodeBefore = ctx.caller.some((c) => c.turn < a.turn && c.turn >= a.turn - 2 && (codeTalk(c.turn) || (ctx.call.transcript[c.turn - 1]?.speaker === 'agent' && codeTalk(c.turn - 1))));
      // ("ROSA-BS1?": letters may come before the number after the dash.)
      const readBack = saidCodeBefore ? a.text.match(/\b([A-Z][A-Z0-9]{1,15}-(?=[A-Z]{0,3}\d)[A-Z0-9]{1,5})\b/) : null;
      // ("R-O-S-A, dash, B-S... one." heard as "ROSA-BS", read back "ROSA-BS1": the same code, finished.)
      const completes = (c: string | null) => c != null && code != null && codeSource === 'transcript' && !/\d/.test(code) && c !== code && c.startsWith(code.includes('-') ? code : `${code}-`);
      // "Okay, it's R-O-S-A, dash, D... S." ... "R-O-S-A dash D-S.": a spelled read-back that completes
      // the code the caller began, unless the caller's next words turn it down ("No, S. S as in Sam.").
      const spelledBack = !code?.includes('-') ? spelledCode(a.text) : null;
      const turnedDown = /^(?:no|nope|not quite|actually)\b/i.test(ctx.call.transcript[a.turn + 1]?.text.trim() ?? '');
      if (spelledBack && completes(normaliseCode(spelledBack)) && !turnedDown) {
        code = normaliseCode(spelledBack);
        ev.push(evidence('referredBy', a));
      }
      if (readBack && (!code || completes(normaliseCode(readBack[1])))) {
        const c = normaliseCode(readBack[1]);
        if (c && !ctx.identity.ownCodes.includes(c)) {
          code = c;
          codeSource = 'transcript';
          ev.push(evidence('referredBy', a));
        }
      }
      const named = !name ? a.text.match(new RegExp(`${NAME}\\s+referred you\\b|\\breferred by ${NAME}|${NAME}(?:\\s+\\p{Lu}[\\p{Ll}'’-]+)?\\s+(?:is|'s) (?:one of )?our (?:referral )?(?:partners?|members?|advocates?)\\b|${NAME}\\b[^.!?]{0,40}\\b(?:she|he|they)(?:'s| is| are) in our referral (?:circle|program|network)|\\bsince ${NAME} referred you`, 'u')) : null;
      const raw = named ? (named[1] ?? named[2] ?? named[3] ?? named[4] ?? named[5]) : null;
      const who = raw ? raw.split(/\s+/).filter((p) => !notAName(p)).join(' ') : '';
      if (who) {
        name = who;
        ev.push(evidence('referredBy', a));
      }
    }
  }
  if (!code && !name) return null;
  // "Nobody referred me. I just wrote down the number off the sign": a name said, no referrer.
  if (!code && saysNotReferred(ctx.caller)) return null;
  return { referralCode: code, name, codeSource, evidence: ev };
}

/** The caller says no one sent them ("Nobody referred me", "nadie me recomendó"): no name said in the call is a referrer. */
export function saysNotReferred(caller: Sentence[]): boolean {
  return caller.some((s) => NOT_REFERRED.test(fold(s.text)));
}

const NOT_REFERRED = /\b(?:nobody|no one|no-one) (?:referred|sent|recommended) (?:me|us)\b|\bi (?:wasn't|was not) referred\b|\bnot referred by\b|(?<![\p{L}])nadie me (?:recomend[oó]|mand[oó]|refiri[oó])(?![\p{L}])/u;

export interface ReferredPerson {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  evidence: Evidence[];
}

const REFER_SOMEONE = new RegExp(
  `\\b(?:(?:[Ii]'ve got|[Ii] have|[Gg]ot) (?:a|another) (?:referral|lead|friend|contact) for you:?\\s*,?|refer|referring|recommend|introduce)\\s+(?:(?:my|a|our)\\s+(?:friend|colleague|coworker|co-worker|boss|neighbou?r|sister|brother|cousin|partner|manager|client|buddy|former colleague)\\s*,?\\s+)?${NAME}`,
  'u',
);

const REFER_GENERIC = /\b(?:(?:i've got|i have|got) (?:someone|somebody|a (?:friend|referral|lead|contact)) for you|^(?:a |one |another |new )?referral for you\b|(?:refer|recommend|introduce)\s+(?:(?:two|three|four|a few|some|several|\d+) (?:people|friends|colleagues|clients|customers|neighbou?rs|businesses|contacts)|someone|somebody|a (?:friend|colleague|coworker|co-worker|client|neighbou?r|buddy|business)|my (?:friend|colleague|coworker|co-worker|boss|neighbou?r|sister|brother|cousin|partner|manager|client|buddy)))\b/i;
const NAME_LATER = new RegExp(
  `^(?:(?:[Ff]irst|[Tt]he first(?: one)?|[Oo]ne|[Ss]econd|[Tt]he other(?: one)?) is\\s+)?(?:(?:[Mm]y|[Aa]|[Oo]ur|[Hh]er|[Hh]is)\\s+(?:friend|colleague|coworker|co-worker|boss|neighbou?r|sister|brother|cousin|partner|manager|client|buddy)\\s*,?\\s+)?${NAME}(?=\\s*(?:[.,!;]|$))|\\b(?:(?:[Hh]er|[Hh]is|[Tt]heir) name is|name's|[Ii]t's|[Ii]t is|called)\\s+${NAME}`,
  'u',
);

/** The referred person's name: in the refer sentence, or (when it names none) in the caller's next few sentences. */
function referredName(sentences: Sentence[], i: number): { parts: string[]; at: number } | null {
  const s = sentences[i];
  const text = capitaliseLikelyNames(s.text).replace(/’/g, "'");
  const m = text.match(REFER_SOMEONE);
  if (m && !negatedAt(fold(s.text), m.index ?? 0)) {
    const parts = m[1].split(/\s+/).filter((p) => !notAName(p));
    if (parts.length) return { parts, at: i };
  }
  const g = text.match(REFER_GENERIC);
  if (!g || negatedAt(fold(s.text), g.index ?? 0)) return null;
  for (let j = i + 1; j < Math.min(sentences.length, i + 4); j++) {
    const n = stripFillers(capitaliseLikelyNames(sentences[j].text).replace(/’/g, "'").trim()).match(NAME_LATER);
    const name = n?.[1] ?? n?.[2];
    if (!name) continue;
    const parts = name.split(/\s+/).filter((p) => !notAName(p));
    if (parts.length) return { parts, at: j };
  }
  return null;
}

/** "I'd like to refer her", "I've got another one for you", "tengo a alguien": a referral is coming. */
/** "My foreman Nico wants panels", "my sister's been asking about a quote", "one of our physician assistants, Kwame Asante, wants a quote", "I have a compadre que quiere paneles": someone of the caller's who wants what we sell. */
const RELATION_WANTS = /\b(?:one of (?:my|our) (?:[a-z-]+ ){0,2}[a-z-]+s,?|(?:my|mi|our|(?:i have|i've got|i got|tengo) (?:a|an|un|una))\s+(?:friend|sister-in-law|brother-in-law|cousin|colleague|coworker|co-worker|neighbou?r|sister|brother|buddy|partner|client|aunt|uncle|niece|nephew|foreman|boss|employee|son|daughter|mom|dad|compadre|comadre|amig[oa]|prim[oa]|vecin[oa]|herman[oa]|cuñad[oa]|socio|socia))\b[^.?!]{0,30}?\b(?:wants|needs|is looking (?:for|at|into)|is interested in|(?:has|'s) been asking (?:about|for)|asked (?:me )?about|quiere|necesita|anda buscando|est[aá] interesad[oa])\b/i;
/** The agent asks for referrals: "Anyone else in your circle?", "Know anybody who'd want a quote?". */
const AGENT_ASKS_FOR_REFERRALS = /\b(?:anyone|anybody|someone|somebody) else\b|\b(?:anyone|anybody|someone|somebody) (?:you know|in your (?:circle|network|family|neighbou?rhood|life|building|office|church))\b|\bwho else\b|\b(?:know|think of) (?:anyone|anybody|someone|somebody)\b|\b(?:alguien m[aá]s|conoce a alguien)\b/i;

const REFER_CUE = /\b(?:refer (?:her|him|them|somebody|someone)|(?:another|one more) (?:one|referral|lead) for you|(?:i've got|i have|got) (?:a|another|one more|someone|somebody) (?:\w+ )?(?:for you|to refer)|can you (?:reach out to|call|contact|email|get in touch with) (?:her|him|them)|(?:said|told me) (?:to )?have (?:you|y'all)(?: guys)? (?:reach out|call|get in touch)|hook (?:him|her|them) up with (?:you|y'all)|send (?:her|him|them) (?:to you|your way)|(?:i'll|i will) (?:just )?send (?:you|her|him|them) to|tengo a alguien|quiero (?:referir|recomendar) a|le(?:s)? (?:quiero )?recomendar a)\b/i;
/** The agent taking a referral down: "I'll register her under your code", "He'll be added under your code", "this goes under your referral, TOBI-3". */
const AGENT_TAKES_REFERRAL = /\b(?:under your (?:\w+ )?(?:code|account|name|referral)|as your referral|credit (?:it|that|this) to (?:you|your)|so you get (?:the )?credit|(?:add|log|register|put) (?:her|him|them|the referral) (?:as|under) (?:your|a)|a su nombre|bajo su c[oó]digo|(?:l[oa]s?|le) (?:registro|anoto|apunto|inscribo|doy de alta|registramos|anotamos) (?:con|bajo|a) su (?:c[oó]digo|nombre|cuenta)|como (?:su )?(?:referid[oa]|recomendad[oa])(?: suyo)?)\b/i;
/** "My cousin Aminata", "my friend Jenna Moss", "mi compadre Rubén", "my partner at the firm, Yusuf Demir": a person named by relation. */
const RELATION_NAME = new RegExp(`\\b(?:[Oo]ne of (?:my|our) (?:[\\p{Ll}-]+ ){0,2}[\\p{Ll}-]+s(?=\\s*,)|(?:[Mm]y|[Mm]i|[Oo]ur)\\s+(?:friend|sister-in-law|brother-in-law|cousin|colleague|coworker|co-worker|neighbou?r|sister|brother|buddy|partner|client|aunt|uncle|niece|nephew|foreman|boss|employee|son|daughter|compadre|comadre|amig[oa]|prim[oa]|vecin[oa]|herman[oa]|cuñad[oa]|socio|socia))(?:\\s+(?:at|from|in|on|de|del)\\s+(?:the|my|our|work|la|el|mi)(?:\\s+\\p{Ll}+)?)?\\s*,?\\s+${NAME}`, 'u');
/** "Marcus Bell, he owns the record store": a name, then who the person is. */
// ("Luis Ortega, guy from my church.": a name and who the person is to the caller.)
const NAME_THEN_WHO = new RegExp(`^${NAME}\\s*,\\s*(?:he|she|they|él|ella|(?:a |the |this )?(?:guy|gal|lady|woman|man|kid|friend|neighbou?r|coworker|co-worker|colleague|buddy) (?:from|at|in|on|who|down)|my (?:friend|neighbou?r|coworker|co-worker|colleague|buddy|cousin|sister|brother|boss|client))\\b`, 'u');

/** "My sister wants a quote." followed by "Ingrid Lindqvist.": a relation named, then a name said alone. */
const RELATION_ALONE = /\b(?:my|mi|our|(?:i have|i've got|i got|tengo) (?:a|an|un|una))\s+(?:friend|sister-in-law|brother-in-law|cousin|colleague|coworker|co-worker|neighbou?r|sister|brother|buddy|partner|client|aunt|uncle|niece|nephew|foreman|boss|son|daughter|mom|dad|mother|father|compadre|comadre|amig[oa]|prim[oa]|vecin[oa]|herman[oa]|cuñad[oa]|socio|socia|hij[oa])\b/i;
const BARE_NAME = new RegExp(`^${NAME}[.!]?$`, 'u');
/** "But the guy buying it, Erik Lindgren, he asked a million questions": a person named after who they are to the caller's deal. */
const ROLE_THEN_NAME = new RegExp(`\\b[Tt]he (?:guy|gal|lady|woman|man|couple|buyers?|new owners?|tenants?|renters?)(?: (?:who's |who is |that's )?(?:buying|renting|taking over|moving into) (?:it|the house|our (?:house|place)|the place|the building))?\\s*,\\s+${NAME}\\s*,`, 'u');
const namedAloneAfterRelation = (sentences: Sentence[], j: number) =>
  j > 0 && sentences[j - 1].turn === sentences[j].turn && RELATION_ALONE.test(sentences[j - 1].text) && BARE_NAME.test(sentences[j].text.trim());

const RELATION_OR_INTRO = (text: string) => RELATION_NAME.test(capitaliseLikelyNames(text).replace(/’/g, "'")) || NAME_THEN_WHO.test(stripFillers(capitaliseLikelyNames(text).replace(/’/g, "'").trim()));

/** The person a refer cue points at, named by relation or introduced, in the caller's nearby sentences. */
function personNearCue(sentences: Sentence[], i: number): { parts: string[]; at: number } | null {
  for (let j = Math.max(0, i - 3); j < Math.min(sentences.length, i + 4); j++) {
    const text = capitaliseLikelyNames(sentences[j].text).replace(/’/g, "'").trim();
    const m = text.match(RELATION_NAME) ?? stripFillers(text).match(NAME_THEN_WHO) ?? text.match(ROLE_THEN_NAME) ?? (namedAloneAfterRelation(sentences, j) ? text.match(BARE_NAME) : null);
    if (!m) continue;
    const parts = m[1].split(/\s+/).filter((p) => !notAName(p));
    if (parts.length) return { parts, at: j };
  }
  return null;
}

/**
 * "I have a client... I want to send her your way. But her card is in my other bag.": the caller
 * offers someone to refer, whether or not their details are said in this call.
 */
export function offersSomeone(caller: Sentence[]): boolean {
  return caller.some((s) => liveReferCue(s.text));
}

/** A refer cue the sentence does not negate ("I don't have anyone to refer" is none). */
function liveReferCue(text: string): boolean {
  const f = fold(text);
  return REFER_CUE.test(text) && !negatedAt(f, f.search(/refer|another|got|tengo|quiero|recomendar|reach|send|call/));
}

/** A member naming a new person to refer, with that person's email or phone. */
export function detectReferredPerson(ctx: ClassifyContext): ReferredPerson | null {
  const sentences = ctx.caller;
  for (let i = 0; i < sentences.length; i++) {
    const agentTook = ctx.agent.some((a) => a.turn > sentences[i].turn && a.turn <= sentences[i].turn + 5 && AGENT_TAKES_REFERRAL.test(a.text));
    const asked = ctx.call.transcript[sentences[i].turn - 1];
    const invited = asked?.speaker === 'agent' && AGENT_ASKS_FOR_REFERRALS.test(asked.text) && RELATION_OR_INTRO(sentences[i].text);
    const cued = invited || RELATION_WANTS.test(sentences[i].text) || liveReferCue(sentences[i].text) || (agentTook && (RELATION_OR_INTRO(sentences[i].text) || namedAloneAfterRelation(sentences, i)));
    const found = referredName(sentences, i) ?? (cued ? personNearCue(sentences, i) : null);
    if (!found) continue;
    const s = sentences[found.at];
    const parts = found.parts;
    const ev = [evidence('referredPerson', sentences[i])];
    if (found.at !== i) ev.push(evidence('referredPerson', s));
    let email: string | null = null;
    let phone: string | null = null;
    for (const t of sentences.slice(found.at, Math.max(found.at, i) + 6)) {
      if (t.turn > Math.max(s.turn, sentences[i].turn) + 6) break;
      if (/\bmy (?:own )?(?:email|number|phone)\b/i.test(t.text)) continue;
      const e = extractEmails(t.text).find((x) => (!ctx.identity.emails.includes(x) || t === s) && !ourOwnAddress(x, ctx.call));
      // A number counts when the sentence says whose it is, or it answers the agent's "how can we reach her?".
      const asked = /\b(?:email|phone|number|reach|contact|n[uú]mero|correo|celular|tel[eé]fono)\b/i.test(ctx.call.transcript[t.turn - 1]?.speaker === 'agent' ? ctx.call.transcript[t.turn - 1].text : '');
      const p = t === s || asked || /\b(?:number|phone|cell|mobile|celular|n[uú]mero|tel[eé]fono|reach (?:her|him|them))\b/i.test(t.text) || /^(?:su|her|his|their)\b/i.test(t.text) ? extractPhones(t.text, ctx.policy.defaultRegion)[0] : undefined;
      if (!email && e) {
        email = e;
        if (t !== s) ev.push(evidence('referredPerson', t));
      }
      // "Este mismo número": the caller's own line is not the person's handed over.
      if (!phone && p && !ctx.identity.phones.includes(p)) {
        phone = p;
        if (t !== s && !ev.some((x) => x.turn === t.turn && x.quote === t.text)) ev.push(evidence('referredPerson', t));
      }
    }
    // A contact said in words the extractors miss ("four oh eight, five five five...") is often
    // read back by the agent: take it from there.
    if (!email && !phone) {
      const back = referralReadBack(ctx) ?? contactForSomeoneElse(ctx);
      if (back && (back.email || back.phone)) return { firstName: parts[0], lastName: parts.slice(1).join(' ') || null, email: back.email, phone: back.phone, evidence: [...ev, ...back.evidence] };
    }
    return { firstName: parts[0], lastName: parts.slice(1).join(' ') || null, email, phone, evidence: ev };
  }
  return referralReadBack(ctx);
}

/**
 * "Perfecto: Efraín Soto, 214-555-0461. Lo registro como referido suyo.": the agent reads the new
 * referral back and takes it down. The read-back names the person and the contact, whatever words
 * the member used.
 */
function referralReadBack(ctx: ClassifyContext): ReferredPerson | null {
  const callerNames = new Set([ctx.identity.firstName, ctx.identity.lastName].filter(Boolean).map((n) => n!.toLowerCase()));
  for (const took of ctx.agent) {
    if (!AGENT_TAKES_REFERRAL.test(took.text)) continue;
    const turns = ctx.agent.filter((a) => a.turn <= took.turn && a.turn >= took.turn - 4);
    for (const a of turns.reverse()) {
      const email = extractEmails(a.text).find((x) => !ourOwnAddress(x, ctx.call)) ?? null;
      const phone = extractPhones(a.text, ctx.policy.defaultRegion)[0] ?? null;
      if (!email && !phone) continue;
      if ((email && ctx.identity.emails.includes(email)) || (phone && ctx.identity.phones.includes(phone))) continue;
      for (const m of a.text.matchAll(new RegExp(NAME, 'gu'))) {
        const parts = m[1].split(/\s+/).filter((p) => !notAName(p) && !callerNames.has(p.toLowerCase()) && !/^(?:Perfect|Perfecto|Great|Got|Thanks|Gracias|Okay|So|Lovely|Wonderful|Sure|Claro|Listo|Mr|Mrs|Ms|Dr|Let|Just|Alright|And|Yes|Yep|Right|Now|Ok|Bueno|Entonces)$/.test(p));
        if (!parts.length) continue;
        return { firstName: parts[0], lastName: parts.slice(1).join(' ') || null, email, phone, evidence: [evidence('referredPerson', a), evidence('referredPerson', took)] };
      }
    }
  }
  return null;
}

const JOIN = [
  // "¿Cómo le hago para tener mi propio código como Marisol?"
  // ("Yo quería inscribirme en eso de los referidos": the program by what it does.)
  /\b(?:unirme|inscribirme|registrarme|apuntarme) (?:al|en el|a su) programa\b|\b(?:unirme|inscribirme|registrarme|apuntarme|meterme|entrar) (?:a|al|en|a lo de|en lo de|en eso de) (?:los )?referidos\b|\bser (?:miembro|embajador[a]?)\b|\b(?:tener|sacar|obtener|conseguir|quiero) (?:mi|un) (?:propio )?c[oó]digo(?: de (?:referid[oa]s?|soci[oa]|recomendaci[oó]n))?(?! de (?:descuento|promoci[oó]n))\b/,
  /\b(?:join|sign up for|signing up for|enroll in|enrol in|be part of|be in|get into|sign me up for) (?:the|your) (?:\w+,? )?(?:\w+,? )?(?:referral|referal|rewards|advocate|ambassador|partner|affiliate)? ?(?:program|club)\b/,
  /\bhow (?:do|can) i (?:join(?: up| in)?|sign up|enroll|enrol|become a member)\b|\b(?:wanna|want to|like to) join\b(?! (?:the|a|your) (?:call|meeting|demo|webinar))/,
  /\b(?:become|be) (?:a|an) (?:member|advocate|ambassador|affiliate|referral partner|referrer)\b/,
  /\bsign me up (?:as (?:a|an) (?:member|advocate|ambassador|affiliate|referrer)|to (?:refer|earn))\b/,
  /\b(?:how (?:do|can) i|i'd like to|i want to|i would like to|can i) (?:start referring|earn (?:rewards|money) (?:for|by) referr\w+|refer (?:people|friends|others) (?:too|myself|as well)|get (?:my own|a) referral (?:link|code))\b/,
  // Whatever the program is called: "becoming a partner", "I want my own link", "me meto de socio".
  /\b(?:becom\w*|be|sign (?:me )?up as|join as) (?:a |an |one of your )?(?:partner|affiliate|ambassador|advocate)s?\b/,
  /\b(?:i (?:want|'d like|would like|need)|can i (?:get|have)|sign (?:me )?up and get|give me) (?:my own|one of (?:those|your)|a|an) (?:referral |partner |affiliate |ambassador )?(?:links?|codes?)\b/,
  // "So now I want to do the thing Rosa did. Get my own code?"
  /^(?:so,? |and,? )?(?:get|getting) (?:my own|a) (?:referral |partner )?(?:code|link)\b|\b(?:want|like) to do (?:the thing|what) \w+ (?:did|does)\b/,
  /\b(?:me meto|meterme|entrar|unirme|inscribirme|hacerme|quiero ser) (?:de |como |al programa de )?(?:soci[oa]|afiliad[oa]|embajador[a]?)s?\b|\b(?:quiero|me gustar[ií]a) (?:entrar|unirme|participar) (?:en eso|al programa|en el programa)\b|\b(?:me puedo meter|meterme|entrar|unirme|inscribirme) (?:a|al|en el) (?:eso del )?club\b/,
];

const AGENT_OFFERS_JOIN = /\b(?:sign you up|enroll you|enrol you|join (?:the|our) (?:referral )?program|become a member|set you up as a member|inscribirl[oa]|registrarl[oa])\b/i;
const YES = /^(?:yes|yeah|yep|sure|absolutely|definitely|please|of course|claro|por favor)\b|^s[ií](?![a-záéíóúñ])/i;
/**
 * The agent confirming the caller's own membership ("I'll get your partner account created and your
 * code will come by email", "Le va a llegar un correo con su código de socio"): the join the caller
 * asked for, in whatever words they asked. ("Lo apunto para el sábado por la mañana" notes a time,
 * and enrols no one.)
 */
const AGENT_CONFIRMS_JOIN =
  /\b(?:your (?:own )?(?:partner |referral |affiliate |member |ambassador )?(?:code|link) (?:will|is going to|should)|(?:get|have|set) (?:you|your) (?:\w+ )?(?:partner|member|referral|affiliate|ambassador) (?:account|profile) (?:created|set up|opened)|set(?:ting)? up your (?:own )?(?:partner|member|referral|affiliate|ambassador) (?:account|profile)|(?:i'll|i will|we'll|we will|i've|i have|i can|we can|let me|i'm going to|i am going to) (?:go ahead and |just )?(?:sign(?:ed)? you up|enrol(?:l)?(?:ed)? you|register(?:ed)? you|add(?:ed)? you as (?:a|an) (?:member|partner|affiliate|ambassador))|you'll (?:get|receive) (?:your own|a|your) (?:(?:personal|partner|referral|affiliate|member|ambassador) ){1,2}(?:code|link)|\bwith your own (?:partner |referral |affiliate |member |ambassador )?(?:code|link)\b|(?:get|have) you (?:all )?(?:enrolled|enroled|signed up|registered|set up)\b[^.]*\b(?:code|partner|program|portal|member(?:ship)?)\b|(?<!\b(?:registr|anot|apunt|inscrib)\w* (?:con|bajo) )su c[oó]digo (?:de (?:soci[oa]|afiliad[oa]|embajador[a]?|referid[oa])|personal)|(?:l[oa]|le) (?:inscribo|registro|doy de alta|apunto)\b(?! (?:a |al |como )?(?:su|el|la) (?:amig|herman|vecin|soci|referid)| como (?:recomendad|referid)| (?:con|bajo) su (?:c[oó]digo|nombre|cuenta)| para (?:el |la |este |esta |las? )?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|ma[ñn]ana|hoy|tarde|noche|semana|pr[oó]xim\w*|\d))|(?:i can|i'll|let me|we can) (?:go ahead and )?(?:enrol+|sign) you (?:up )?(?:in|for|to) (?:the|our) [^.?]*\b(?:circle|club|program|network|rewards)|(?:l[oa]|le) (?:puedo|podemos|voy a) (?:inscribir|registrar|dar de alta) en (?:el|nuestro) programa)/i;

/**
 * "Correo... tengo uno pero no me acuerdo de la contraseña, y ya ni lo uso", "I don't use that email
 * anymore": the caller disowns the address a record holds, so it cannot enrol them (rule 5 asks for it).
 */
const EMAIL_DISOWNED = /\b(?:ya (?:ni|no) lo (?:uso|reviso|abro)|no me acuerdo de la contrase[ñn]a|no tengo (?:correo|email|e-mail)|(?:don't|do not|never) (?:use|check) (?:that|it|the old)(?: (?:one|email|address))? ?(?:anymore|any more)|(?:that|the old) (?:email|address|one) is dead|i (?:don't|do not) have (?:an )?(?:email|e-mail)(?! (?:handy|on me|with me))|can't get into (?:that|my|the) (?:email|inbox))\b/;

export function emailDisowned(caller: Sentence[], call: { transcript: Array<{ speaker: string; text: string }> }): Evidence | null {
  for (const s of caller) {
    const aboutEmail = /\b(?:correo|email|e-mail|address|inbox)\b/i.test(call.transcript[s.turn].text) || /\b(?:correo|email|e-mail)\b/i.test(call.transcript[s.turn - 1]?.text ?? '');
    if (aboutEmail && EMAIL_DISOWNED.test(fold(s.text))) return evidence('outcome', s);
  }
  return null;
}

export function detectJoinRequest(caller: Sentence[], agent: Sentence[] = [], call?: { transcript: Array<{ speaker: string; text: string }> }): Evidence | null {
  // "Would you like me to sign you up as a member?" - "Yes please."
  for (const a of agent) {
    const next = call?.transcript[a.turn + 1];
    // ("Yes, Sunmere Neighbors. You'd get a reward for each referral who installs. Would you like to
    // join?": the program named in the turn, the offer bare.)
    // ("Sí, el programa de embajadores. ¿Le gustaría inscribirse?": the same, in Spanish; "Yes, the
    // Ironleaf Partner Rewards program. Are you interested in joining?": the same, asked of interest;
    // "...a card in the welcome folder about the Neighbors program?" - "Yes, Harborlight Neighbors.
    // Would you like to join?": the program named in the caller's question.)
    const bareOffer = /(?:\b(?:would you like|do you want|want) to (?:join|sign up|enroll)|\bare you interested in (?:joining|signing up|enrolling)|(?:le gustar[ií]a|quiere|desea|quisiera) (?:inscribirse|unirse|registrarse|apuntarse))\s*\?\s*$/i.test(a.text) && [a.turn, a.turn - 1].some((t) => /\b(?:referral|reward|rewards|program|programa|referidos|recompensas?|embajadores)\b/i.test(call?.transcript[t]?.text ?? ''));
    // ("Are you interested in joining?" - "I am.", "Would you like to join?" - "I would.": the yes said
    // back in the question's words.)
    const accepted = next?.speaker === 'caller' && (YES.test(stripFillers(next.text.trim())) || /^(?:i am|i'm|we are|we're|i would|we would|i'd love to|i do)(?: (?:interested|definitely|very|so))?[.!,]/i.test(stripFillers(next.text.trim())));
    if (/\?\s*$/.test(a.text) && (AGENT_OFFERS_JOIN.test(a.text) || bareOffer) && accepted) {
      return { field: 'outcome', quote: next.text, turn: a.turn + 1 };
    }
  }
  for (const a of agent) {
    if (/\?\s*$/.test(a.text) || call?.transcript[a.turn - 1]?.speaker !== 'caller' || !AGENT_CONFIRMS_JOIN.test(a.text)) continue;
    // The agent tells the caller what they get ("you'll get your code too" about a referral's
    // reward is not a join): only when no one else is being handed over in the same breath.
    if (/\b(?:her|him|them|his|their|she|he)\b|\bsu (?:amig|herman|vecin|soci)/i.test(a.text)) continue;
    // "I'll register you under Nadia's code": the caller filed as someone's referral, not enrolled.
    if (/\bunder \p{L}+'s (?:referral )?(?:code|link|name|account)\b/iu.test(a.text)) continue;
    // "Puede hacer una solicitud de acceso a sus datos. La registro ahora": the request is filed, not
    // the caller enrolled.
    if (/(?<![\p{L}])l[oa] (?:registro|apunto|anoto)(?![\p{L}])/iu.test(a.text) && /(?<![\p{L}])(?:solicitud|queja|petici[oó]n|reporte|reclamo|cancelaci[oó]n|caso)(?![\p{L}])/iu.test(call?.transcript[a.turn]?.text ?? a.text)) continue;
    return { field: 'outcome', quote: a.text, turn: a.turn };
  }
  for (const s of caller) {
    const f = fold(s.text);
    for (const re of JOIN) {
      const m = f.match(re);
      if (m && !negatedAt(f, m.index ?? 0)) return evidence('outcome', s);
    }
  }
  // Whatever words the caller uses to sign up ("I'd love to sign up", "quisiera inscribirme", "I
  // wanna do that"; "Would you like to join?" - "Yes ma'am, sign me up"), in a call that is about
  // the referral program: a join.
  if (!call || !PROGRAM_TALK.test(foldAccents(call.transcript.map((t) => t.text).join(' ').toLowerCase()))) return null;
  for (const s of caller) {
    const f = foldAccents(fold(s.text));
    const m = f.match(SIGN_UP);
    if (m && !negatedAt(f, m.index ?? 0) && !NOT_THE_PROGRAM.test(f.slice(m.index ?? 0))) return evidence('outcome', s);
  }
  for (const a of agent) {
    const next = call.transcript[a.turn + 1];
    if (/\?\s*$/.test(a.text) && /\b(?:join|sign (?:you )?up|enrol+ you|inscribirse|inscribirl[oa]|unirse)\b/i.test(a.text) && next?.speaker === 'caller' && YES.test(stripFillers(next.text.trim()))) {
      return { field: 'outcome', quote: next.text, turn: a.turn + 1 };
    }
  }
  return null;
}

/** The referral program talked about, by any name. */
const PROGRAM_TALK = /\b(?:referral (?:program|club|rewards?)|partner (?:program|rewards?|account)|ambassador|affiliate|kickback|rewards? (?:program|club)|programa de (?:referidos|socios|recompensas)|recompensas?|referidos|gan(?:o|as|a|ar|amos) (?:\w+ )?por (?:recomendar|referir)|earn\w* (?:\w+ )?(?:for|by) referring)\b/;
/** Signing up, in either language. */
const SIGN_UP = /\b(?:sign (?:me )?up|signing up|join(?:ing)?|enrol+(?:ing)?|inscribirme|apuntarme|registrarme|unirme|i wanna do that|i want to do that|quiero entrar|i want in|count me in)\b/;
/** Signing up for something else: a demo, a webinar, a call, the software itself. */
const NOT_THE_PROGRAM = /^\S+(?:\s+\S+)?\s+(?:for\s+)?(?:a |an |the |your )?(?:demo|webinar|call|meeting|trial|account|software|app|plan|subscription|newsletter|class|waitlist)\b/;

const OWN_CONTACT = /\b(?:my|mine|our|mi|mío|mía|nuestro)\b[^.!?]{0,25}\b(?:e-?mail|number|phone|cell|mobile|line|correo|n[uú]mero|celular|tel[eé]fono)\b|\b(?:reach|call|text|email) me\b|\b(?:ll[aá]me|escr[ií]bame|m[aá]ndeme)\b/i;
const NAME_G = new RegExp(NAME, 'gu');

/**
 * "Could you forward that email to billing at quarrybank dot example?": an address of the business
 * itself (its name in the agent's greeting), not a person handed over.
 */
const GREETING = /\b(?:thanks? (?:you )?for calling|this is|speaking|calling (?:from|for)|gracias por llamar|le atiende|le habla)\b/;
function ourOwnAddress(email: string, call: Call): boolean {
  const label = (email.split('@')[1] ?? '').split('.')[0] ?? '';
  const opening = call.transcript[0];
  if (opening?.speaker !== 'agent' || !GREETING.test(fold(opening.text))) return false;
  return label.length >= 4 && fold(opening.text).replace(/[^a-z0-9]/g, '').includes(label);
}

/**
 * A referral call whose words no refer pattern caught: the structure still shows it. A contact
 * (email or phone) that is not the caller's own, and the person named in the turns leading to it,
 * is someone the caller is handing over. Only asked of calls already read as referrals.
 */
export function contactForSomeoneElse(ctx: ClassifyContext): ReferredPerson | null {
  const { call, identity } = ctx;
  const own = new Set<string>([...identity.emails, ...identity.phones, ...identity.spokenEmails, ...identity.spokenPhones, normalisePhone(call.fromNumber, ctx.policy.defaultRegion) ?? '', normalisePhone(call.toNumber, ctx.policy.defaultRegion) ?? ''].filter(Boolean));
  const selfNames = new Set([identity.firstName, identity.lastName, call.agent?.name?.split(/\s+/)[0]].filter(Boolean).map((n) => n!.toLowerCase()));
  for (let i = 0; i < call.transcript.length; i++) {
    const turn = call.transcript[i];
    if (turn.speaker === 'caller' && OWN_CONTACT.test(turn.text)) continue;
    const email = extractEmails(turn.text).find((e) => !own.has(e) && !ourOwnAddress(e, call)) ?? null;
    const phone = extractPhones(turn.text, ctx.policy.defaultRegion).find((p) => !own.has(p)) ?? null;
    if (!email && !phone) continue;
    // The person: a name the caller says in this turn or the four before (a name the agent repeats
    // back first, as the agent confirms the person it writes down).
    const named: Array<{ parts: string[]; turn: number; echoed: boolean }> = [];
    for (let j = Math.max(0, i - 4); j <= i; j++) {
      if (call.transcript[j].speaker !== 'caller') continue;
      const text = capitaliseLikelyNames(call.transcript[j].text).replace(/’/g, "'");
      for (const m of text.matchAll(NAME_G)) {
        const parts = m[1].split(/\s+/).filter((p) => !notAName(p) && !selfNames.has(p.toLowerCase()));
        if (!parts.length) continue;
        const echoed = call.transcript.slice(j + 1, i + 2).some((t) => t.speaker === 'agent' && t.text.includes(parts[0]));
        named.push({ parts, turn: j, echoed });
      }
    }
    // A name the agent repeats, or a full name; a lone capitalised word may be any word.
    const person = named.find((n) => n.echoed) ?? named.find((n) => n.parts.length > 1);
    if (!person) continue;
    const ev: Evidence[] = [{ field: 'referredPerson', quote: call.transcript[person.turn].text, turn: person.turn }];
    if (person.turn !== i) ev.push({ field: 'referredPerson', quote: turn.text, turn: i });
    return { firstName: person.parts[0], lastName: person.parts.slice(1).join(' ') || null, email, phone, evidence: ev };
  }
  return null;
}

/** The agent's last question in a turn, or the whole turn when it asks none. */
function lastQuestion(text: string): string {
  const questions = text.split(/(?<=[.!?])\s+/).filter((x) => /\?\s*$/.test(x));
  return questions.length ? questions[questions.length - 1] : text;
}
