/**
 * DialNexa writes numbers as digits with the country code and no `+` (12137771234). The call
 * model wants E.164 where known, read by the one phone normaliser the decision engine uses too;
 * anything it cannot read (`anonymous`, a SIP URI) is passed through unchanged rather than lost.
 */
import type { CountryCode } from 'libphonenumber-js';
import { normalisePhone } from '../../domain/normalise/phone';

export function toE164(raw: string | null | undefined, defaultRegion: CountryCode = 'US'): string | null {
  if (raw == null) return null;
  const text = raw.trim();
  if (!text) return null;
  return normalisePhone(text, defaultRegion) ?? text;
}
