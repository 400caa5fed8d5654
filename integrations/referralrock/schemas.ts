/**
 * The shapes ReferralRock sends and accepts, as zod schemas (docs/referralrock-api-notes.md has the
 * sources). Two directions, two policies:
 *
 * - Answers (Program, Member, Referral, envelopes, bulk results) are loose objects: ReferralRock adds
 *   fields over time and different sources list different extras, so unknown keys pass through
 *   untouched; every documented field is optional and nullable because public samples show both
 *   `null` and missing values, and only `id` is required on a record (without it a record cannot be
 *   referenced again). A type mismatch on a documented field still fails, loudly.
 * - Requests (NewMember, UpdateMember, NewReferral, UpdateReferral, queries) are strict objects: an
 *   unknown key there is our own typo, and ReferralRock would silently ignore it.
 *
 * Casing is ReferralRock's own, exceptions included: members have `phone`/`createDt`, referrals
 * `phoneNumber`/`createDate`, and a referral query's `tertiaryInfo` is PascalCase.
 */
import { z } from 'zod';

/** A text field an answer may omit or send as null. */
const text = z.string().nullable().optional();
/** A numeric field (money, counters) an answer may omit or send as null. */
const num = z.number().nullable().optional();
const flag = z.boolean().nullable().optional();

/** A non-empty string in a request: empty strings would be ambiguous ("clear" or "unset"?). */
const reqText = z.string().min(1);

export const referralStatusSchema = z.enum(['pending', 'qualified', 'approved', 'denied']);
export type ReferralStatus = z.infer<typeof referralStatusSchema>;

export const preferredContactSchema = z.enum(['email', 'callMorning', 'callAfternoon', 'callEvening']);
export type PreferredContact = z.infer<typeof preferredContactSchema>;

export const memberSortSchema = z.enum([
  'Member_Views_Desc',
  'Member_Views_Asc',
  'Page_Views_Desc',
  'Page_Views_Asc',
  'Lead_Count_Desc',
  'Lead_Count_Asc',
  'Reward_Issued_Total_Desc',
  'Reward_Issued_Total_Asc',
  'Member_Full_Name_Desc',
  'Member_Full_Name_Asc',
  'Create_Dt_Desc',
  'Create_Dt_Asc',
]);
export type MemberSort = z.infer<typeof memberSortSchema>;

export const memberStatsPeriodSchema = z.enum(['All', 'MonthToDate', 'LastMonth', 'Last7Days', 'Last30Days']);
export type MemberStatsPeriod = z.infer<typeof memberStatsPeriodSchema>;

// ---------------------------------------------------------------------------------------------
// Records in answers
// ---------------------------------------------------------------------------------------------

export const programSchema = z.looseObject({
  id: z.string(),
  name: text,
  title: text,
  isActive: flag,
  type: text,
  memberOffer: text,
  referralOffer: text,
  directUrl: text,
  widgetUrl: text,
});
export type Program = z.infer<typeof programSchema>;

const payoutInfoSchema = z.looseObject({
  payoutType: text,
  useDefaultValues: flag,
  email: text,
});

export const memberSchema = z.looseObject({
  id: z.string(),
  displayName: text,
  firstName: text,
  lastName: text,
  email: text,
  /** Members say `phone`; referrals say `phoneNumber`. */
  phone: text,
  externalIdentifier: text,
  referralCode: text,
  referralUrl: text,
  programId: text,
  programName: text,
  programTitle: text,
  disabledFlag: flag,
  disabledReason: text,
  dateOfBirth: text,
  payoutInfo: payoutInfoSchema.nullable().optional(),
  customOption1Name: text,
  customOption1Value: text,
  customText1Name: text,
  customText1Value: text,
  customText2Name: text,
  customText2Value: text,
  referrals: num,
  referralsPending: num,
  referralsQualified: num,
  referralsApproved: num,
  referralsApprovedAmount: num,
  rewardsPendingAmount: num,
  rewardsIssuedAmount: num,
  rewardAmountTotal: num,
  rewards: num,
  /** Members say `createDt`; referrals say `createDate`. */
  createDt: text,
  status: text,
});
export type Member = z.infer<typeof memberSchema>;

export const referralSchema = z.looseObject({
  id: z.string(),
  displayName: text,
  firstName: text,
  lastName: text,
  fullName: text,
  email: text,
  phoneNumber: text,
  companyName: text,
  externalIdentifier: text,
  amount: num,
  amountFormatted: text,
  status: text,
  preferredContact: text,
  /** Private note (not shown to the member). */
  note: text,
  publicNote: text,
  programId: text,
  programName: text,
  programTitle: text,
  referringMemberId: text,
  referringMemberName: text,
  memberEmail: text,
  memberReferralCode: text,
  memberExternalIdentifier: text,
  createDate: text,
  updateDate: text,
  approvedDate: text,
  qualifiedDate: text,
  source: text,
});
export type Referral = z.infer<typeof referralSchema>;

