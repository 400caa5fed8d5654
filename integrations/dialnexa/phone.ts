/**
 * DialNexa writes numbers as digits with the country code and no `+` (12137771234). The call
 * model wants E.164 where known. A 10-digit string is ambiguous (a national US number, or a short
 * international one), so both readings are tried and the plausible one kept; anything that is not
 * a valid number (`anonymous`, a SIP URI, garbage) is passed through unchanged rather than lost.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export function toE164(raw: string | null | undefined, defaultRegion: CountryCode = 'US'): string | null {
  if (raw == null) return null;
  const text = raw.trim();
  if (!text) return null;
  if (text.startsWith('+')) {
    const p = parsePhoneNumberFromString(text);
    return p?.isValid() ? p.number : text;
  }
  const digits = text.replace(/[\s().-]/g, '');
  if (!/^\d{6,17}$/.test(digits)) return text;
  const international = parsePhoneNumberFromString(`+${digits}`);
  const national = parsePhoneNumberFromString(digits, defaultRegion);
  const intlOk = Boolean(international?.isValid());
  const natOk = Boolean(national?.isValid());
  if (intlOk && natOk) return digits.length > 10 ? international!.number : national!.number;
  if (intlOk) return international!.number;
  if (natOk) return national!.number;
  return text;
}
