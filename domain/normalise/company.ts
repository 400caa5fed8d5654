/**
 * Company identity: the domain of a work email (free-mail domains never count), and a comparison
 * key for company names ("Kim & Co." ~ "kim co", "Lumen Inc" ~ "lumen").
 */
import { emailDomain } from './email';

export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'ymail.com', 'rocketmail.com', 'hotmail.com', 'hotmail.co.uk',
  'outlook.com', 'live.com', 'msn.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com',
  'pm.me', 'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 'mail.com', 'zoho.com', 'yandex.com', 'yandex.ru', 'fastmail.com',
  'hey.com', 'tutanota.com', 'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'cox.net', 'qq.com', '163.com',
  'mail.ru', 'orange.fr', 'free.fr', 'btinternet.com', 'example.com',
]);

export function isFreeMailDomain(domain: string, extra: readonly string[] = []): boolean {
  const d = domain.toLowerCase();
  return FREE_MAIL_DOMAINS.has(d) || extra.some((x) => x.toLowerCase() === d);
}

/** The company domain of an email, or null for free-mail or invalid addresses. */
export function companyDomain(email: string | null | undefined, extra: readonly string[] = []): string | null {
  const d = emailDomain(email);
  if (!d || isFreeMailDomain(d, extra)) return null;
  return d;
}

const SUFFIXES = /\b(?:inc|incorporated|llc|ltd|limited|corp|corporation|co|company|gmbh|sa|plc|group|holdings|the)\b/g;

/** A comparison key for company names; null when nothing distinctive is left. */
export function companyKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const k = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9\s]/g, ' ')
    .replace(SUFFIXES, ' ')
    .replace(/\s+/g, '')
    .trim();
  return k.length >= 2 ? k : null;
}

/** The distinctive label of a domain: "lumen" for "lumen.io", "okafor-design" -> "okafordesign". */
export function domainLabel(domain: string | null | undefined): string | null {
  if (!domain) return null;
  const parts = domain.toLowerCase().split('.');
  const label = parts.length > 2 && /^(?:co|com|org|net|ac)$/.test(parts[parts.length - 2]) ? parts[parts.length - 3] : parts[parts.length - 2];
  return label ? label.replace(/[^a-z0-9]/g, '') : null;
}

export function sameCompany(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = companyKey(a);
  return x != null && x === companyKey(b);
}
