/**
 * Who the caller says they are: the event's caller identity plus what they state in the call
 * (a spoken or written email, "this is Ben Carter", "Hana Kim." at the start of a turn, "my code
 * is BENC"), normalised. A code given as the referrer's is NOT the caller's own (see referredBy).
 */
import type { Call } from './call';
import { extractEmails, normaliseEmail } from './normalise/email';
import { extractPhones, normalisePhone } from './normalise/phone';
import { cleanName, splitName } from './normalise/name';
import { spelledCode, wordDashCode } from './normalise/spelledCode';
import { callerSentences, fold, foldAccents, stripFillers, titleCase, type Sentence } from './text';
import type { Evidence } from './plan';

export interface CallerIdentity {
  emails: string[];
  phones: string[];
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  externalId: string | null;
  /** Referral codes the caller gives as their own ("my code is BENC"). */
  ownCodes: string[];
  /** Emails/phones the caller stated in the call (not from the event). */
  spokenEmails: string[];
  spokenPhones: string[];
  /** Company named in the call (not from the event). */
  spokenCompany: string | null;
  nameFromTranscript: boolean;
  evidence: Evidence[];
}

const NOT_NAMES = new Set([
  'calling', 'just', 'not', 'really', 'sorry', 'here', 'interested', 'ready', 'fine', 'good', 'great', 'okay', 'ok', 'sure',
  'yes', 'yeah', 'no', 'hi', 'hello', 'hey', 'thanks', 'thank', 'so', 'well', 'um', 'uh', 'the', 'a', 'an', 'your', 'our', 'my',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'please', 'please,', 'i', "i'm", 'we', 'it',
  'this', 'that', 'calling', 'looking', 'trying', 'afraid', 'in', 'on', 'at', 'from', 'with', 'also', 'still', 'already',
  'happy', 'glad', 'busy', 'done', 'confused', 'frustrated', 'upset', 'angry', 'new', 'who', 'what', 'why', 'how', 'when',
  'unsubscribe', 'stop', 'take', 'remove', 'cancel', 'wrong', 'congratulations', 'press', 'good', 'morning', 'afternoon',
  'evening', 'buenos', 'buenas', 'hola', 'bonjour', 'dias', 'días', 'tardes', 'any', 'nobody', 'someone', 'we’re', "we're",
  'pricing', 'billing', 'support', 'sales', 'referral', 'rewards', 'customer', 'member', 'student', 'brightside', 'mom', 'dad',
]);

/** Words that follow "this is" in lower-case speech but are not names. */
const COMMON_WORDS = new Set([
  'about', 'regarding', 'for', 'to', 'me', 'him', 'her', 'them', 'us', 'um', 'uh', 'er', 'like', 'kind', 'sort', 'really', 'very',
  'going', 'gonna', 'getting', 'about', 'is', 'was', 'be', 'been', 'and', 'or', 'but', 'if', 'then', 'there', 'here', 'where',
  'what', 'ridiculous', 'crazy', 'insane', 'unacceptable', 'great', 'awesome', 'terrible', 'fine', 'correct', 'right', 'wrong',
  'your', 'you', 'his', 'she', 'he', 'they', 'we', 'it', 'its', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'our',
  'with', 'from', 'of', 'on', 'in', 'at', 'by', 'as', 'so', 'no', 'not', 'yes', 'ok', 'okay', 'please', 'thanks', 'thank',
  'calling', 'call', 'just', 'still', 'also', 'actually', 'again', 'now', 'today', 'tomorrow', 'urgent', 'important', 'weird',
  'interested', 'ready', 'sorry', 'happy', 'glad', 'fine', 'good', 'busy', 'sure', 'afraid', 'done', 'new', 'here', 'back', 'out',
  'there', 'all', 'any', 'some', 'one', 'two', 'three', 'calling', 'only', 'over', 'up', 'down', 'off', 'around', 'how', 'why',
  'when', 'who', 'which', 'yeah', 'yep', 'hi', 'hello', 'hey', 'bye', 'guys', 'folks', 'team', 'again', 'quick', 'question',
  'wondering', 'trying', 'looking', 'going', 'having', 'getting', 'telling', 'asking', 'sick', 'tired', 'confused', 'upset',
  'frustrated', 'angry', 'mad', 'annoyed', 'disappointed', 'worried', 'concerned', 'calm', 'serious', 'honest', 'late', 'early',
  'driving', 'away', 'home', 'work', 'office', 'free', 'available', 'unavailable', 'able', 'unable', 'aware', 'pretty', 'totally',
]);

const NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";
const FULL = `(${NAME_WORD})(?:\\s+(${NAME_WORD}))?`;
const INTRO = [
  new RegExp(`(?:^|[\\s,])(?:this is|my name is|my name's|name's|the name is|i am|i'm|it's|it is|me llamo|soy|habla)\\s+${FULL}`, 'u'),
  new RegExp(`^(?:(?:hi|hello|hey|yes|yeah|hola|good (?:morning|afternoon|evening))[,!.]?\\s+)?${FULL}\\s+(?:here|speaking|calling)\\b`, 'u'),
  // "Hana Kim." / "Hi, Zoe." at the start of a turn: a full name alone, or a name after a greeting
  // (a lone "Perfect." is not a name).
  new RegExp(`^(?:hi|hello|hey|yes|yeah|hola|good (?:morning|afternoon|evening))[,!.]?\\s+${FULL}\\s*[.,!](?:\\s|$)`, 'u'),
  // ...but not a name followed by who that person is ("Dev Raman, he runs a grooming franchise"):
  // that is someone else.
  new RegExp(`^(${NAME_WORD})\\s+(${NAME_WORD})\\s*[.,!](?:\\s|$)(?!\\s*(?:he|she|they|él|ella)\\b)`, 'u'),
];

