/**
 * Rule 5's "referred by an identifiable member": a referral code that is a member's own code, or a
 * name that matches exactly one member. Anything else (unknown code, name shared by several members
 * or by none) is not identifiable.
 */
import type { RecordDirectory, DirectoryRecord } from './records';
import { compareFirstNames, compareFullNames, splitName } from './normalise/name';
import { foldAccents } from './text';

export type ReferrerResolution =
  | { status: 'none' }
  | { status: 'identified'; member: DirectoryRecord; via: 'code' | 'name' }
  | { status: 'unidentified'; why: 'unknown_code' | 'ambiguous_name' | 'unknown_name'; candidates: DirectoryRecord[] };

export async function resolveReferrer(
  referredBy: { referralCode: string | null; name: string | null } | null,
  directory: RecordDirectory,
  /** Every record, when the caller already loaded them (saves a second full read). */
  allRecords?: readonly DirectoryRecord[],
): Promise<ReferrerResolution> {
  if (!referredBy || (!referredBy.referralCode && !referredBy.name)) return { status: 'none' };
  if (referredBy.referralCode) {
    const code = referredBy.referralCode.toLowerCase();
    const hits = (await directory.findExact(referredBy.referralCode)).filter(
      (r) => r.type === 'member' && r.referralCode?.toLowerCase() === code,
    );
    if (hits.length === 1) return { status: 'identified', member: hits[0], via: 'code' };
    if (!referredBy.name) return { status: 'unidentified', why: hits.length ? 'ambiguous_name' : 'unknown_code', candidates: hits };
  }
  const members = (allRecords ?? (await directory.all())).filter((r) => r.type === 'member');
  const n = splitName(referredBy.name);
  const hits = members.filter((m) =>
    n.lastName ? compareFullNames(n, m) !== 'none' : compareFirstNames(n.firstName, m.firstName) === 'exact',
  );
  if (hits.length === 1) return { status: 'identified', member: hits[0], via: 'name' };
  return { status: 'unidentified', why: hits.length ? 'ambiguous_name' : referredBy.referralCode ? 'unknown_code' : 'unknown_name', candidates: hits };
}

/** Words around a name that say the person sent the caller (broad on purpose: the name must also be a member's). */
const SENT_CUE = /\b(?:refer\w*|recommend\w*|told|tells|said|says|sent|send|gave|give|point\w*|mention\w*|suggest\w*|thanks to|friend|code|link|invit\w*|recomend\w*|refiri\w*|mand[oó]|mandaron|pas[oó]|dijo|dio|habl[oó]|c[oó]digo|enlace|amig[oa])\b/i;

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

const hasRun = (hay: string[], needle: string[]) => needle.length > 0 && hay.some((_, i) => needle.every((n, j) => hay[i + j] === n));
const key = (s: string | null | undefined) => (s ? mentionTokens(s) : []);

/**
 * The member a call mentions as the one who sent the caller, by the members' own data: their
 * referral code (spoken or spelled), their full name, a last name only one member has, or a first
 * name only one member has in a sentence about being sent. The caller's own record and name never
 * count. Looks at both speakers: the agent's "So Tomasz pointed you our way?" names him as well.
 */
export function referrerInSpeech(
  sentences: ReadonlyArray<{ text: string; turn: number }>,
  members: readonly DirectoryRecord[],
  callerName: { firstName: string | null; lastName: string | null },
): { name: string; quote: string; turn: number; member: DirectoryRecord | null; via: 'code' | 'name' } | null {
  const selfFirst = key(callerName.firstName).join(' ');
  const selfLast = key(callerName.lastName).join(' ');
  const others = members.filter((m) => !(key(m.firstName).join(' ') === selfFirst && (!selfLast || key(m.lastName).join(' ') === selfLast)));
  const count = (f: (m: DirectoryRecord) => string) => {
    const n = new Map<string, number>();
    for (const k of members.map(f)) if (k) n.set(k, (n.get(k) ?? 0) + 1);
    return n;
  };
  const lastCount = count((m) => key(m.lastName).join(' '));
  const firstCount = count((m) => key(m.firstName).join(' '));
  const display = (m: DirectoryRecord) => [m.firstName, m.lastName].filter(Boolean).join(' ');
  for (const s of sentences) {
    const t = mentionTokens(s.text);
    const found = (m: DirectoryRecord, via: 'code' | 'name', member: DirectoryRecord | null = m) => ({ name: display(m), quote: s.text, turn: s.turn, member, via });
    for (const m of others) if (m.referralCode && key(m.referralCode).join('').length >= 4 && hasRun(t, key(m.referralCode))) return found(m, 'code');
    const full = others.filter((m) => m.firstName && m.lastName && hasRun(t, [...key(m.firstName), ...key(m.lastName)]));
    if (full.length === 1) return found(full[0], 'name');
    // A full name two members share names a referrer nobody can identify: the name, and no member
    // (resolving it finds both, and the call asks a person which one).
    if (full.length > 1 && new Set(full.map((m) => display(m).toLowerCase())).size === 1) return found(full[0], 'name', null);
    if (full.length > 1) continue;
    const last = others.filter((m) => {
      const l = key(m.lastName).join(' ');
      return l.length >= 4 && l !== selfLast && lastCount.get(l) === 1 && hasRun(t, key(m.lastName));
    });
    if (last.length === 1) return found(last[0], 'name');
    if (!SENT_CUE.test(s.text)) continue;
    const first = others.filter((m) => {
      const f = key(m.firstName).join(' ');
      return f.length >= 3 && f !== selfFirst && firstCount.get(f) === 1 && hasRun(t, key(m.firstName));
    });
    if (first.length === 1) return found(first[0], 'name');
  }
  return null;
}
