/**
 * A `RecordDirectory` from a ReferralRock seed file (the sandbox's seed format in
 * contracts/referralrock-api.md), for `npm run plan --referralrock-seed` and tests: the same
 * records the live directory would produce, without HTTP.
 *
 * Seed objects are API-shaped with extra fields allowed; a referral's `phone` is read as
 * `phoneNumber`, and `referringMemberId` / `referralCode` tie a referral to its member (either one
 * is enough: the other is filled in from the members).
 */
import { z } from 'zod';
import { InMemoryDirectory, type DirectoryRecord } from '../../domain/records';
import { memberToRecord, referralToRecord, type MemberNoteSlot } from './directory';
import { memberSchema, programSchema, referralSchema, type Referral } from './schemas';

/** A seed referral may say `phone` where the API says `phoneNumber`. */
const seedReferralSchema = z.preprocess((v) => {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    if ((o.phoneNumber === undefined || o.phoneNumber === null) && typeof o.phone === 'string') {
      return { ...o, phoneNumber: o.phone };
    }
  }
  return v;
}, referralSchema);

export const seedSchema = z.looseObject({
  programs: z.array(programSchema).default([]),
  members: z.array(memberSchema).default([]),
  referrals: z.array(seedReferralSchema).default([]),
});
export type Seed = z.infer<typeof seedSchema>;

export interface SeedDirectoryOptions {
  /** Which member custom text slot holds the call note (as `config.referralRock.memberNoteSlot`). */
  memberNoteSlot?: MemberNoteSlot;
}

/** The directory records of a seed; throws one error listing every malformed entry. */
export function recordsFromSeed(seedJson: unknown, options: SeedDirectoryOptions = {}): DirectoryRecord[] {
  const parsed = seedSchema.safeParse(seedJson);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(seed)'}: ${i.message}`);
    throw new Error(`Invalid ReferralRock seed:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
  }
  const { members, referrals } = parsed.data;
  const noteSlot = options.memberNoteSlot ?? 'customText1Value';

  const codeById = new Map<string, string>();
  const idByCode = new Map<string, string>();
  for (const m of members) {
    if (typeof m.referralCode === 'string' && m.referralCode.trim() !== '') {
      codeById.set(m.id, m.referralCode.trim());
      idByCode.set(m.referralCode.trim().toLowerCase(), m.id);
    }
  }

  return [
    ...members.map((m) => memberToRecord(m, noteSlot)),
    ...referrals.map((r) => referralToRecord(linkToMember(r, idByCode), codeById)),
  ];
}

export function directoryFromSeed(seedJson: unknown, options: SeedDirectoryOptions = {}): InMemoryDirectory {
  return new InMemoryDirectory(recordsFromSeed(seedJson, options));
}

/** A seed referral given only the member's code gets the member's id, as the API would set it. */
function linkToMember(r: Referral, idByCode: Map<string, string>): Referral {
  if (r.referringMemberId) return r;
  const code = (r as Record<string, unknown>).referralCode ?? r.memberReferralCode;
  if (typeof code !== 'string') return r;
  const id = idByCode.get(code.trim().toLowerCase());
  return id ? { ...r, referringMemberId: id } : r;
}