function isName(w: string | undefined): boolean {
  if (!w) return false;
  return !NOT_NAMES.has(fold(w).replace(/[.,!]$/, ''));
}

const STOPWORDS = new Set([
  'i', 'i\'m', 'i\'d', 'i\'ll', 'i\'ve', 'want', 'would', 'like', 'love', 'need', 'refer', 'referred', 'recommend', 'recommended', 'introduce',
  'friend', 'colleague', 'coworker', 'co-worker', 'boss', 'neighbor', 'neighbour', 'sister', 'brother', 'cousin', 'partner', 'manager',
  'client', 'buddy', 'mom', 'dad', 'wife', 'husband', 'son', 'daughter', 'told', 'sent', 'gave', 'got', 'email', 'number', 'cell', 'phone',
  'mobile', 'address', 'can', 'could', 'will', 'do', 'does', 'did', 'have', 'has', 'had', 'are', 'were', 'am', 'code', 'link', 'referral',
  'program', 'rewards', 'reward', 'demo', 'pricing', 'price', 'quote', 'thing', 'stuff', 'someone', 'somebody', 'anyone', 'everyone',
  'name', 'called', 'named', 'know', 'think', 'say', 'said', 'tell', 'let', 'give', 'send', 'reach', 'contact', 'them', 'sign', 'up',
  'join', 'who', 'whom', 'whose', 'yes', 'no', 'is', 'are', 'be', 'was', 'at', 'dot', 'com', 'gmail', 'there', 'their', 'they',
]);

/**
 * Lower-case speech-to-text ("refer my friend nick lane"): capitalises words that could be names,
 * so the name patterns can read them. Text that has capitals is returned as it is.
 */
export function capitaliseLikelyNames(text: string): string {
  if (/\p{Lu}/u.test(text)) return text;
  return text.replace(/[a-z][a-z'’-]*/g, (w) => {
    const k = w.replace(/’/g, "'");
    if (k.length < 2 || STOPWORDS.has(k) || COMMON_WORDS.has(k) || NOT_NAMES.has(k) || /(?:ing|ed|ly|ful|ous|ive|able|tion)$/.test(k)) return w;
    return w.charAt(0).toUpperCase() + w.slice(1);
  });
}

/** The caller's own name stated in one of their first turns. */
export function spokenName(sentences: Sentence[]): { firstName: string; lastName: string | null; sentence: Sentence } | null {
  const firstTurns = new Set<number>();
  // ("Hi, yes—", cut off by the agent's menu, is no turn the caller could have said a name in.)
  const wordsInTurn = new Map<number, number>();
  for (const x of sentences) wordsInTurn.set(x.turn, (wordsInTurn.get(x.turn) ?? 0) + x.text.split(/\s+/).length);
  const fragment = (turn: number) => (wordsInTurn.get(turn) ?? 0) <= 3;
  for (const s of sentences) {
    if (firstTurns.size >= 3 && !firstTurns.has(s.turn)) break;
    if (!fragment(s.turn)) firstTurns.add(s.turn);
    // Intro words lower-cased so the patterns can demand capitalised names without the i flag.
    const text = stripFillers(s.text)
      .replace(/[’]/g, "'")
      .replace(/\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Doctor)\.?\s+(?=\p{Lu})/gu, '')
      .replace(/\b(?:This|Is|My|Name's|Name|The|I'm|I|Am|It's|It|Hi|Hello|Hey|Yes|Yeah|Hola|Good|Morning|Afternoon|Evening|Me|Llamo|Soy|Habla|Here|Speaking|Calling)\b/g, (w) => w.toLowerCase());
    // Speech-to-text without capitals ("hi this is ben carter um"): only the explicit intros count.
    if (!/\p{Lu}/u.test(s.text)) {
      const plausible = (w: string | undefined) => w != null && isName(w) && !COMMON_WORDS.has(w) && !/(?:ing|ed|ly|ful|ous|ive|able)$/.test(w) && w.length > 1;
      const low = fold(stripFillers(s.text));
      for (const intro of low.matchAll(/(?:^|[\s,])(this is|my name is|my name's|name's|the name is|i'm|i am|it's|it is|hi|hello|hey)(?=[\s,])/g)) {
        const m = low.slice((intro.index ?? 0) + intro[0].length).match(/^[\s,]+([a-z][a-z'-]+)(?:\s+([a-z][a-z'-]+))?/);
        if (!m) continue;
        // "i'm" / "it's" / "hi" are weak: they need a first and a last name ("i'm tara singh").
        const weak = !/^(?:this is|my name is|my name's|name's|the name is)$/.test(intro[1]);
        if (plausible(m[1]) && (!weak || plausible(m[2]))) {
          return { firstName: titleCase(m[1]), lastName: plausible(m[2]) ? titleCase(m[2]!) : null, sentence: s };
        }
      }
      continue;
    }
    for (const re of INTRO) {
      // Case-insensitive only for the greeting; names must be capitalised.
      const m = text.match(re);
      if (!m) continue;
      const [first, last] = [m[1], m[2]];
      if (!isName(first)) continue;
      // "It's Ivy Chen" ok; "I'm in Chicago" fails isName('in') (lower-case never matches \p{Lu} anyway).
      const lastOk = last && isName(last) ? last : null;
      // "Ruth Okafor referred me": the intro patterns need "here"/punctuation after the name, so a
      // referrer at the start of a sentence is not taken as the caller.
      return { firstName: first, lastName: lastOk, sentence: s };
    }
  }
  return null;
}

