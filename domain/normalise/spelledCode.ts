/**
 * Referral codes spelled out letter by letter, as speech-to-text writes them ("K E N J I dash eight",
 * "R-O-S-A dash D-S", "L-U-Z, dos uno", "L-U-P-E, guion, quince"). Read by the caller's identity (their own code) and by the
 * referrer detector (someone else's).
 */
const NUMBER_WORDS: Record<string, string> = {
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18',
  nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50',
  cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9', diez: '10',
  once: '11', doce: '12', trece: '13', catorce: '14', quince: '15', dieciseis: '16', 'dieciséis': '16', diecisiete: '17', dieciocho: '18',
  diecinueve: '19', veinte: '20', veintiuno: '21', veintidos: '22', 'veintidós': '22', veintitres: '23', 'veintitrés': '23',
  veinticuatro: '24', veinticinco: '25', treinta: '30', cuarenta: '40', cincuenta: '50',
};
const NUMBER_WORD = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');
const SPELLED_CODE = new RegExp(String.raw`(?<![\w'’])((?:[A-Za-z][\s.-]+){2,}[A-Za-z])\b(?:(?:\s*(?:,|dash|hyphen|-|gui[oó]n))*\s*(\d+|(?:${NUMBER_WORD})(?:[\s-]+(?:${NUMBER_WORD})){0,3})\b)?`, 'i');

/** Number words as digits: "twenty one" is 21, and so is "two one" or "dos uno", said digit by digit. */
function spokenNumber(words: string[]): string {
  const values = words.map((w) => NUMBER_WORDS[w] ?? '');
  if (values.some((v) => v === '')) return '';
  if (values.length === 1) return values[0];
  if (values.length === 2 && /^[2-5]0$/.test(values[0]) && /^[1-9]$/.test(values[1])) return String(Number(values[0]) + Number(values[1]));
  return values.every((v) => /^\d$/.test(v)) ? values.join('') : '';
}

/**
 * A code spelled out letter by letter, as speech-to-text writes it: "K E N J I dash eight",
 * "P R I Y A, eleven", "L-U-Z, dos uno" -> "KENJI-8", "PRIYA-11", "LUZ-21". Null when the sentence spells none.
 */
export function spelledCode(text: string): string | null {
  const m = text.match(SPELLED_CODE);
  if (!m) return null;
  const letters = m[1].replace(/[\s.-]+/g, '').toUpperCase();
  if (letters.length < 3) return null;
  // "Y-E-S-I, guion, salon": a word after the dash is the code's second part.
  const after = text.slice((m.index ?? 0) + m[1].length);
  const wordPart = after.match(/^\s*,?\s*(?:dash|hyphen|gui[oó]n)\s*,?\s*([A-Za-z]{2,12})\b/i);
  if (wordPart && !NUMBER_WORDS[wordPart[1].toLowerCase()]) return `${letters}-${wordPart[1].toUpperCase()}`;
  // "R-O-S-A dash D-S": the second part spelled too.
  const spelledPart = after.match(/^\s*,?\s*(?:dash|hyphen|gui[oó]n)\s*,?\s*((?:[A-Za-z](?:\s*-\s*|\s+))+[A-Za-z])(?![A-Za-z])/i);
  if (spelledPart) return `${letters}-${spelledPart[1].replace(/[\s-]+/g, '').toUpperCase()}`;
  const digits = !m[2] ? '' : /^\d+$/.test(m[2]) ? m[2] : spokenNumber(m[2].toLowerCase().split(/[\s-]+/));
  return digits ? `${letters}-${digits}` : letters;
}

/** A word, a dash said aloud, and a number said or written: "INGRID dash three". */
const WORD_DASH_CODE = new RegExp(String.raw`^\s*([A-Za-z]{2,15})\s*,?\s*(?:dash|hyphen|gui[oó]n)\s*,?\s*(\d+|(?:${NUMBER_WORD})(?:[\s-]+(?:${NUMBER_WORD})){0,3})\b`, 'i');

/**
 * A code said as its word and then its number, "INGRID dash three", "ROSA, guion, cuatro" -> "INGRID-3",
 * "ROSA-4", at the start of the text. Null when the text starts with no such code.
 */
export function wordDashCode(text: string): string | null {
  const m = text.match(WORD_DASH_CODE);
  if (!m) return null;
  const digits = /^\d+$/.test(m[2]) ? m[2] : spokenNumber(m[2].toLowerCase().split(/[\s-]+/));
  return digits ? `${m[1].toUpperCase()}-${digits}` : null;
}
