/**
 * How records are shown: the API-shaped objects ReferralRock answers (key order as in its models),
 * with derived fields filled at read time, and the seed-format snapshot of GET /_sandbox/state.
 * Fields a seed carried that the sandbox does not model are appended as given.
 */
import { formatAmount, fullName, type MemberRecord, type ProgramRecord, type ReferralRecord } from './records';
import type { SandboxStore } from './store';

export function programView(p: ProgramRecord): Record<string, unknown> {
  return {
    id: p.id,
    isActive: p.isActive,
    name: p.name,
    type: p.type,
    title: p.title,
    memberOffer: p.memberOffer,
    referralOffer: p.referralOffer,
    directUrl: p.directUrl,
    widgetUrl: p.widgetUrl,
    ...p.extra,
  };
}

export function memberView(store: SandboxStore, m: MemberRecord): Record<string, unknown> {
  const program = store.programs.get(m.programId);
  return {
    id: m.id,
    displayName: fullName(m.firstName, m.lastName) || m.email,
    firstName: m.firstName,
    lastName: m.lastName,
    email: m.email,
    phone: m.phone,
    externalIdentifier: m.externalIdentifier,
    dateOfBirth: m.dateOfBirth,
    addressLine1: m.addressLine1,
    addressLine2: m.addressLine2,
    city: m.city,
    countrySubdivision: m.countrySubdivision,
    region: m.region,
    country: m.country,
    postalCode: m.postalCode,
    disabledFlag: m.disabledFlag,
    disabledReason: m.disabledReason,
    customOverrideURL: m.customOverrideURL,
    payoutInfo: m.payoutInfo,
    customOption1Name: m.customOption1Name,
    customOption1Value: m.customOption1Value,
    customText1Name: m.customText1Name,
    customText1Value: m.customText1Value,
    customText2Name: m.customText2Name,
    customText2Value: m.customText2Value,
    programId: m.programId,
    programTitle: program?.title ?? null,
    programName: program?.name ?? null,
    referralCode: m.referralCode,
    referralUrl: m.referralUrl,
    memberUrl: m.memberUrl,
    emailShares: m.emailShares,
    socialShares: m.socialShares,
    views: m.views,
    referrals: m.referrals,
    lastShare: m.lastShare,
    referralsApproved: m.referralsApproved,
    referralsQualified: m.referralsQualified,
    referralsPending: m.referralsPending,
    referralsApprovedAmount: m.referralsApprovedAmount,
    rewardsPendingAmount: m.rewardsPendingAmount,
    rewardsIssuedAmount: m.rewardsIssuedAmount,
    rewardAmountTotal: m.rewardAmountTotal,
    rewards: m.rewards,
    createDt: m.createDt,
    ...m.extra,
  };
}

export function referralView(store: SandboxStore, r: ReferralRecord): Record<string, unknown> {
  const program = store.programs.get(r.programId);
  const member = store.members.get(r.referringMemberId);
  const name = fullName(r.firstName, r.lastName);
  return {
    id: r.id,
    displayName: name || r.email,
    firstName: r.firstName,
    lastName: r.lastName,
    fullName: name,
    email: r.email,
    externalIdentifier: r.externalIdentifier,
    phoneNumber: r.phoneNumber,
    amount: r.amount,
    amountFormatted: formatAmount(r.amount),
    preferredContact: r.preferredContact,
    createDate: r.createDate,
    updateDate: r.updateDate,
    source: r.source,
    programId: r.programId,
    programName: program?.name ?? null,
    programTitle: program?.title ?? null,
    referringMemberId: r.referringMemberId,
    referringMemberName: member ? fullName(member.firstName, member.lastName) || member.email : r.memberSnapshot.name,
    memberEmail: member ? member.email : r.memberSnapshot.email,
    memberReferralCode: member ? member.referralCode : r.memberSnapshot.referralCode,
    memberExternalIdentifier: member ? member.externalIdentifier : r.memberSnapshot.externalIdentifier,
    approvedDate: r.approvedDate,
    qualifiedDate: r.qualifiedDate,
    status: r.status,
    companyName: r.companyName,
    note: r.note,
    publicNote: r.publicNote,
    customOption1Name: r.customOption1Name,
    customOption1Value: r.customOption1Value,
    customOption2Name: r.customOption2Name,
    customOption2Value: r.customOption2Value,
    customText1Name: r.customText1Name,
    customText1Value: r.customText1Value,
    customText2Name: r.customText2Name,
    customText2Value: r.customText2Value,
    customText3Name: r.customText3Name,
    customText3Value: r.customText3Value,
    addressLine1: r.addressLine1,
    addressLine2: r.addressLine2,
    city: r.city,
    region: r.region,
    postalCode: r.postalCode,
    country: r.country,
    ...r.extra,
  };
}

/**
 * The whole account in the seed format (API-shaped objects, so it can be fed back to
 * POST /_sandbox/reset). Each referral also carries its member's `referralCode`, which the seed
 * loader uses to re-tie it. A referral whose member was removed cannot be re-seeded (the loader
 * requires its member), so it is listed apart under `orphanReferrals`, which the loader ignores.
 */
export function stateSnapshot(store: SandboxStore): Record<string, unknown> {
  const referrals = [...store.referrals.values()];
  const tied = referrals.filter((r) => store.members.has(r.referringMemberId));
  const orphans = referrals.filter((r) => !store.members.has(r.referringMemberId));
  return {
    programs: [...store.programs.values()].map(programView),
    members: [...store.members.values()].map((m) => memberView(store, m)),
    referrals: tied.map((r) => ({ ...referralView(store, r), referralCode: store.members.get(r.referringMemberId)!.referralCode })),
    orphanReferrals: orphans.map((r) => referralView(store, r)),
    unsubscribed: [...store.unsubscribed],
  };
}
