/**
 * Rule 5's "referred by an identifiable member": a referral code that is a member's own code, or a
 * name that matches exactly one member. Anything else (unknown code, name shared by several members
 * or by none) is not identifiable.
 */
import type { RecordDirectory, DirectoryRecord } from './records';
import { compareFirstNames, compareFullNames, splitName } from './normalise/name';
import { mentionKey, type MentionKind, type RecordIndex } from './recordIndex';
import { mentionTokens } from './mentionTokens';

export type ReferrerResolution =
  | { status: 'none' }
  | { status: 'identified'; member: DirectoryRecord; via: 'code' | 'name' }
  | { status: 'unidentified'; why: 'unknown_code' | 'ambiguous_name' | 'unknown_name'; candidates: DirectoryRecord[] };

export async function resolveReferrer(
  referredBy: { referralCode: string | null; name: string | null } | null,
  directory: RecordDirectory,
  /** The directory's index, when the caller already has it. */
  index?: RecordIndex,
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
  const members = index ?? (await directory.index());
  const n = splitName(referredBy.name);
  // A full name compares only with members of the same last name; a first name alone only with the same first name.
  const hits = n.lastName
    ? members.membersWithLastName(n.lastName).filter((m) => compareFullNames(n, m) !== 'none')
    : members.membersWithFirstName(n.firstName).filter((m) => compareFirstNames(n.firstName, m.firstName) === 'exact');
  if (hits.length === 1) return { status: 'identified', member: hits[0], via: 'name' };
  return { status: 'unidentified', why: hits.length ? 'ambiguous_name' : referredBy.referralCode ? 'unknown_code' : 'unknown_name', candidates: hits };
}

/** Words around a name that say the person sent the caller (broad on purpose: the name must also be a member's). */
const SENT_CUE = /\b(?:refer\w*|recommend\w*|told|tells|said|says|sent|send|gave|give|point\w*|mention\w*|suggest\w*|thanks to|friend|code|link|invit\w*|recomend\w*|refiri\w*|mand[oó]|mandaron|pas[oó]|dijo|dio|habl[oó]|c[oó]digo|enlace|amig[oa])\b/i;

/** "Sent her your way", "referred my mother": the one sent is someone else than the caller. */
const SENT_SOMEONE_ELSE = /\b(?:sent|referred|recommended|pointed|passed)\s+(?:her|him|them|my (?:mom|mother|dad|father|wife|husband|son|daughter|sister|brother|parents|grandma|grandmother|grandpa|grandfather))\b/i;

const key = (s: string | null | undefined) => (s ? mentionTokens(s) : []);

/** The name written capitalised after the sentence's first word: "I spoke with Price" (not "Price, honestly."). */
function capitalisedInside(text: string, name: string | null): boolean {
  if (!name) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\S\\s+(?:[\\p{L}'’-]+\\s+)*?${escaped}(?![\\p{L}])`, 'u').test(text);
}

/**
 * The member a call mentions as the one who sent the caller, by the members' own data: their
 * referral code (spoken or spelled), their full name, a last name only one member has, or a first
 * name only one member has in a sentence about being sent. The caller's own record (`selfId`) and
 * name never count. Looks at both speakers: the agent's "So Tomasz pointed you our way?" names him
 * as well. Each sentence is looked up in the index, never compared with every member.
 */
export function referrerInSpeech(
  sentences: ReadonlyArray<{ text: string; turn: number }>,
  members: RecordIndex,
  callerName: { firstName: string | null; lastName: string | null },
  selfId: string | null,
): { name: string; quote: string; turn: number; member: DirectoryRecord | null; via: 'code' | 'name' } | null {
  const selfFirst = key(callerName.firstName).join(' ');
  const selfLast = key(callerName.lastName).join(' ');
  const eligible = (m: DirectoryRecord) => m.type === 'member' && m.id !== selfId;
  const isOther = (m: DirectoryRecord) => eligible(m) && !(mentionKey('firstName', m) === selfFirst && (!selfLast || mentionKey('lastName', m) === selfLast));
  /** Members other than the caller's own record that share this key. */
  const sharing = (kind: MentionKind, k: string) => members.membersSharing(kind, k).filter(eligible).length;
  const mentioned = (kind: MentionKind, t: string[]) => members.mentionsIn(kind, t).filter(isOther);
  const display = (m: DirectoryRecord) => [m.firstName, m.lastName].filter(Boolean).join(' ');
  // A full name two members share names a referrer nobody can identify: the name, and no member
  // (resolving it finds both, and the call asks a person which one), unless a code said later in
  // the call picks one ("Tyler Brooks sent me" - "We have two. Did he give you a code?" - "TYLER dash B2").
  let sharedName: ReturnType<typeof referrerInSpeech> = null;
  for (const s of sentences) {
    // ("I'm calling for my mom... Bea Lozano sent her your way": someone else was sent, not the caller.)
    if (SENT_SOMEONE_ELSE.test(s.text) && !/\b(?:me|us)\b/i.test(s.text)) continue;
    const t = mentionTokens(s.text);
    const found = (m: DirectoryRecord, via: 'code' | 'name', member: DirectoryRecord | null = m) => ({ name: display(m), quote: s.text, turn: s.turn, member, via });
    const code = mentioned('code', t).find((m) => mentionKey('code', m).replace(/ /g, '').length >= 4);
    if (code) return found(code, 'code');
    if (sharedName) continue;
    const full = mentioned('fullName', t).filter((m) => m.firstName && m.lastName);
    if (full.length === 1) return found(full[0], 'name');
    if (full.length > 1 && new Set(full.map((m) => display(m).toLowerCase())).size === 1) sharedName = found(full[0], 'name', null);
    if (full.length > 1) continue;
    // (A last name that is also a word - "Price, honestly." - counts where the sentence speaks of being
    // sent, or where the name stands capitalised inside the sentence, as names do.)
    const last = mentioned('lastName', t).filter((m) => {
      const l = mentionKey('lastName', m);
      return l.length >= 4 && l !== selfLast && sharing('lastName', l) === 1 && (SENT_CUE.test(s.text) || capitalisedInside(s.text, m.lastName));
    });
    if (last.length === 1) return found(last[0], 'name');
    if (!SENT_CUE.test(s.text)) continue;
    const first = mentioned('firstName', t).filter((m) => {
      const f = mentionKey('firstName', m);
      return f.length >= 3 && f !== selfFirst && sharing('firstName', f) === 1;
    });
    if (first.length === 1) return found(first[0], 'name');
  }
  return sharedName;
}