/** `GET /api/memberstats/getsingle`: one member's counters (field names per MindCloud, [M]). */
export const memberStatsSchema = z.looseObject({
  memberViews: num,
  memberShares: num,
  referralsCount: num,
  referralsPending: num,
  referralsQualified: num,
  referralsApproved: num,
  rewardsCount: num,
  rewardsPendingAmount: num,
  rewardsIssuedAmount: num,
  rewardAmountTotal: num,
  activatedDate: text,
  lastActiveDate: text,
});
export type MemberStats = z.infer<typeof memberStatsSchema>;

// ---------------------------------------------------------------------------------------------
// List envelopes: { offset, total, <items>, message }
// ---------------------------------------------------------------------------------------------

/**
 * `total` counts every match (not the page); there is no cursor. Items may come back as null on an
 * empty set in some ASP.NET serialisers, so null is read as an empty page.
 */
function envelope<K extends string, T extends z.ZodType>(key: K, item: T) {
  return z.looseObject({
    offset: num,
    total: num,
    message: text,
    ...({ [key]: z.array(item).nullable().optional() } as { [P in K]: z.ZodOptional<z.ZodNullable<z.ZodArray<T>>> }),
  });
}

export const programListSchema = envelope('programs', programSchema);
export const memberListSchema = envelope('members', memberSchema);
export const referralListSchema = envelope('referrals', referralSchema);

/** What the client returns for a list: items always an array, `total` null when not sent. */
export interface Page<T> {
  offset: number;
  total: number | null;
  items: T[];
  message: string | null;
}

// ---------------------------------------------------------------------------------------------
// Create answers
// ---------------------------------------------------------------------------------------------

/**
 * `{ member, message }` / `{ referral, message }`. MindCloud's sample shows the same object inside
 * a one-item array; a one-item array is unwrapped so either reading works.
 */
const unwrapSingle = (v: unknown) => (Array.isArray(v) && v.length === 1 ? v[0] : v);

export const memberCreatedSchema = z.preprocess(
  unwrapSingle,
  z.looseObject({ member: memberSchema, message: text }),
);
export type MemberCreated = z.infer<typeof memberCreatedSchema>;

export const referralCreatedSchema = z.preprocess(
  unwrapSingle,
  z.looseObject({ referral: referralSchema, message: text }),
);
export type ReferralCreated = z.infer<typeof referralCreatedSchema>;

/** The record events a record index follows (reference §5; program, reward and email events aside). */
export const RECORD_HOOK_EVENTS = ['MemberAdd', 'MemberUpdate', 'MemberDelete', 'ReferralAdd', 'ReferralUpdate', 'ReferralStatusChange', 'ReferralDelete'] as const;
export type RecordHookEvent = (typeof RECORD_HOOK_EVENTS)[number];

/** `POST /api/hooks` answers 201 `{ web_hook_id }` (snake_case, reference §3.27). */
export const hookCreatedSchema = z.looseObject({ web_hook_id: z.string().min(1) });

// ---------------------------------------------------------------------------------------------
// Queries (bulk update/remove): primaryInfo, or both secondaryInfo and tertiaryInfo
// ---------------------------------------------------------------------------------------------

const hasValue = (o: Record<string, unknown> | undefined): boolean =>
  o !== undefined && Object.values(o).some((v) => typeof v === 'string' && v.length > 0);

const queryRule = {
  message: 'a query needs primaryInfo, or both secondaryInfo and tertiaryInfo',
};

export const memberQuerySchema = z
  .strictObject({
    primaryInfo: z.strictObject({ memberId: reqText.optional(), referralCode: reqText.optional() }).optional(),
    secondaryInfo: z.strictObject({ externalIdentifier: reqText.optional(), email: reqText.optional() }).optional(),
    tertiaryInfo: z
      .strictObject({ programId: reqText.optional(), programName: reqText.optional(), programTitle: reqText.optional() })
      .optional(),
  })
  .refine((q) => hasValue(q.primaryInfo) || (hasValue(q.secondaryInfo) && hasValue(q.tertiaryInfo)), queryRule);
export type MemberQuery = z.infer<typeof memberQuerySchema>;

export const referralQuerySchema = z
  .strictObject({
    primaryInfo: z.strictObject({ referralId: reqText.optional() }).optional(),
    secondaryInfo: z
      .strictObject({
        externalIdentifier: reqText.optional(),
        email: reqText.optional(),
        phoneNumber: reqText.optional(),
      })
      .optional(),
    /** PascalCase here, unlike the member query: ReferralRock's own spelling. */
    tertiaryInfo: z
      .strictObject({ ProgramId: reqText.optional(), ProgramName: reqText.optional(), ProgramTitle: reqText.optional() })
      .optional(),
    fuzzyInfo: z.strictObject({ Identifier: reqText.optional() }).optional(),
  })
  .refine((q) => hasValue(q.primaryInfo) || (hasValue(q.secondaryInfo) && hasValue(q.tertiaryInfo)), queryRule);
