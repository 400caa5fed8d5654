/**
 * Turns a validated seed into the store's records: resolves each member's program, ties each
 * referral to its member (by `referringMemberId` and/or `referralCode`), reads a referral's `phone`
 * as `phoneNumber`, and fills what the seed leaves out (ids, codes, URLs, dates, counters).
 *
 * Filling is deterministic (no clock, no randomness except ids the seed omits), so a reset to the
 * same seed gives the same state, and seed records sort in file order (later = newer).
 */
import { randomUUID } from 'node:crypto';
import { isPlainObject, sameText } from './caseless';
import {
  MEMBER_COUNTERS, MEMBER_TEXT_FIELDS, REFERRAL_TEXT_FIELDS, fullName,
  type MemberRecord, type ProgramRecord, type ReferralRecord, type Text,
} from './records';
import { SeedError, type ParsedSeed } from './seed';
import { generateReferralCode, referralUrlFor } from './codes';
import { addToCounters } from './counters';

export interface StoreState {
  programs: Map<string, ProgramRecord>;
  members: Map<string, MemberRecord>;
  referrals: Map<string, ReferralRecord>;
  unsubscribed: Set<string>;
}

/** Seed records without dates are spread one minute apart from this instant, in file order. */
const SEED_EPOCH = Date.parse('2026-01-01T00:00:00.000Z');

const DERIVED_MEMBER_KEYS = ['displayName', 'programName', 'programTitle'];
const DERIVED_REFERRAL_KEYS = [
  'displayName', 'fullName', 'amountFormatted', 'programName', 'programTitle', 'referringMemberName',
  'memberEmail', 'memberReferralCode', 'memberExternalIdentifier', 'referralCode', 'phone',
];

export function asText(v: unknown): Text {
  if (v === undefined || v === null) return null;
  return typeof v === 'string' ? v : String(v);
}

function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

function extras(obj: Record<string, unknown>, known: Set<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !known.has(k)));
}

export function findProgramIn(programs: Map<string, ProgramRecord>, ref: string): ProgramRecord | undefined {
  const byId = programs.get(ref);
  if (byId) return byId;
  for (const p of programs.values()) {
    if (sameText(p.id, ref) || sameText(p.name, ref) || sameText(p.title, ref)) return p;
  }
  return undefined;
}

