/**
 * Person names: clean, split, compare. Comparison ignores case, accents and punctuation, and
 * treats common nicknames as the same first name (Bob ~ Robert) at a lower weight.
 */
import { titleCase } from '../text';

const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|mister)\.?\s+/i;

export function cleanName(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const s = String(raw)
    .trim()
    .replace(TITLES, '')
    .replace(/[^\p{L}\s'’.-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!s) return null;
  return s === s.toLowerCase() || s === s.toUpperCase() ? titleCase(s) : s;
}

export function splitName(full: string | null | undefined): { firstName: string | null; lastName: string | null } {
  const c = cleanName(full);
  if (!c) return { firstName: null, lastName: null };
  const parts = c.split(' ');
  if (parts.length === 1) return { firstName: parts[0], lastName: null };
  return { firstName: parts[0], lastName: parts.slice(1).join(' ') };
}

/** Lower-case, accent-free, letters only. */
export function nameKey(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const k = raw
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
  return k || null;
}

const NICKNAMES: Record<string, string[]> = {
  robert: ['rob', 'bob', 'bobby', 'robbie'],
  william: ['will', 'bill', 'billy', 'liam'],
  richard: ['rick', 'dick', 'rich', 'richie'],
  james: ['jim', 'jimmy', 'jamie'],
  john: ['jack', 'johnny'],
  michael: ['mike', 'mikey', 'mick'],
  elizabeth: ['liz', 'beth', 'betty', 'eliza', 'lizzie'],
  katherine: ['kate', 'kathy', 'katie', 'kat'],
  catherine: ['cathy', 'cat', 'kate'],
  margaret: ['maggie', 'meg', 'peggy'],
  benjamin: ['ben', 'benny'],
  patricia: ['pat', 'patty', 'trish'],
  patrick: ['pat', 'paddy'],
  daniel: ['dan', 'danny'],
  samuel: ['sam', 'sammy'],
  samantha: ['sam', 'sammy'],
  alexander: ['alex', 'xander'],
  alexandra: ['alex', 'sasha'],
  christopher: ['chris'],
  christine: ['chris', 'christy'],
  joseph: ['joe', 'joey'],
  thomas: ['tom', 'tommy'],
  anthony: ['tony'],
  edward: ['ed', 'eddie', 'ted'],
  jennifer: ['jen', 'jenny'],
  rebecca: ['becky', 'becca'],
  matthew: ['matt'],
  nicholas: ['nick', 'nicky'],
  steven: ['steve'],
  stephen: ['steve'],
  timothy: ['tim'],
  andrew: ['andy', 'drew'],
  david: ['dave'],
  susan: ['sue', 'suzy'],
  deborah: ['deb', 'debbie'],
  victoria: ['vicky', 'tori'],
  gregory: ['greg'],
  jonathan: ['jon'],
  dana: ['dee'],
};
const CANON = new Map<string, string>();
for (const [full, nicks] of Object.entries(NICKNAMES)) {
  for (const n of nicks) if (!CANON.has(n)) CANON.set(n, full);
}

/** `exact`, `nickname` (Bob ~ Robert) or `none`. */
export function compareFirstNames(a: string | null | undefined, b: string | null | undefined): 'exact' | 'nickname' | 'none' {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x || !y) return 'none';
  if (x === y) return 'exact';
  const cx = CANON.get(x) ?? x;
  const cy = CANON.get(y) ?? y;
  if (cx === cy || NICKNAMES[x]?.includes(y) || NICKNAMES[y]?.includes(x)) return 'nickname';
  return 'none';
}

export function sameLastName(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = nameKey(a);
  return x != null && x === nameKey(b);
}

/** Full-name comparison: `exact`, `nickname` or `none` (both first and last are needed). */
export function compareFullNames(
  a: { firstName: string | null | undefined; lastName: string | null | undefined },
  b: { firstName: string | null | undefined; lastName: string | null | undefined },
): 'exact' | 'nickname' | 'none' {
  if (!sameLastName(a.lastName, b.lastName)) return 'none';
  return compareFirstNames(a.firstName, b.firstName);
}

export function fullName(r: { firstName?: string | null; lastName?: string | null }): string | null {
  const n = [r.firstName, r.lastName].filter((x) => x && x.trim()).join(' ').trim();
  return n || null;
}
