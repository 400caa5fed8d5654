/**
 * Speech cut into the tokens a member's code or name is looked for in: accent-free lower-case
 * words, spoken digits as digits, "dash" dropped, spelled letters joined. One home, shared by the
 * referrer finder (referrer.ts) and the record index's mention keys (recordIndex.ts), so a code is
 * keyed exactly the way it is heard.
 */
import { foldAccents } from './text';

const SPOKEN_DIGITS: Record<string, string> = {
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  cero: '0', uno: '1', una: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9', diez: '10',
};
const SEPARATOR = new Set(['dash', 'hyphen', 'guion', 'minus', 'raya']);

/** Accent-free lower-case words; spoken digits as digits, "dash" dropped, spelled letters joined ("k e n j i" -> "kenji"). */
export function mentionTokens(text: string): string[] {
  const words = (foldAccents(text).match(/[a-z0-9]+/g) ?? [])
    .map((w) => SPOKEN_DIGITS[w] ?? w)
    .filter((w) => !SEPARATOR.has(w));
  const out: string[] = [];
  let spelling = false;
  for (const w of words) {
    const letter = w.length === 1 && /[a-z]/.test(w);
    if (letter && spelling) out[out.length - 1] += w;
    else out.push(w);
    spelling = letter;
  }
  return out;
}
