/**
 * The shapes the sandbox stores and the API-shaped objects it answers with.
 *
 * Stored records hold only what can be set; names, program names, referring-member fields and
 * formatted amounts are derived when a record is shown, so they never go stale after an update.
 * Field names and casing are ReferralRock's (reference §3.4 Member, §3.9 Referral, §3.1 Program):
 * members have `phone` and `createDt`, referrals `phoneNumber` and `createDate`.
 */
import type { ReferralStatus } from './seed';

export type Text = string | null;

export interface ProgramRecord {
  id: string;
  isActive: boolean;
  name: string;
  type: string;
  title: string;
  memberOffer: Text;
  referralOffer: Text;
  directUrl: Text;
  widgetUrl: Text;
  /** Seed fields the sandbox does not model, answered as given. */
  extra: Record<string, unknown>;
}

/** Member text fields a client may set on create and update (NewMember / UpdateMember). */
export const MEMBER_TEXT_FIELDS = [
  'firstName', 'lastName', 'email', 'phone', 'externalIdentifier', 'referralCode', 'dateOfBirth',
  'addressLine1', 'addressLine2', 'city', 'countrySubdivision', 'region', 'country', 'postalCode',
  'customOption1Name', 'customOption1Value', 'customText1Name', 'customText1Value',
  'customText2Name', 'customText2Value', 'customOverrideURL',
] as const;
export type MemberTextField = (typeof MEMBER_TEXT_FIELDS)[number];

/** Member counters kept up to date as referrals are added, change status or are removed. */
export const MEMBER_COUNTERS = [
  'emailShares', 'socialShares', 'views', 'referrals', 'referralsApproved', 'referralsQualified',
  'referralsPending', 'referralsApprovedAmount', 'rewardsPendingAmount', 'rewardsIssuedAmount',
  'rewardAmountTotal', 'rewards',
] as const;
export type MemberCounter = (typeof MEMBER_COUNTERS)[number];

export type MemberRecord = { id: string; programId: string } & Record<MemberTextField, Text> &
  Record<MemberCounter, number> & {
    referralCode: string;
    referralUrl: string;
    memberUrl: Text;
    disabledFlag: boolean;
    disabledReason: Text;
    payoutInfo: unknown;
    lastShare: Text;
    createDt: string;
    extra: Record<string, unknown>;
  };

/** Referral text fields a client may set on create and update (NewReferral / UpdateReferral). */
export const REFERRAL_TEXT_FIELDS = [
  'firstName', 'lastName', 'email', 'phoneNumber', 'preferredContact', 'externalIdentifier',
  'companyName', 'note', 'publicNote',
  'customOption1Name', 'customOption1Value', 'customOption2Name', 'customOption2Value',
  'customText1Name', 'customText1Value', 'customText2Name', 'customText2Value',
  'customText3Name', 'customText3Value',
  'addressLine1', 'addressLine2', 'city', 'region', 'postalCode', 'country',
] as const;
export type ReferralTextField = (typeof REFERRAL_TEXT_FIELDS)[number];

export type ReferralRecord = { id: string; programId: string } & Record<ReferralTextField, Text> & {
  status: ReferralStatus;
  amount: number;
  source: Text;
  createDate: string;
  updateDate: string;
  qualifiedDate: Text;
  approvedDate: Text;
  referringMemberId: string;
  /** Snapshot of the referring member, shown if that member is removed later. */
  memberSnapshot: { name: Text; email: Text; referralCode: Text; externalIdentifier: Text };
  extra: Record<string, unknown>;
};

export const PREFERRED_CONTACTS = ['email', 'callMorning', 'callAfternoon', 'callEvening'] as const;

export function fullName(first: Text, last: Text): string {
  return [first, last].filter((s) => typeof s === 'string' && s.trim() !== '').join(' ');
}

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
export function formatAmount(amount: number): string {
  return money.format(amount);
}
