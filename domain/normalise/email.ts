/**
 * Email addresses: normalised (trimmed, lower-case), and found in speech, written ("dana@northwind.io")
 * or spoken ("dana at northwind dot io", "dana dot whitfield at northwind dot co dot uk",
 * spelled "d a n a at northwind dot io").
 */
const EMAIL = /^[a-z0-9._%+'-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}$/;

export function normaliseEmail(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  let s = String(raw).trim().toLowerCase();
  s = s.replace(/^mailto:/, '').replace(/^[<("']+|[>)"'.,;:!?]+$/g, '');
  return EMAIL.test(s) ? s : null;
}

export function emailDomain(email: string | null | undefined): string | null {
  const e = normaliseEmail(email);
  return e ? e.slice(e.indexOf('@') + 1) : null;
}

/** Words that end the spoken local part when walking back from "at". */
export const SPOKEN_EMAIL_STOP_WORDS: ReadonlySet<string> = new Set([
  'is', 'it', "it's", 'its', 'email', 'e-mail', 'mail', 'address', 'me', 'reach', 'my', 'at', 'the', 'and', 'or', 'to',
  'you', 'can', 'use', 'send', 'that', 'try', 'her', 'his', 'their', 'on', 'is:', 'was', 'be', 'new', 'yes', 'yeah', 'sure',
  'okay', 'ok', 'so', 'um', 'uh', 'well', 'just', 'one', 'a', 'should', 'please', 'work', 'address:', 'and', 'also', 'then', 'now',
]);
const DIGIT_WORDS: Record<string, string> = { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
/** Spanish letter names, as a letter is spelled aloud ("de" and "te", words of their own, left out). */
const SPANISH_LETTERS: Record<string, string> = {
  be: 'b', ce: 'c', efe: 'f', ge: 'g', hache: 'h', jota: 'j', ka: 'k', ele: 'l', eme: 'm', ene: 'n', pe: 'p', cu: 'q', ere: 'r', erre: 'r', ese: 's', uve: 'v', equis: 'x', ye: 'y', zeta: 'z',
};
const JOINERS: Record<string, string> = { dot: '.', period: '.', underscore: '_', dash: '-', hyphen: '-', plus: '+' };

/** Every email in a sentence, written or spoken, normalised. */
export function extractEmails(text: string): string[] {
  const out: string[] = [];
  const add = (e: string | null) => {
    if (e && !out.includes(e)) out.push(e);
  };
  for (const m of text.match(/[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/g) ?? []) add(normaliseEmail(m));

  // Spoken: tokens, find "at" followed by "<word> dot <word> [dot <word>]". Spanish says
  // "alejandro punto ruiz arroba gmail punto com"; its words are read as the English ones only
  // where an "arroba" says an address is being spelled ("en punto" is o'clock elsewhere).
  const spoken = /\barroba\b/i.test(text)
    ? text.replace(/\barroba\b/gi, ' at ').replace(/\bpunto\b/gi, ' dot ').replace(/\bgui[oó]n bajo\b/gi, ' underscore ').replace(/\bgui[oó]n\b/gi, ' dash ')
    : text;
  const tokens = spoken
    // "carrasco punto m, de Martínez, arroba": a letter said with the word it stands for.
    .replace(/(\b[a-z]),?\s+(?:de|as in|like|como en)\s+\p{Lu}\p{L}+,?/gu, '$1')
    // "Ramón punto escobedo, arroba gmail punto com": an address holds no accents, its spoken words may.
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // "rangel catering, todo junto, punto com", "moss studio, all one word, dot co": how the words
    // join, not part of the address.
    // ("rafael, spelled out, at quinterohomes dot com": how it is said, too.)
    // "no dot" is that instruction only where nothing of the address follows it ("jsmith, no dot, at
    // gmail"); "no dot a0 at …" and "at no dot io" spell the word "no".
    .replace(/\b(?:todo junto|todo pegado|sin espacios|all one word|one word|all together|no spaces|spelled out|all lower ?case|lower ?case|no dots|no dot(?=\s*(?:[,.;:!?]|$|at\b)))\b/gi, ' ')
    // "d-h-o-l-l-i-s dot a-z", "maple c-p-a dot com": letters spelled one by one are one word.
    .replace(/(?<![\w-])[a-z0-9](?:-[a-z0-9])+(?![\w-])/gi, (m) => m.replace(/-/g, ''))
    .replace(/[’']/g, "'")
    .replace(/[,;:!?()"]/g, ' ')
    .replace(/\.(?=\s|$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    // "marisela punto ochoa, o-c-h-o-a, arroba": a word spelled out again right after it is said once.
    // ("seven seven" is two digits, said twice on purpose.)
    .filter((t, i, all) => !(i > 0 && t.length >= 3 && !/\d/.test(t) && t.toLowerCase() === all[i - 1].toLowerCase() && !(t.toLowerCase() in JOINERS) && !(t.toLowerCase() in DIGIT_WORDS)));
  // "luciaparedes punto e pe arroba": Spanish names its letters ("pe" is p, "eme" m); a letter's name
  // next to another letter is that letter.
  const isSpelled = (t: string | undefined) => t != null && (/^[a-z0-9]$/i.test(t) || t.toLowerCase() in SPANISH_LETTERS);
  const low = tokens
    .map((t) => t.toLowerCase())
    .map((t, i, all) => (spoken !== text && t in SPANISH_LETTERS && (isSpelled(all[i - 1]) || isSpelled(all[i + 1])) ? SPANISH_LETTERS[t] : t));
  for (let i = 1; i < low.length - 3; i++) {
    if (low[i] !== 'at' && low[i] !== '@') continue;
    // domain
    let j = i + 1;
    const dom: string[] = [];
    if (!/^[a-z0-9-]+$/.test(low[j] ?? '')) continue;
    // "at moss studio dot co": a domain said in words runs them together (up to three words).
    let label = '';
    // Spelled letters ("goldberg c p a dot com") run on without counting as words.
    let words = 0;
    while (j < low.length && label.length < 64 && /^[a-z0-9-]+$/.test(low[j]) && low[j] !== 'dot' && low[j] !== 'period' && (low[j].length === 1 || words < 3)) {
      // "okafor hyphen studio dot com": a dash said between the words of the domain.
      if ((low[j] === 'dash' || low[j] === 'hyphen') && label && /^[a-z0-9]/.test(low[j + 1] ?? '')) {
        label += '-';
        j++;
        continue;
      }
      if (low[j].length > 1) words++;
      label += low[j++];
    }
    dom.push(label);
    let dots = 0;
    while (j + 1 < low.length && (low[j] === 'dot' || low[j] === 'period') && /^[a-z0-9-]+$/.test(low[j + 1])) {
      dom.push(low[j + 1]);
      dots++;
      j += 2;
    }
    if (!dots || !/^[a-z]{2,24}$/.test(dom[dom.length - 1])) continue;
    // local part, walking back
    const local: string[] = [];
    let k = i - 1;
    const isLetter = (t: string) => /^[a-z0-9]$/.test(t);
    // "diego dot alvarez seven seven at yahoo dot com": digits said as words end the local part.
    let digits = '';
    let d = k;
    while (d >= 1 && low[d] in DIGIT_WORDS && digits.length < 6) digits = DIGIT_WORDS[low[d--]] + digits;
    // "aa dot two at …": digits after a joiner are a part of their own ("aa.2"), left to the joiners below.
    const digitsAfterJoiner = !!digits && d >= 1 && low[d] in JOINERS && /^[a-z0-9._+-]+$/.test(low[d - 1]) && !SPOKEN_EMAIL_STOP_WORDS.has(low[d - 1]);
    if (digits && (digitsAfterJoiner || (/^[a-z][a-z0-9._+-]*$/.test(low[d]) && !SPOKEN_EMAIL_STOP_WORDS.has(low[d])))) {
      local.unshift(digits);
      k = d;
    }
    if (!digitsAfterJoiner) {
      if (k < 0 || (!isLetter(low[k]) && SPOKEN_EMAIL_STOP_WORDS.has(low[k])) || !/^[a-z0-9._+-]+$/.test(low[k])) continue;
      if (isLetter(low[k])) {
        while (k >= 0 && isLetter(low[k])) local.unshift(low[k--]);
      } else local.unshift(low[k--]);
    }
    while (k >= 1 && low[k] in JOINERS && /^[a-z0-9._+-]+$/.test(low[k - 1]) && !SPOKEN_EMAIL_STOP_WORDS.has(low[k - 1])) {
      local.unshift(JOINERS[low[k]]);
      k--;
      if (isLetter(low[k])) while (k >= 0 && isLetter(low[k])) local.unshift(low[k--]);
      else local.unshift(low[k--]);
    }
    // "h vogel at vogel farms dot com": an initial said before the name is part of it.
    if (k >= 0 && /^[b-hj-z]$/.test(low[k]) && (k === 0 || !isLetter(low[k - 1])) && local.length === 1 && !isLetter(local[0])) local.unshift(low[k--]);
    const localPart = local
      .map((t) => (t in JOINERS ? JOINERS[t] : t))
      .join('');
    add(normaliseEmail(`${localPart}@${dom.join('.')}`));
  }
  return out;
}
