/**
 * A member's referral counters (`referrals`, `referralsPending/Qualified/Approved`,
 * `referralsApprovedAmount`) follow its referrals: a referral adds its share when created, removes
 * it when deleted, and moves it when its status or amount changes (reference §9.8). Rewards are not
 * modelled (reward rules are per account), so reward amounts stay as seeded.
 */
import type { MemberRecord, ReferralRecord } from './records';

export function addToCounters(member: MemberRecord, referral: Pick<ReferralRecord, 'status' | 'amount'>, sign: 1 | -1): void {
  member.referrals += sign;
  if (referral.status === 'pending') member.referralsPending += sign;
  if (referral.status === 'qualified') member.referralsQualified += sign;
  if (referral.status === 'approved') {
    member.referralsApproved += sign;
    member.referralsApprovedAmount += sign * referral.amount;
  }
}