const ASKS_NAME = /\b(?:your (?:full )?name|who am i speaking (?:with|to)|who's calling|who is calling|su nombre|c[oó]mo se llama|qui[eé]n habla)\b/i;

/** "Can I get your name and email?" - "Hannah Brandt, B-R-A-N-D-T.": a name given as the answer. */
export function answeredName(call: Call, sentences: Sentence[]): { firstName: string; lastName: string | null; sentence: Sentence } | null {
  for (const s of sentences) {
    const before = call.transcript[s.turn - 1];
    if (before?.speaker !== 'agent' || !ASKS_NAME.test(before.text)) continue;
    // Only the first sentence of the answer, and only a name standing alone in it.
    if (sentences.find((x) => x.turn === s.turn) !== s) continue;
    const m = stripFillers(s.text).match(/^(\p{Lu}[\p{Ll}'’-]+)(?:\s+(\p{Lu}[\p{Ll}'’-]+))?(?=\s*(?:[,.!]|$))/u);
    if (m && isName(m[1]) && !COMMON_WORDS.has(fold(m[1])) && (!m[2] || isName(m[2]))) return { firstName: m[1], lastName: m[2] ?? null, sentence: s };
  }
  return null;
}

const COMPANY_WORD = "[\\p{Lu}\\d][\\p{L}\\d&'’.-]*";
const COMPANY_RE = new RegExp(
  `(?:\\b(?:calling from|i'm with|i am with|i work (?:at|for)|we're|we are|our company is|my company is|the company is)\\s+|${NAME_WORD}\\s+(?:here\\s+)?from\\s+)(${COMPANY_WORD}(?:\\s+(?:&\\s+)?${COMPANY_WORD}){0,2})`,
  'u',
);

export function spokenCompany(sentences: Sentence[]): { company: string; sentence: Sentence } | null {
  for (const s of sentences.slice(0, 6)) {
    const m = s.text.replace(/’/g, "'").match(COMPANY_RE);
    if (m && m[1] && !/^(?:I|We|The|A|An|Your|Our)$/.test(m[1])) {
      const company = m[1].replace(/[.,]+$/, '');
      if (/^(?:ready|interested|looking|calling|not|just|so|really|happy|here|trying)$/i.test(company)) continue;
      return { company, sentence: s };
    }
  }
  return null;
}