export type ReferralQuery = z.infer<typeof referralQuerySchema>;

// ---------------------------------------------------------------------------------------------
// Request bodies
// ---------------------------------------------------------------------------------------------

const memberCustomSlots = {
  customOption1Name: z.string().optional(),
  customOption1Value: z.string().optional(),
  customText1Name: z.string().optional(),
  customText1Value: z.string().optional(),
  customText2Name: z.string().optional(),
  customText2Value: z.string().optional(),
};

const memberOptionalFields = {
  lastName: z.string().optional(),
  phone: z.string().optional(),
  externalIdentifier: z.string().optional(),
  referralCode: z.string().optional(),
  dateOfBirth: z.string().optional(),
  addressLine1: z.string().optional(),
  addressLine2: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  countrySubdivision: z.string().optional(),
  country: z.string().optional(),
  postalCode: z.string().optional(),
  disabledFlag: z.boolean().optional(),
  customOverrideURL: z.string().optional(),
  ...memberCustomSlots,
};

/** `POST /api/members`: programId, firstName and email are required by ReferralRock. */
export const newMemberSchema = z.strictObject({
  programId: reqText,
  firstName: reqText,
  email: reqText,
  ...memberOptionalFields,
});
export type NewMember = z.infer<typeof newMemberSchema>;

const nonEmptyChange = { message: 'an update must change at least one field' };

/** `POST /api/members/update` item's `member`: only the fields to change. */
export const updateMemberSchema = z
  .strictObject({
    firstName: reqText.optional(),
    email: reqText.optional(),
    ...memberOptionalFields,
  })
  .refine((m) => Object.keys(m).length > 0, nonEmptyChange);
export type UpdateMember = z.infer<typeof updateMemberSchema>;

const referralCustomSlots = {
  customOption1Name: z.string().optional(),
  customOption1Value: z.string().optional(),
  customOption2Name: z.string().optional(),
  customOption2Value: z.string().optional(),
  customText1Name: z.string().optional(),
  customText1Value: z.string().optional(),
  customText2Name: z.string().optional(),
  customText2Value: z.string().optional(),
  customText3Name: z.string().optional(),
  customText3Value: z.string().optional(),
};

const referralOptionalFields = {
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  email: z.string().optional(),
  phoneNumber: z.string().optional(),
  companyName: z.string().optional(),
  externalIdentifier: z.string().optional(),
  amount: z.number().optional(),
  /** Private note. */
  note: z.string().optional(),
  publicNote: z.string().optional(),
  preferredContact: preferredContactSchema.optional(),
  status: referralStatusSchema.optional(),
  addressLine1: z.string().optional(),
  addressLine2: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  country: z.string().optional(),
  ...referralCustomSlots,
};

/** `POST /api/referrals`: the referring member's `referralCode` is the one required field. */
export const newReferralSchema = z.strictObject({
  referralCode: reqText,
  ...referralOptionalFields,
});
export type NewReferral = z.infer<typeof newReferralSchema>;

/** `POST /api/referral/update` item's `referral`: only the fields to change, `status` included. */
export const updateReferralSchema = z
  .strictObject(referralOptionalFields)
  .refine((r) => Object.keys(r).length > 0, nonEmptyChange);
export type UpdateReferral = z.infer<typeof updateReferralSchema>;

// ---------------------------------------------------------------------------------------------
// Bulk results: one per input item, in order
// ---------------------------------------------------------------------------------------------

/** `status` strings are undocumented; see isSuccessStatus in errors.ts. */
export const resultInfoSchema = z.looseObject({ status: text, message: text });
export type ResultInfo = z.infer<typeof resultInfoSchema>;

/** The echoed query is kept as ReferralRock sent it (its casing may differ from ours). */
const echoedQuery = z.record(z.string(), z.unknown()).nullable().optional();

export const memberUpdateResultSchema = z.looseObject({
  query: echoedQuery,
  member: memberSchema.nullable().optional(),
  resultInfo: resultInfoSchema,
});
export type MemberUpdateResult = z.infer<typeof memberUpdateResultSchema>;
export const memberUpdateResultsSchema = z.array(memberUpdateResultSchema);

export const referralUpdateResultSchema = z.looseObject({
  query: echoedQuery,
  referral: referralSchema.nullable().optional(),
  resultInfo: resultInfoSchema,
});
export type ReferralUpdateResult = z.infer<typeof referralUpdateResultSchema>;
export const referralUpdateResultsSchema = z.array(referralUpdateResultSchema);
