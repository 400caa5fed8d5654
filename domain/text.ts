/**
 * Small text helpers shared by the classifiers: turns by speaker, sentences with their turn index,
 * and the negation / quotation / condition guards that keep a phrase from counting.
 */
import type { Call, Turn } from './call';
import type { Evidence } from './plan';

export interface Sentence {
  /** Index of the turn in `call.transcript`. */
  turn: number;
  speaker: Turn['speaker'];
  text: string;
}

/** Splits a turn into sentences, keeping their text verbatim (trimmed). */
export function splitSentences(text: string): string[] {
  // A turn with no punctuation inside it is speech-to-text run together.
  const unpunctuated = !/[.!?;,]/.test(text.trim().replace(/[.!?]+$/, ''));
  // A sentence ends at . ! ? ; followed by a space, except after a title or "a.m." ("Dr. Haddad",
  // "9 a.m. tomorrow"); a spoken "dot io" or a written "tidepool.co" has no space after its dot.
  return text
    .split(/(?<=[!?;])\s+|(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr|Sr|Mt|vs|etc|Inc|Ltd|Co|No|dr|mr|mrs|ms|st|a\.m|p\.m|A\.M|P\.M|e\.g|i\.e|approx)\.)(?<=\.)\s+(?=[\p{L}\d"'“¿¡])/u)
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap((s) => (unpunctuated ? splitRunOn(s) : [s]));
}

/**
 * Speech-to-text without punctuation runs clauses together ("i need to reschedule fridays demo can
 * we do monday at 3 instead"): a long unpunctuated stretch is cut before discourse markers.
 */
function splitRunOn(sentence: string): string[] {
  if (sentence.split(/\s+/).length < 12) return [sentence];
  return sentence
    .split(/\s+(?=(?:and then|but|so|also|actually|um|uh|okay|anyway|can we|could we|can you|could you|please|and (?:please|also|can|could))\b)/i)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function sentencesOf(call: Call, speaker?: Turn['speaker']): Sentence[] {
  const out: Sentence[] = [];
  call.transcript.forEach((t, i) => {
    if (speaker && t.speaker !== speaker) return;
    for (const s of splitSentences(t.text)) out.push({ turn: i, speaker: t.speaker, text: s });
  });
  return out;
}

export function callerSentences(call: Call): Sentence[] {
  return sentencesOf(call, 'caller');
}

export function agentSentences(call: Call): Sentence[] {
  return sentencesOf(call, 'agent');
}

/** Lower-cases and folds curly quotes so regexes can be written plainly. */
export function fold(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').toLowerCase();
}

/** `fold`, with accents off too ("cancelación" -> "cancelacion"), for words said with or without them. */
export function foldAccents(text: string): string {
  return fold(text).normalize('NFKD').replace(/\p{M}/gu, '');
}

export function evidence(field: string, s: { text: string; turn: number }): Evidence {
  const quote = s.text.length > 300 ? `${s.text.slice(0, 297)}...` : s.text;
  return { field, quote, turn: s.turn };
}

/** The first sentence any of the patterns matches, with the match. */
export function findFirst(
  sentences: Sentence[],
  patterns: RegExp[],
  accept: (s: Sentence, m: RegExpMatchArray) => boolean = () => true,
): { sentence: Sentence; match: RegExpMatchArray } | null {
  for (const s of sentences) {
    const f = fold(s.text);
    for (const p of patterns) {
      const m = f.match(p);
      if (m && accept(s, m)) return { sentence: s, match: m };
    }
  }
  return null;
}

const NEGATION_BEFORE =
  /\b(?:don't|do not|doesn't|does not|didn't|did not|not|never|without|no need to|won't|wouldn't|isn't|is not|no reason to|nor|no intention (?:of|to))\b[^.,;!?]{0,40}$/;

/** True when the text right before `index` negates what follows ("I don't want to unsubscribe"). */
export function negatedAt(folded: string, index: number): boolean {
  // "Don't, like, stop calling": a filler set off by commas does not end the clause.
  let before = folded.slice(Math.max(0, index - 60), index).replace(/,\s*(?:like|um+|uh+|er|you know|i mean)\s*,\s*/g, ' ');
  // A new clause starts after "so", "but", "and", "please", "just": "I never signed up so stop calling".
  const cut = before.search(/(?:\b(?:so|but|and|please|just|then)\b|[,;:])(?!.*(?:\b(?:so|but|and|please|just|then)\b|[,;:]))/);
  if (cut >= 0) before = before.slice(cut).replace(/^(?:so|but|and|please|just|then)\b|^[,;:]/, '');
  // "The link doesn't work I want off the list" (no punctuation): a negated verb that ends its own
  // clause (work, load, open) does not reach past it.
  const closed = before.match(/^.*\b(?:doesn't|does not|don't|do not|isn't|is not|aren't|never|won't|didn't|did not)\s+(?:\w+\s+)?(?:work|works|working|load|loads|open|opens|go through|help|matter)\b/);
  if (closed) before = before.slice(closed[0].length);
  return NEGATION_BEFORE.test(before);
}

/** "my wife said ...", "he told me to ...": the speaker quotes someone else. */
export function quotesSomeoneElse(folded: string, index: number): boolean {
  const before = folded.slice(0, index);
  return /\b(?:he|she|they|my (?:wife|husband|boss|partner|friend|colleague|mom|mother|dad|father|son|daughter|neighbou?r|coworker|co-worker|manager|sister|brother|cousin|aunt|uncle|grandma|grandmother|grandpa|grandfather|roommate|assistant|kids?|family|team|employees?|staff|client|customer|nephew|niece|grandson|granddaughter|grandkids?|in-laws?|(?:brother|sister|son|daughter|father|mother)-in-law|stepson|stepdaughter|accountant|bookkeeper|lawyer|secretary)|someone|somebody|people|a friend|the other guy|customers?)\s+(?:wants? (?:you |them |us )?to|would like (?:you |them )?to|needs? (?:you |them )?to|asked to|said|says|told (?:me|them|you|us)|tells (?:me|them|you)|was saying|keeps saying|yelled|asked (?:me|them|you) to|wrote|always says|just says|(?:has |had |have )?(?:been |is |keeps |kept |was )?(?:after|on at|bugging|nagging|pushing|pressuring|begging) (?:me|us) to)\b[^.]*$/.test(
    before,
  ) || /\bi (?:told|asked|warned) (?:them|him|her|my \w+|the \w+)(?: to)?\b[^.]*$/.test(before) || (/["'“]\s*$/.test(before.slice(-2)) && /\b(?:said|says|told)\b/.test(before));
}

/** "nine p.m." as "nine pm": the dots of a.m. and p.m. end no sentence or clause. */
export const withoutClockDots = (f: string) => f.replace(/\b([ap])\.m\.(?=\W|$)/gi, '$1m');

/** "if you call again I'll unsubscribe", "I might unsubscribe": a condition about the future. */
export function conditionalAt(folded: string, index: number): boolean {
  // "If I get one more text after nine p.m., I'm unsubscribing": the dots of a.m. and p.m. end no sentence.
  const before = withoutClockDots(folded.slice(0, index));
  const after = withoutClockDots(folded.slice(index));
  // "I'd appreciate it if you'd stop", "if you could please stop": a polite request, not a condition.
  // "If it's all the same to you", "if you don't mind": politeness, not a condition.
  if (/\bif (?:it's|it is) all the same(?: to you)?\b|\bif you don't mind\b|\bif that's (?:ok|okay|alright|all right)\b|\bif possible\b/.test(before) && !/\b(?:if|unless|once|when|whenever)\b(?![^.]*\b(?:all the same|don't mind|that's (?:ok|okay|alright|all right)|possible)\b)[^.]*$/.test(before)) return false;
  const polite = /(?:\b(?:appreciate (?:it )?|be (?:great|nice|good|grateful|helpful) |prefer (?:it )?|grateful )if (?:you|y'all|your (?:company|team|folks|people|guys)|that|this)(?: (?:guys|folks|people|all))?(?:\s+(?:would|could|can|will)|'d|'ll)?|\bif (?:you|y'all)(?:\s+(?:would|could)|'d))\s*(?:please\s+|just\s+|kindly\s+)*$|\bappreciate (?:it )?if (?:this|that|today)\b[^.]*$/.test(before);
  if (!polite && /\b(?:if|unless|once|when|whenever|next time|in case|the (?:day|minute|moment|second) (?:you|they|y'all|somebody|someone))\b[^.]*$/.test(before)) return true;
  // A supposition: "Say, down the road, I wanted the texts to stop", "hypothetically", "what if".
  if (/(?:^|[^\w'])say,|\blet's say\b|\bsuppos(?:e|ing)\b|\bhypothetically\b|\bwhat if\b|\bdown the road\b|\bsome ?day\b|\bone day\b/.test(before.split(/[.?!]\s/).at(-1) ?? before)) return true;
  // Spanish conditions: "si me empiezan a llamar a cada rato... me doy de baja", "si algún día",
  // "si después de cancelar me siguen llegando los mensajitos... para que me borren de todo",
  // "¿y si ya no quiero que me llamen?" (what if), "Si yo me doy de baja de los correos, ¿todavía me pagan?".
  if (/(?<![\p{L}])(?:si (?:(?:yo|nosotros|nosotras) )?(?:me|nos|le|les|ustedes|usted|vuelven|siguen|empiezan|alg[uú]n d[ií]a|alguna vez|un d[ií]a|despu[eé]s de|m[aá]s adelante|otra vez|de nuevo|no (?:respondo|contesto|pago|llamo|confirmo|respondemos|contestamos|pagamos))|¿\s*(?:y\s+)?si(?! (?:puede|pueden|podr[ií]a|podr[ií]an|es posible|gusta|no es molestia))|y si (?:ya )?no|en caso de que|cuando (?:me|nos) (?:vuelvan|sigan|empiecen))(?![\p{L}])[^.]*$/u.test(before)) return true;
  // "If it goes up again, I'm out. I'll tell you to take me off everything": what they will say then.
  if (/\b(?:i'll|i will|i'd|i would|i'll be|we'll|we'd) (?:tell|be telling|ask|be asking) (?:you|y'all) to\s*$/.test(before)) return true;
  if (/\b(?:maybe|probably|thinking (?:about|of)|considering|wondering (?:if|whether)|what happens|(?:i|we) (?:might|may|could)|(?:i|we)'ll have to|(?:i|we) would have to|going to have to|(?:i|we)'d have to)\b[^.,]{0,25}$/.test(before)) return true;
  // "I'll unsubscribe if you call again": a condition after the phrase counts only when the caller
  // speaks of what they will do; "stop texting me, just call if you need something" is a request.
  if (/\b(?:i'll|i will|i'm going to|i am going to|i'd|i would|we'll|we will|gonna)\s+(?:\w+\s+)?$/.test(before) && /^[^.]{0,80}\b(?:if|unless)\b/.test(after)) return true;
  return false;
}

/** Drops leading fillers ("Uh, um, well, yes") so answers and introductions read the same. */
export function stripFillers(text: string): string {
  return text.replace(/^\s*(?:(?:uh|um|umm|er|erm|ah|oh|well|so|hmm|mm|like|okay so|ok so)\b[,.…]*\s*)+/i, '');
}

export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}