const OTHER_PERSON = /\b(?:refer|referring|recommend|introduce) (?:my |a |our )?\w+\b(?![^.]*\bmy (?:own )?(?:email|number)\b)|\b(?:her|his|their|my (?:friend|colleague|coworker|co-worker|boss|brother|sister|wife|husband|partner|neighbou?r|cousin)|[A-Z][a-z]+'s)\s+(?:work\s+)?(?:email|e-mail|address|number|phone|cell)\b|\b(?:reach|email|call|text|contact) (?:her|him|them)\b|\b(?:she|he|they)(?:'s| is| are)? (?:at|on)\b|\b(?:her|his|their) name(?:'s| is)\b|(?<![\p{L}])(?:su (?:correo|e-?mail|n[uú]mero|tel[eé]fono|celular)|(?:el )?(?:correo|n[uú]mero|tel[eé]fono|celular) de (?:ella|[eé]l|mi (?:herman[oa]|amig[oa]|vecin[oa]|prim[oa]|hij[oa]|espos[oa]|mam[aá]|pap[aá]|cuñad[oa]|soci[oa])))(?![\p{L}])/iu;

const OWN_CODE_RE = /\bmy (?:own |member |referral |personal |advocate |ambassador |partner |club |rewards? |program )?(?:referral )?code(?:\?\s*(?:it's|it is)|\? it's| is|'s|:|,)?\s+([A-Za-z0-9]+(?:[- ][A-Za-z0-9]+)?)|(?<![\p{L}])mi (?:propio )?c[oó]digo(?: de (?:soci[oa]|miembro|embajador[a]?|referid[oa]s?)| del (?:programa|club))?(?: es|:)?\s+([A-Za-z0-9]+(?:[- ][A-Za-z0-9]+)?)/iu;
/** Words that say a number in the sentence is the caller's own to reach them on. */
const NUMBER_CUE = /\b(?:number|phone|cell|mobile|reach me|call me)\b/i;
/** "This is Kwame Asante, member code KWAME-3": a code the caller introduces themselves with. */
const INTRODUCED_WITH_CODE = /\b(?:this is|it's|i'm) [\p{L}'. -]{2,40},\s*(?:member|partner|ambassador|advocate|club) (?:code|number|id)(?: is|:)?\s+([A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)/iu;
/** The agent's "that's your member code" (not "your friend's code"), "es su código de socia". */
const AGENT_CONFIRMS_OWN_CODE = /\b(?:that's|that is|it's|it is) your (?:own |member |referral |partner |personal |ambassador |advocate )?code\b|(?<![\p{L}])es su (?:propio c[oó]digo|c[oó]digo de (?:soci[oa]|miembro|embajador[a]?))(?![\p{L}])/iu;
const REFERRER_CUE = /\b(?:from (?!my own\b)[a-z]+'?s?\b|gave (?:it|this|that|them) to me|got (?:it|this|that) from|[A-Z][a-z]+ gave|gave me|got (?:it|a|the|her|his|this)? ?(?:code|link)? ?from|from (?:my|a|her|his)|referred|sent me|her code|his code|their code|friend's|used|using|recommended)\b/i;

/** The caller says the number they are calling from is their new one. */
const NEW_NUMBER_HERE =
  /\b(?:(?:calling (?:you )?(?:from|on)|i'm on|i am on) (?:my|our) new (?:office |work |home )?(?:cell|number|phone|mobile|line)|(?:please )?use this (?:one|number)(?! for)|(?:put|add|save) this (?:one|number) (?:on|to|in) (?:(?:my|the) )?(?:account|file|record|profile)|this is my new (?:cell|number|phone|mobile)(?! for)|call me (?:on|at) this (?:one|number) (?:from now on|instead)|this (?:one|number)(?:'s| is) (?:the|my) new (?:one|number|cell)|new (?:phone |cell )?number,? (?:it's |is )?(?:this one|the one) (?:i'm|i am) calling (?:from|on)|(?:the )?new one(?:'s| is) (?:this one|the one) (?:i'm|i am) calling (?:from|on)|(?:update|change|switch) (?:it|my (?:phone |cell )?number|me) to (?:this|the one i'm calling from)|ll[aá]m(?:en|eme) a este (?:n[uú]mero|celular)|este es (?:mi|el) (?:n[uú]mero|celular) nuevo|el nuevo es (?:este|[eé]ste) (?:del que|desde el que|de donde) (?:le |les )?(?:hablo|llamo|estoy llamando))\b/i;

const ROLE_MAILBOX = /^(?:accounting|accounts|billing|finance|invoices?|ap|ar|payables|info|support|help|sales|admin|office|hr|team|hello|contact|noreply|no-reply)@/;
const SEND_TO = /\b(?:send|forward|cc|copy|mail|email)\b[^.]{0,40}\b(?:invoices?|receipts?|statements?|bills?|them|it|those|these|the \w+)\b[^.]{0,20}\bto\b/i;

/** The caller announces someone else's address: "he told me to give you his email", "here's her email". */
const THEIR_ADDRESS_NEXT = /\b(?:his|her|their) (?:email|e-mail|address|gmail)\b(?![^.?!]*\b(?:is|'s)\b)/i;

/** The agent's previous turn asked for someone else's contact ("And her email?"). */
function askedAboutSomeoneElse(call: Call, turn: number): boolean {
  const prev = call.transcript[turn - 1];
  if (prev?.speaker !== 'agent') return false;
  if (/\b(?:her|his|their|your (?:friend|colleague|referral)'s|the referral's)\s+(?:email|e-mail|number|phone|cell)\b|\breach (?:her|him|them)\b/i.test(prev.text)) return true;
  // "What's her name?" - "Dolores Vance... Cell's four eight oh...": the answer is about the person asked after.
  if (/\bwhat(?:'s| is) (?:her|his|their) (?:full |first |last )?name\b|\bc[oó]mo se llama (?:ella|[eé]l|su (?:amig|compa[ñn]er|vecin|herman|cu[ñn]ad|prim|conocid)\p{L}*)/iu.test(prev.text)) return true;
  // "What's Paloma's full name and email?": a named person's contact.
  // ("What's the cell?" and "That's the number?" are no one's.)
  if (/(?!(?:What|That|It|There|Here|Where|Who|How|Let|He|She)['’]s)\p{Lu}\p{Ll}+['’]s\b[^?.]{0,30}\b(?:email|e-mail|number|phone|cell|contact)\b/u.test(prev.text)) return true;
  // "Can you spell her name and give me an email?", "What's the best way to reach Nadia?": a
  // question about a third person that asks for a contact.
  // "Do you have an email or a phone number for Dr. Soto?", "Do you have an email for her?": a
  // contact asked for someone else.
  if (/\b(?:email|e-mail|number|phone|cell|contact)\b[^?.]{0,25}\bfor\s+(?:her|him|them|(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?\p{Lu}\p{Ll}+)\b[^?.]*\?/u.test(prev.text)) return true;
  // "¿Tiene algún dato de contacto de Paola?", "¿Y el correo de ella?": the same, in Spanish.
  if (/(?<![\p{L}])(?:contacto|correo|n[uú]mero|tel[eé]fono|celular|email)\s+de\s+(?:ella|[eé]l|ellos|su (?:amig|vecin|herman|cu[ñn]ad|prim|compa[ñn]er|soci)\p{L}*|(?:(?:la|el) (?:se[ñn]ora|se[ñn]or|se[ñn]orita|doctora?) )?\p{Lu}\p{Ll}+)(?![\p{L}])[^?]*\?/u.test(prev.text)) return true;
  return /\?/.test(prev.text) && /\b(?:her|him|his|them|their)\b|\b(?:reach|email|call|contact|text)\s+\p{Lu}\p{Ll}+/u.test(prev.text) && /\b(?:email|e-mail|number|phone|cell|reach|contact)\b/i.test(prev.text) && !/\b(?:your|you)\b[^?]{0,20}\b(?:email|e-mail|number|phone|cell)\b/i.test(prev.text);
}

export function normaliseCode(raw: string): string | null {
  const c = raw.trim().replace(/\s+(?=\d)/, '-').replace(/\s+/g, '').toUpperCase();
  return /^[A-Z0-9][A-Z0-9-]{1,31}$/.test(c) && /[A-Z]/.test(c) ? c : null;
}

/**
 * The agent's read-back files the address under someone else ("Leon Duarte, leon@duarteplumbing.com.
 * I'll pass him along as your referral"): the caller was handing a person over, not giving their own.
 */
function agentFilesUnderSomeoneElse(call: Call, turn: number, email: string, read: (text: string) => string[] = extractEmails): boolean {
  const next = call.transcript[turn + 1];
  if (next?.speaker !== 'agent' || !read(next.text).includes(email)) return false;
  // "...under your partner code": filed as a referral; "you'll get your referral code there" is the caller's own join.
  // ("You'll get a welcome email with your code": the code the caller gets on joining.)
  return /\b(?:her|him|them|his|their|she|he)\b|\b(?:under|using|on) your (?:partner |referral |member )?code\b|(?<!\b(?:email|e-mail|message|text|link|kit|packet) )\b(?:with|to) your (?:partner |referral |member )?code\b|\bas (?:a |your )referral\b/i.test(next.text);
}

/**
 * An address named for someone else said in the call ("Ty Okafor... ty at okafor signs dot com"
 * from Helen; "beatriz arroba quintero veterinaria punto com" from Lucía): its local part starts
 * with a name the call says that is not the caller's, and holds none of the caller's own names.
 */
function addressOfSomeoneNamed(call: Call, email: string, selfNames: Set<string>): boolean {
  if (!selfNames.size) return false;
  const local = foldAccents(email.split('@')[0]).replace(/[^a-z]/g, '');
  if ([...selfNames].some((n) => n.length >= 3 && local.includes(n))) return false;
  const said = new Set<string>();
  for (const t of call.transcript) for (const m of t.text.matchAll(/(?<![\p{L}@.])(\p{Lu}\p{Ll}+)/gu)) said.add(foldAccents(m[1]));
  // "rigo punto alvarez arroba..." for Rigoberto Álvarez: a surname of someone else's inside it.
  return [...said].some((n) => n.length >= 2 && !selfNames.has(n) && ((local.startsWith(n) && (local.length === n.length || n.length >= 3)) || (n.length >= 5 && local.endsWith(n))));
}

/**
 * The agent's turn just before asks for the caller's own code ("Can you confirm your partner code for
 * me?", "Do you have your referral code handy?", "Could you help me find you — maybe your referral
 * code?", "Do you have your email or your referral code so I can find you?", "¿Me confirma su código
 * de socio?"), not the code of
 * whoever referred them.
 */
function agentAskedForOwnCode(call: Call, turn: number): boolean {
  const before = call.transcript[turn - 1];
  if (before?.speaker !== 'agent') return false;
  return /\b(?:confirm|verify|what's|what is|read me|do you have|have you got|can i (?:get|have)|could i (?:get|have)|may i have) your (?:own |member |referral |partner |ambassador |advocate |personal |club )?(?:referral )?code\b|\byour (?:own|member|partner|ambassador|advocate|personal) code\b|\b(?:maybe|perhaps|or|like|with) your (?:member |referral |partner )?code\s*\?|\b(?:do you have|have you got|can you give me|could you give me) your (?:email|e-mail|number|phone|name) or your (?:member |referral |partner )?code\b[^?]*\?|\bsu (?:propio )?c[oó]digo de (?:soci[oa]|miembro|embajador[a]?)\b|\bconfirm(?:a|arme) su c[oó]digo\b/i.test(before.text) && !/\b(?:referr(?:er|ed)|who sent you|their|his|her)\b/i.test(before.text);
}

/**
 * The agent's turn just before asks for the caller's number ("What's the cell?"), so the answer is
 * one; not a number for someone else ("Do you have a number for Clay?").
 */
function agentAskedForNumber(call: Call, turn: number): boolean {
  const before = call.transcript[turn - 1];
  if (before?.speaker !== 'agent') return false;
  // In Spanish "su número" is yours or theirs alike: only a question about the caller's own new
  // number counts ("¿El número nuevo es este desde el que llama?").
  if (/(?<![\p{L}])(?:n[uú]mero|celular|tel[eé]fono)(?![\p{L}])[^?]*\b(?:nuevo|nueva|desde el que (?:me |nos )?llama)\b[^?]*\?|\b(?:nuevo|nueva)\s+(?:n[uú]mero|celular)[^?]*\?/iu.test(before.text)) return true;
  if (!/\b(?:number|cell|phone|mobile)\b[^?]*\?/i.test(before.text)) return false;
  return !/\b(?:for|of)\s+(?!you\b|yourself\b|us\b)(?:\p{Lu}|him\b|her\b|them\b)|\b(?:his|her|their)\b/u.test(before.text);
}

/** The caller confirms a read-back: "Yep, that's it", "Correct", "Sí, ese". */
// ("Ese mero.": that very one, in Mexican Spanish.)
const CONFIRMS = /^(?:yes|yeah|yep|yup|correct|exactly|that's it|that's right|that's the one|right|perfect|s[ií]|exacto|correcto|eso|as[ií] es|[eéÉ]se (?:mero|mismo|es))\b/i;

/**
 * An email the agent reads back after the caller tried to say one (their turn has "at" or "arroba"
 * but no whole address, or one heard otherwise), which the caller then confirms.
 */
function confirmedReadBacks(call: Call): Array<{ email: string; callerTurn: number; agentTurn: number; replaces: string | null }> {
  const out: Array<{ email: string; callerTurn: number; agentTurn: number; replaces: string | null }> = [];
  const t = call.transcript;
  for (let i = 1; i + 1 < t.length; i++) {
    if (t[i].speaker !== 'agent' || t[i - 1].speaker !== 'caller' || t[i + 1].speaker !== 'caller') continue;
    // ("So that's bernie@stillwatteryoga.com, with two t's?" - "No, one t. S-T-I-L-L-W-A-T-E-R." -
    // "Got it: bernie@stillwateryoga.com." - "Yes. Perfect.": the read-back after a correction is of
    // the address said the turn before the first read-back.)
    const corrected = !/\b(?:at|arroba)\b/i.test(t[i - 1].text) && /^(?:no|nope|not quite|actually)\b/i.test(t[i - 1].text.trim()) && t[i - 2]?.speaker === 'agent' && extractEmails(t[i - 2].text).length > 0 && t[i - 3]?.speaker === 'caller';
    const callerTurn = corrected ? i - 3 : i - 1;
    if (!/\b(?:at|arroba)\b/i.test(t[callerTurn].text)) continue;
    if (!CONFIRMS.test(t[i + 1].text.trim().replace(/^[¡¿"'\s]+/, ''))) continue;
    const read = extractEmails(t[i].text);
    const heard = extractEmails(t[callerTurn].text);
    const domainOf = (e: string) => e.split('@')[1];
    // "Entonces cambio ramon.castillo@hotmail.com por castillolimpieza@gmail.com, ¿correcto?": a change
    // read back names the old address, then the new one, which is the one confirmed.
    const said = fold(t[i].text);
    const between = read.length === 2 && said.indexOf(read[0]) >= 0 ? said.slice(said.indexOf(read[0]) + read[0].length, said.indexOf(read[1])) : '';
    const change = /^\W+(?:\w+\W+)?(?:to|por|a|with|con|for)\W+$/.test(between);
    const email = change ? read[1] : read[0];
    if (!email || heard.includes(email)) continue;
    // "analucia punto mora, todo junto analucia, arroba gmail punto com" - "analucia.mora@gmail.com.
    // ¿Correcto?" - "Correcto.": a single address heard differently from the words is the one read
    // back and confirmed, in place of the one heard at its domain.
    // (Only a read-back of that one address: "I'll change your email from maeve.donnelly@gmail.com to
    // maeve@donnellyfloral.com" names the old one first, and a different domain is another address.)
    const sameDomain = heard.filter((h) => domainOf(h) === domainOf(email));
    if (!change && (heard.length > 1 || (heard.length === 1 && (read.length !== 1 || !sameDomain.length)))) continue;
    if (sameDomain.length > 1) continue;
    out.push({ email, callerTurn, agentTurn: i, replaces: sameDomain[0] ?? null });
  }
  return out;
}

/** "Most people call me Bernie", "I go by Tony": the name the caller goes by. */
const GOES_BY = /\b(?:(?:people|everyone|everybody|friends|they) (?:all )?call me|(?:i|i just) go by|you can call me|just call me|me dicen)\s+(\p{Lu}\p{Ll}+)/u;

/** Everything the caller says about who they are. */
export function callerIdentity(call: Call, defaultRegion = 'US'): CallerIdentity {
  const ev: Evidence[] = [];
  const sentences = callerSentences(call);
  const askedCache = new Map<number, boolean>();
  const askedAbout = (turn: number) => {
    if (!askedCache.has(turn)) askedCache.set(turn, askedAboutSomeoneElse(call, turn));
    return askedCache.get(turn)!;
  };
  const emails: string[] = [];
  const spokenEmails: string[] = [];
  const add = (xs: string[], v: string | null) => {
    if (v && !xs.includes(v)) xs.push(v);
  };
  add(emails, normaliseEmail(call.caller.email));
  const spokenSelf = spokenName(sentences);
  const selfNames = new Set(
    // ("Bernadette Achebe. Most people call me Bernie.": the name the caller goes by is theirs too.)
    [call.caller.firstName, call.caller.lastName, spokenSelf?.firstName, spokenSelf?.lastName, ...sentences.map((x) => x.text.match(GOES_BY)?.[1] ?? null)]
      .flatMap((n) => (n ?? '').split(/\s+/))
      .map((n) => foldAccents(n).replace(/[^a-z]/g, ''))
      .filter((n) => n.length >= 2),
  );
  for (const s of sentences) {
    if (OTHER_PERSON.test(s.text) || askedAbout(s.turn)) continue;
    // "He told me to give you his email. Hold on... tboyd dot builds at gmail dot com.": whose address
    // it is, said a sentence or two before it in the same turn.
    const at = sentences.indexOf(s);
    if (!/\bmy\b/i.test(s.text) && sentences.slice(Math.max(0, at - 2), at).some((b) => b.turn === s.turn && THEIR_ADDRESS_NEXT.test(b.text))) continue;
    for (const e of extractEmails(s.text)) {
      // A team mailbox ("accounting@...") or an address things are sent to is not the caller's own.
      if (ROLE_MAILBOX.test(e) || (SEND_TO.test(s.text) && !/\bmy (?:new )?(?:email|e-mail|address)\b|\b(?:me|reach me) at\b/i.test(s.text))) continue;
      if (agentFilesUnderSomeoneElse(call, s.turn, e) || addressOfSomeoneNamed(call, e, selfNames)) continue;
      add(emails, e);
      if (!spokenEmails.includes(e)) {
        spokenEmails.push(e);
        ev.push({ field: 'caller.email', quote: s.text, turn: s.turn });
      }
    }
  }
  // "Sure, it's derek dot amundsen, at gmail." - "So, derek.amundsen@gmail.com?" - "Yep, that's it.":
  // an address the caller's words did not finish, read back whole and confirmed.
  for (const back of confirmedReadBacks(call)) {
    if (askedAbout(back.callerTurn) || ROLE_MAILBOX.test(back.email)) continue;
    const replaces = back.replaces && spokenEmails.includes(back.replaces) ? back.replaces : null;
    if (!replaces && spokenEmails.length) continue;
    if (agentFilesUnderSomeoneElse(call, back.callerTurn, back.email) || addressOfSomeoneNamed(call, back.email, selfNames)) continue;
    if (replaces) {
      spokenEmails.splice(spokenEmails.indexOf(replaces), 1);
      if (emails.includes(replaces)) emails.splice(emails.indexOf(replaces), 1);
    }
    add(emails, back.email);
    spokenEmails.push(back.email);
    ev.push({ field: 'caller.email', quote: call.transcript[back.agentTurn].text, turn: back.agentTurn });
  }
  const phones: string[] = [];
  const spokenPhones: string[] = [];
  // On an outbound call the customer is the one we dialled: their number is `to_number`, and
  // `from_number` is our own line.
  add(phones, normalisePhone(call.direction === 'outbound' ? call.toNumber : call.fromNumber, defaultRegion));
  add(phones, normalisePhone(call.caller.phone, defaultRegion));
  sentences.forEach((s, k) => {
    if (OTHER_PERSON.test(s.text) || askedAbout(s.turn)) return;
    // "Call my cell instead. Five-two-oh, five-five-five, oh-one-oh-seven.": the digits follow the
    // sentence that says whose number they are ("My cell number changed. The one ending in 0166 is
    // dead. New one is 612-555-0199.": one of the two before, in the same turn).
    const cuedBefore = [sentences[k - 1], sentences[k - 2]].some((b) => b?.turn === s.turn && NUMBER_CUE.test(b.text) && !OTHER_PERSON.test(b.text));
    if (!NUMBER_CUE.test(s.text) && !cuedBefore && !agentAskedForNumber(call, s.turn)) return;
    for (const p of extractPhones(s.text, defaultRegion)) {
      // "Cousin. Marcus Pickett... Number's 404 555 0517." - "404-555-0517, Marcus Pickett. Does he
      // have an email?": the agent files the number under someone else.
      if (agentFilesUnderSomeoneElse(call, s.turn, p, (text) => extractPhones(text, defaultRegion))) continue;
      add(phones, p);
      if (!spokenPhones.includes(p)) {
        spokenPhones.push(p);
        ev.push({ field: 'caller.phone', quote: s.text, turn: s.turn });
      }
    }
  });
  // "I'm calling from my new cell", "please use this one", "this one's the new one": the number the
  // call comes from is the caller's new number, said as plainly as if they had read it out.
  const calling = normalisePhone(call.direction === 'outbound' ? call.toNumber : call.fromNumber, defaultRegion);
  const saysThisIsNew = sentences.find((s) => !askedAbout(s.turn) && NEW_NUMBER_HERE.test(s.text));
  if (calling && saysThisIsNew && !spokenPhones.includes(calling)) {
    spokenPhones.push(calling);
    ev.push({ field: 'caller.phone', quote: saysThisIsNew.text, turn: saysThisIsNew.turn });
  }
  // "And the new number is the one you're calling from, six one six, five five five, zero one eight
  // three?" - "Yes, that's it.": the agent's read-back of a new number, which the caller confirms.
  for (let i = 0; i + 1 < call.transcript.length; i++) {
    const a = call.transcript[i];
    const answer = call.transcript[i + 1];
    if (a.speaker !== 'agent' || answer.speaker !== 'caller' || !/\bnew (?:phone |cell |mobile )?number\b|\b(?:n[uú]mero|celular) nuevo\b/i.test(a.text)) continue;
    if (!CONFIRMS.test(answer.text.trim().replace(/^[¡¿"'\s]+/, '')) || /\b(?:her|his|their|for (?:him|her|them))\b/i.test(a.text)) continue;
    for (const p of extractPhones(a.text, defaultRegion)) {
      add(phones, p);
      if (!spokenPhones.includes(p)) {
        spokenPhones.push(p);
        ev.push({ field: 'caller.phone', quote: answer.text, turn: i + 1 });
      }
    }
  }
  let firstName = cleanName(call.caller.firstName);
  let lastName = cleanName(call.caller.lastName);
  if (firstName && !lastName && firstName.includes(' ')) ({ firstName, lastName } = splitName(firstName));
  let nameFromTranscript = false;
  const spoken = spokenName(sentences) ?? answeredName(call, sentences);
  if (spoken) {
    ev.push({ field: 'caller.name', quote: spoken.sentence.text, turn: spoken.sentence.turn });
    if (!firstName) {
      firstName = cleanName(spoken.firstName);
      lastName = lastName ?? cleanName(spoken.lastName);
      nameFromTranscript = true;
    } else if (!lastName && spoken.lastName && cleanName(spoken.firstName)?.toLowerCase() === firstName.toLowerCase()) {
      lastName = cleanName(spoken.lastName);
      nameFromTranscript = true;
    }
  }
  const sc = spokenCompany(sentences);
  if (sc) ev.push({ field: 'caller.company', quote: sc.sentence.text, turn: sc.sentence.turn });
  const company = call.caller.company?.trim() || sc?.company || null;

  const ownCodes: string[] = [];
  const attributed = call.attribution.referralCode ? normaliseCode(call.attribution.referralCode) : null;
  // Read per turn as well: "My partner code? It's FELIPE-7." is two sentences.
  const turnsOfSentences = [...new Set(sentences.map((s) => s.turn))].map((turn) => ({ turn, speaker: 'caller' as const, text: sentences.filter((s) => s.turn === turn).map((s) => s.text).join(' ') }));
  for (const s of [...sentences, ...turnsOfSentences]) {
    // The answer to the agent's "Can you confirm your partner code?": "Yeah, mine's THEO-4."
    const asked = agentAskedForOwnCode(call, s.turn) ? s.text.match(/\b([A-Z][A-Z0-9]{1,15}-[A-Z0-9]{1,12})\b/) : null;
    const m = asked ?? s.text.match(OWN_CODE_RE) ?? s.text.match(INTRODUCED_WITH_CODE);
    if (!m || REFERRER_CUE.test(s.text)) continue;
    // "My partner code is D-M-I-T-R-I dash three": spelled, letter by letter.
    // (Only where the words after "code is" start with a lone letter: "JORDAN-B1, J-O-R-D-A-N dash B, one" is written.)
    // ("My code, yeah, it's mine — ROSA dash four.": a filler after "code" is no code; the words after it spell one.)
    const filler = /^(?:yeah|yes|yep|uh|um|so|okay|ok|well|sure)$/i.test(m[1] ?? m[2] ?? '');
    const spelled = m === asked || (!filler && !/^[A-Za-z](?:[\s.-]|$)/.test(m[1] ?? '')) ? null : spelledCode(s.text.slice(m.index ?? 0));
    if (filler && !spelled) continue;
    // ("My code is INGRID dash three.": the word, then its number said.)
    const said = spelled || m === asked ? null : wordDashCode(s.text.slice((m.index ?? 0) + m[0].length - (m[1] ?? m[2] ?? '').length));
    const code = spelled ? normaliseCode(spelled) : said ? normaliseCode(said) : normaliseCode(m[1] ?? m[2]);
    if (code && code !== attributed && !ownCodes.includes(code)) {
      ownCodes.push(code);
      ev.push({ field: 'caller.referralCode', quote: s.text, turn: s.turn });
    }
  }
  // "J-A-M-A-L, dash, nine. That's mine." - "JAMAL-9, yes, that's your member code.": the agent
  // confirms, straight after the caller, that a code is the caller's own.
  for (let i = 1; i < call.transcript.length; i++) {
    const turn = call.transcript[i];
    // ("Do you have your member referral code?" - "G-W-E-N, dash, H." - "GWEN-H. Thank you, Gwen
    // Halvorsen.": the agent reads back the code the caller spelled when asked for their own.)
    const readBack = agentAskedForOwnCode(call, i - 1) && !REFERRER_CUE.test(call.transcript[i - 1].text) && /^\W*[A-Z][A-Z0-9]{1,15}-[A-Z0-9]{1,12}\b/.test(turn.text);
    if (turn.speaker !== 'agent' || call.transcript[i - 1].speaker !== 'caller' || !(AGENT_CONFIRMS_OWN_CODE.test(turn.text) || readBack)) continue;
    const code = normaliseCode(turn.text.match(/\b([A-Z][A-Z0-9]{1,15}-[A-Z0-9]{1,12})\b/)?.[1] ?? '');
    if (code && code !== attributed && !ownCodes.includes(code)) {
      ownCodes.push(code);
      ev.push({ field: 'caller.referralCode', quote: turn.text, turn: i });
    }
  }
  return {
    emails,
    phones,
    firstName,
    lastName,
    company,
    externalId: call.caller.externalId?.trim() || null,
    ownCodes,
    spokenEmails,
    spokenPhones,
    spokenCompany: sc?.company ?? null,
    nameFromTranscript,
    evidence: ev,
  };
}
