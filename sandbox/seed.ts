/**
 * The seed file: the sandbox's starting state, as API-shaped objects (the same camelCase objects
 * ReferralRock answers). Only the sandbox and the tests read seed files, so its schema lives here.
 *
 * Extra fields are allowed and kept (a seed can carry fields the sandbox does not model, such as a
 * demo flag); a referral's `phone` is read as `phoneNumber`; `referringMemberId` and/or
 * `referralCode` tie a referral to its member. Derived fields (names, URLs, counters, dates) are
 * filled by the store when absent.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const text = z.string().nullable().optional();
const num = z.number().nullable().optional();

export const REFERRAL_STATUSES = ['pending', 'qualified', 'approved', 'denied'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Statuses are lower-case in the API; a seed written by hand may capitalise them. */
const status = z
  .string()
  .transform((s) => s.toLowerCase())
  .pipe(z.enum(REFERRAL_STATUSES));

export const seedProgramSchema = z.looseObject({
  id: z.string().min(1),
  name: text,
  title: text,
});

export const seedMemberSchema = z.looseObject({
  id: z.string().min(1).optional(),
  programId: z.string().min(1),
  firstName: text,
  lastName: text,
  email: text,
  phone: text,
  referralCode: text,
  externalIdentifier: text,
  rewardAmountTotal: num,
  disabledFlag: z.boolean().nullable().optional(),
  createDt: text,
});

export const seedReferralSchema = z
  .looseObject({
    id: z.string().min(1).optional(),
    programId: text,
    referringMemberId: text,
    referralCode: text,
    firstName: text,
    lastName: text,
    email: text,
    phoneNumber: text,
    phone: text,
    companyName: text,
    status: status.optional(),
    amount: num,
    externalIdentifier: text,
    createDate: text,
  })
  .refine((r) => Boolean(r.referringMemberId || r.referralCode), {
    error: 'a referral needs referringMemberId or referralCode to tie it to its member',
  });

export const seedFileSchema = z.looseObject({
  programs: z.array(seedProgramSchema).min(1),
  members: z.array(seedMemberSchema).default([]),
  referrals: z.array(seedReferralSchema).default([]),
  /** The account's email block list (written by GET /_sandbox/state, so a state can be re-seeded). */
  unsubscribed: z.array(z.string()).default([]),
});

export type SeedFile = z.input<typeof seedFileSchema>;
export type ParsedSeed = z.output<typeof seedFileSchema>;

export class SeedError extends Error {
  constructor(readonly problems: string[], source: string) {
    super(`Invalid sandbox seed (${source}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SeedError';
  }
}

/** Validates a seed given as an object, or reads and validates the JSON file at a path. */
export function parseSeed(input: SeedFile | string | unknown): ParsedSeed {
  let raw: unknown = input;
  let source = 'object';
  if (typeof input === 'string') {
    source = input;
    try {
      raw = JSON.parse(readFileSync(input, 'utf8'));
    } catch (err) {
      throw new SeedError([(err as Error).message], source);
    }
  }
  const parsed = seedFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new SeedError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
      source,
    );
  }
  return parsed.data;
}
