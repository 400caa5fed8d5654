/**
 * Rule 5's "referred by an identifiable member": a referral code that is a member's own code, or a
 * name that matches exactly one member. Anything else (unknown code, name shared by several members
 * or by none) is not identifiable.
 */
import type { RecordDirectory, DirectoryRecord } from './records';
import { compareFirstNames, compareFullNames, splitName } from './normalise/name';

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

const REFERRAL_CUE = /\b(?:referred|recommended|told (?:me|us) about|sent (?:me|us)|gave (?:me|us)|pointed (?:me|us)|(?:code|link|invite|invitation) from|referral from|thanks to)\b/i;

/**
 * A referrer named in words the name patterns missed (lower-case speech-to-text: "sam lee referred
 * me"): a member's full name, or a first name only one member has, in a sentence about being
 * referred.
 */
export function referrerInSpeech(
  sentences: ReadonlyArray<{ text: string; turn: number }>,
  members: readonly DirectoryRecord[],
  callerName: { firstName: string | null; lastName: string | null },
): { name: string; quote: string; turn: number } | null {
  const words = (t: string) => ` ${t.toLowerCase().replace(/[^\p{L}\s'-]/gu, ' ').replace(/\s+/g, ' ')} `;
  const self = words([callerName.firstName, callerName.lastName].filter(Boolean).join(' ')).trim();
  for (const s of sentences) {
    if (!REFERRAL_CUE.test(s.text)) continue;
    const w = words(s.text);
    const full = members.filter((m) => m.firstName && m.lastName && w.includes(` ${m.firstName.toLowerCase()} ${m.lastName.toLowerCase()} `));
    const byFull = full.filter((m) => `${m.firstName} ${m.lastName}`.toLowerCase() !== self);
    if (byFull.length === 1) return { name: `${byFull[0].firstName} ${byFull[0].lastName}`, quote: s.text, turn: s.turn };
    const firsts = members.filter((m) => m.firstName && w.includes(` ${m.firstName.toLowerCase()} `) && m.firstName.toLowerCase() !== (callerName.firstName ?? '').toLowerCase());
    const names = new Set(firsts.map((m) => m.firstName!.toLowerCase()));
    if (names.size === 1) {
      const first = firsts[0].firstName!;
      return { name: first.charAt(0).toUpperCase() + first.slice(1), quote: s.text, turn: s.turn };
    }
  }
  return null;
}