export function loadState(seed: ParsedSeed, referralUrlBase: string): StoreState {
  const problems: string[] = [];
  const programs = new Map<string, ProgramRecord>();
  const members = new Map<string, MemberRecord>();
  const referrals = new Map<string, ReferralRecord>();

  const programKnown = new Set(['id', 'isActive', 'name', 'type', 'title', 'memberOffer', 'referralOffer', 'directUrl', 'widgetUrl']);
  for (const p of seed.programs) {
    const name = asText(p.name) ?? p.id;
    programs.set(p.id, {
      id: p.id,
      isActive: typeof p.isActive === 'boolean' ? p.isActive : true,
      name,
      type: asText(p.type) ?? 'Web',
      title: asText(p.title) ?? name,
      memberOffer: asText(p.memberOffer),
      referralOffer: asText(p.referralOffer),
      directUrl: asText(p.directUrl),
      widgetUrl: asText(p.widgetUrl),
      extra: extras(p, programKnown),
    });
  }

  const memberKnown = new Set<string>([
    'id', 'programId', ...MEMBER_TEXT_FIELDS, ...MEMBER_COUNTERS, 'referralUrl', 'memberUrl', 'disabledFlag',
    'disabledReason', 'payoutInfo', 'lastShare', 'createDt', ...DERIVED_MEMBER_KEYS,
  ]);
  const givenCounters = new Map<string, Set<string>>();
  // Codes in use (lower case) -> member: kept as members are added, so a large seed loads in linear time.
  const byCodeKey = new Map<string, MemberRecord>();
  seed.members.forEach((m, i) => {
    const program = findProgramIn(programs, m.programId);
    if (!program) {
      problems.push(`members.${i}: programId "${m.programId}" matches no program`);
      return;
    }
    const id = m.id ?? randomUUID();
    if (members.has(id)) problems.push(`members.${i}: duplicate id "${id}"`);
    const texts = Object.fromEntries(MEMBER_TEXT_FIELDS.map((f) => [f, asText(m[f])])) as Record<(typeof MEMBER_TEXT_FIELDS)[number], Text>;
    const referralCode = texts.referralCode ?? generateReferralCode(texts.firstName, byCodeKey, () => 0);
    if (byCodeKey.has(referralCode.toLowerCase())) problems.push(`members.${i}: referralCode "${referralCode}" is used twice`);
    const counters = Object.fromEntries(MEMBER_COUNTERS.map((c) => [c, asNumber(m[c]) ?? 0])) as Record<(typeof MEMBER_COUNTERS)[number], number>;
    givenCounters.set(id, new Set(MEMBER_COUNTERS.filter((c) => asNumber(m[c]) !== undefined)));
    const member: MemberRecord = {
      ...texts,
      ...counters,
      id,
      programId: program.id,
      referralCode,
      referralUrl: asText(m.referralUrl) ?? referralUrlFor(referralUrlBase, referralCode),
      memberUrl: asText(m.memberUrl),
      disabledFlag: m.disabledFlag === true,
      disabledReason: asText(m.disabledReason),
      payoutInfo: m.payoutInfo ?? null,
      lastShare: asText(m.lastShare),
      createDt: asText(m.createDt) ?? new Date(SEED_EPOCH + i * 60_000).toISOString(),
      extra: extras(m, memberKnown),
    };
    members.set(id, member);
    if (!byCodeKey.has(referralCode.toLowerCase())) byCodeKey.set(referralCode.toLowerCase(), member);
  });

  const referralKnown = new Set<string>([
    'id', 'programId', ...REFERRAL_TEXT_FIELDS, 'status', 'amount', 'source', 'createDate', 'updateDate',
    'qualifiedDate', 'approvedDate', 'referringMemberId', ...DERIVED_REFERRAL_KEYS,
  ]);
  // Counters the seed did not give are computed from the seeded referrals.
  const computed = new Map<string, MemberRecord>();
  for (const m of members.values()) {
    const zero = { ...m };
    for (const c of MEMBER_COUNTERS) zero[c] = 0;
    computed.set(m.id, zero);
  }
  seed.referrals.forEach((r, i) => {
    const byId = r.referringMemberId ? members.get(r.referringMemberId) : undefined;
    const byCode = typeof r.referralCode === 'string' && r.referralCode !== '' ? byCodeKey.get(r.referralCode.toLowerCase()) : undefined;
    if (r.referringMemberId && !byId) problems.push(`referrals.${i}: referringMemberId "${r.referringMemberId}" matches no member`);
    if (r.referralCode && !byCode) problems.push(`referrals.${i}: referralCode "${r.referralCode}" matches no member`);
    if (byId && byCode && byId !== byCode) problems.push(`referrals.${i}: referringMemberId and referralCode name different members`);
    const member = byId ?? byCode;
    if (!member) return;
    let programId = member.programId;
    if (r.programId) {
      const program = findProgramIn(programs, r.programId);
      if (!program) problems.push(`referrals.${i}: programId "${r.programId}" matches no program`);
      else programId = program.id;
    }
    const id = r.id ?? randomUUID();
    if (referrals.has(id)) problems.push(`referrals.${i}: duplicate id "${id}"`);
    const texts = Object.fromEntries(REFERRAL_TEXT_FIELDS.map((f) => [f, asText(r[f])])) as Record<(typeof REFERRAL_TEXT_FIELDS)[number], Text>;
    texts.phoneNumber = asText(r.phoneNumber) ?? asText(r.phone);
    const status = r.status ?? 'pending';
    const createDate = asText(r.createDate) ?? new Date(SEED_EPOCH + i * 60_000).toISOString();
    const record: ReferralRecord = {
      ...texts,
      id,
      programId,
      status,
      amount: asNumber(r.amount) ?? 0,
      source: asText(r.source),
      createDate,
      updateDate: asText(r.updateDate) ?? createDate,
      qualifiedDate: asText(r.qualifiedDate) ?? (status === 'qualified' || status === 'approved' ? createDate : null),
      approvedDate: asText(r.approvedDate) ?? (status === 'approved' ? createDate : null),
      referringMemberId: member.id,
      memberSnapshot: {
        name: fullName(member.firstName, member.lastName) || null,
        email: member.email,
        referralCode: member.referralCode,
        externalIdentifier: member.externalIdentifier,
      },
      extra: isPlainObject(r) ? extras(r, referralKnown) : {},
    };
    referrals.set(id, record);
    addToCounters(computed.get(member.id)!, record, 1);
  });

  for (const m of members.values()) {
    const given = givenCounters.get(m.id)!;
    const c = computed.get(m.id)!;
    for (const k of MEMBER_COUNTERS) if (!given.has(k)) m[k] = c[k];
  }

  const unsubscribed = new Set(seed.unsubscribed.map((e) => e.trim().toLowerCase()));
  if (problems.length) throw new SeedError(problems, 'records');
  return { programs, members, referrals, unsubscribed };
}
