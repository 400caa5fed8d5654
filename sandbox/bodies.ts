/**
 * Request bodies of the write endpoints (NewMember, UpdateMember, NewReferral, UpdateReferral),
 * validated with zod after their keys are matched case-insensitively (ASP.NET model binding).
 * Like JSON.NET, a number or boolean sent for a text field binds as its text. A body that does not
 * bind throws BadRequest with a message naming every problem.
 */
import { z } from 'zod';
import { canonicalKeys, isPlainObject } from './caseless';
import { BadRequest } from './params';
import {
  MEMBER_TEXT_FIELDS, PREFERRED_CONTACTS, REFERRAL_TEXT_FIELDS,
  type MemberTextField, type ReferralTextField, type Text,
} from './records';
import { REFERRAL_STATUSES, type ReferralStatus } from './seed';
import type { MemberChanges, ReferralChanges } from './store';

const textish = z
  .union([z.string(), z.number(), z.boolean()])
  .transform((v) => String(v))
  .nullable()
  .optional();

const flag = z
  .union([z.boolean(), z.enum(['true', 'false', 'True', 'False'])])
  .transform((v) => v === true || String(v).toLowerCase() === 'true')
  .nullable()
  .optional();

const amount = z
  .union([z.number(), z.string().regex(/^\s*-?\d+(\.\d+)?\s*$/, 'must be a number')])
  .transform((v) => Number(v))
  .pipe(z.number())
  .nullable()
  .optional();

const statusValue = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.enum(REFERRAL_STATUSES, { error: `must be one of ${REFERRAL_STATUSES.join(', ')}` }))
  .nullable()
  .optional();

const contactValue = z
  .string()
  .transform((s, ctx) => {
    const found = PREFERRED_CONTACTS.find((c) => c.toLowerCase() === s.trim().toLowerCase());
    if (!found) {
      ctx.addIssue({ code: 'custom', message: `must be one of ${PREFERRED_CONTACTS.join(', ')}` });
      return z.NEVER;
    }
    return found;
  })
  .nullable()
  .optional();

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const memberKeys = [...MEMBER_TEXT_FIELDS, 'programId', 'disabledFlag', 'payoutInfo'] as const;
const memberSchema = z.object({
  ...Object.fromEntries(MEMBER_TEXT_FIELDS.map((f) => [f, textish])),
  programId: textish,
  disabledFlag: flag,
  payoutInfo: z.unknown().optional(),
}) as unknown as z.ZodType<Partial<Record<MemberTextField | 'programId', Text>> & { disabledFlag?: boolean | null; payoutInfo?: unknown }>;

const referralKeys = [...REFERRAL_TEXT_FIELDS, 'referralCode', 'status', 'amount'] as const;
const referralSchema = z.object({
  ...Object.fromEntries(REFERRAL_TEXT_FIELDS.map((f) => [f, textish])),
  preferredContact: contactValue,
  referralCode: textish,
  status: statusValue,
  amount,
}) as unknown as z.ZodType<Partial<Record<ReferralTextField | 'referralCode', Text>> & { status?: ReferralStatus | null; amount?: number | null }>;

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  if (!isPlainObject(value)) throw new BadRequest(`The request is invalid: ${what} must be a JSON object.`);
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new BadRequest(`The request is invalid: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}.`);
  }
  return result.data;
}

function blank(v: Text | undefined): boolean {
  return v === undefined || v === null || v.trim() === '';
}

/** Keeps the fields a client supplied; `null` counts as supplied only when nulls clear fields. */
function supplied<K extends string>(obj: Partial<Record<K, Text>>, keys: readonly K[], nullMeans: 'unchanged' | 'clear') {
  const out: Partial<Record<K, Text>> = {};
  for (const k of keys) {
    const v = obj[k];
    if (v === undefined || (v === null && nullMeans === 'unchanged')) continue;
    out[k] = v;
  }
  return out;
}

export interface NewMemberBody {
  programRef: string;
  fields: Partial<Record<MemberTextField, Text>>;
  disabledFlag?: boolean;
  payoutInfo?: unknown;
}

/** NewMember: `programId`, `firstName` and `email` are required (reference §3.5). */
export function parseNewMember(body: unknown): NewMemberBody {
  const b = parse(memberSchema, canonicalKeys(body, memberKeys), 'the member');
  const missing = (['programId', 'firstName', 'email'] as const).filter((k) => blank(b[k]));
  if (missing.length) throw new BadRequest(`The request is invalid: ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} required.`);
  if (!EMAIL.test(b.email!.trim())) throw new BadRequest(`The request is invalid: email '${b.email}' is not a valid email address.`);
  return {
    programRef: b.programId!.trim(),
    fields: supplied(b, MEMBER_TEXT_FIELDS, 'unchanged'),
    disabledFlag: b.disabledFlag ?? undefined,
    payoutInfo: b.payoutInfo ?? undefined,
  };
}

/** UpdateMember: every field optional; only supplied fields change. */
export function parseMemberChanges(value: unknown, nullMeans: 'unchanged' | 'clear'): MemberChanges {
  const b = parse(memberSchema, canonicalKeys(value, memberKeys), 'member');
  const fields = supplied(b, MEMBER_TEXT_FIELDS, nullMeans);
  if (fields.email && !EMAIL.test(fields.email.trim())) throw new BadRequest(`email '${fields.email}' is not a valid email address`);
  // A member always has a code, an email and a first name (all three are set at creation).
  for (const k of ['referralCode', 'email', 'firstName'] as const) {
    if (k in fields && blank(fields[k])) throw new BadRequest(`${k} cannot be cleared`);
  }
  return {
    fields,
    disabledFlag: b.disabledFlag ?? undefined,
    payoutInfo: b.payoutInfo === undefined || (b.payoutInfo === null && nullMeans === 'unchanged') ? undefined : b.payoutInfo,
  };
}

export interface NewReferralBody {
  referralCode: string;
  fields: Partial<Record<ReferralTextField, Text>>;
  status: ReferralStatus;
  amount: number;
}

/** NewReferral: only `referralCode` (the referring member's) is required; status defaults to pending. */
export function parseNewReferral(body: unknown): NewReferralBody {
  const b = parse(referralSchema, canonicalKeys(body, referralKeys), 'the referral');
  if (blank(b.referralCode)) throw new BadRequest('The request is invalid: referralCode is required (the referring member\'s code).');
  if (b.email && !EMAIL.test(b.email.trim())) throw new BadRequest(`The request is invalid: email '${b.email}' is not a valid email address.`);
  return {
    referralCode: b.referralCode!.trim(),
    fields: supplied(b, REFERRAL_TEXT_FIELDS, 'unchanged'),
    status: b.status ?? 'pending',
    amount: b.amount ?? 0,
  };
}

/** UpdateReferral: every field optional, `status` included; only supplied fields change. */
export function parseReferralChanges(value: unknown, nullMeans: 'unchanged' | 'clear'): ReferralChanges {
  const b = parse(referralSchema, canonicalKeys(value, referralKeys), 'referral');
  return {
    fields: supplied(b, REFERRAL_TEXT_FIELDS, nullMeans),
    status: b.status ?? undefined,
    amount: b.amount === null ? (nullMeans === 'clear' ? 0 : undefined) : b.amount,
  };
}
