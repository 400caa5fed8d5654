/**
 * Phone numbers to E.164 (libphonenumber-js). Withheld caller ids ("anonymous", "private", ...)
 * are null; digits-only international numbers without "+" (DialNexa's `12137771234`) are read as
 * international when that makes a valid number.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

const WITHHELD = /^(?:anonymous|withheld|private|restricted|unknown|unavailable|blocked|no caller id|not available|n\/a|none|null)$/i;

export function isWithheld(raw: string): boolean {
  return WITHHELD.test(raw.trim());
}

/** E.164 (`+14155550123`) or null when empty, withheld or not a possible number. */
export function normalisePhone(raw: string | null | undefined, defaultRegion = 'US'): string | null {
  if (raw == null) return null;
  const s = String(raw).trim();
  if (!s || isWithheld(s)) return null;
  const region = defaultRegion.toUpperCase() as CountryCode;
  const digits = s.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return null;
  const hasPlus = /^\s*(?:\+|00)/.test(s);
  const parse = (text: string, r?: CountryCode) => {
    try {
      return r ? parsePhoneNumberFromString(text, r) : parsePhoneNumberFromString(text);
    } catch {
      return undefined;
    }
  };
  if (hasPlus) {
    const p = parse(`+${s.trim().startsWith('00') ? digits.slice(2) : digits}`);
    return p && (p.isValid() || p.isPossible()) ? p.number : null;
  }
  // National format first ("(213) 777-1234", "12137771234" with its trunk prefix); a digits-only
  // international number without "+" ("442079460123") only when the national reading fails.
  const national = parse(s, region);
  if (national?.isValid()) return national.number;
  const intl = parse(`+${digits}`);
  if (national?.isPossible() && digits.length <= 10) return national.number;
  if (intl?.isValid()) return intl.number;
  if (national?.isPossible()) return national.number;
  if (intl?.isPossible()) return intl.number;
  return null;
}

/** Same number in any format. */
export function samePhone(a: string | null | undefined, b: string | null | undefined, region = 'US'): boolean {
  const x = normalisePhone(a, region);
  return x != null && x === normalisePhone(b, region);
}

const WORD_DIGITS: Record<string, string> = {
  zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  // Spanish, spoken digit by digit ("tres cero cinco, cinco cinco cinco...").
  cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9',
};

/** Phone numbers written or spoken in a sentence ("415 555 0199", "four one five ..."), as E.164. */
export function extractPhones(text: string, defaultRegion = 'US'): string[] {
  const out: string[] = [];
  const written = text.match(/(?:\+?\d[\d\s().-]{8,}\d)/g) ?? [];
  for (const w of written) {
    const n = normalisePhone(w, defaultRegion);
    if (n && !out.includes(n)) out.push(n);
  }
  const words = text.toLowerCase().replace(/[^a-z0-9\s-]/g, ' ').split(/[\s-]+/);
  let run = '';
  const flush = () => {
    if (run.length >= 10) {
      const n = normalisePhone(run, defaultRegion);
      if (n && !out.includes(n)) out.push(n);
    }
    run = '';
  };
  for (const w of words) {
    if (Object.prototype.hasOwnProperty.call(WORD_DIGITS, w) && (w !== 'o' || run)) run += WORD_DIGITS[w];
    else if (/^\d+$/.test(w) && run) run += w;
    else if (w === 'double' || w === 'triple') continue;
    else flush();
  }
  flush();
  return out;
}
