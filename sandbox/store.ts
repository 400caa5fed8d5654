/**
 * The sandbox's in-memory ReferralRock account: programs, members, referrals, the email block list
 * and web-hook subscriptions. It owns every state change and keeps derived data consistent
 * (member counters, status dates, referral snapshots); routes decide what is allowed and what the
 * answer looks like, views.ts decides how a record is shown.
 *
 * Created records get GUID ids like the real API; seeded ids are kept as given.
 */
import { randomUUID } from 'node:crypto';
import { sameText } from './caseless';
import { generateReferralCode, referralUrlFor } from './codes';
import { addToCounters } from './counters';
import {
  MEMBER_COUNTERS, MEMBER_TEXT_FIELDS, REFERRAL_TEXT_FIELDS, fullName,
  type MemberRecord, type MemberTextField, type ProgramRecord, type ReferralRecord, type ReferralTextField, type Text,
} from './records';
import type { ParsedSeed, ReferralStatus } from './seed';
import { findProgramIn, loadState } from './seedLoader';

export interface HookSubscription {
  web_hook_id: string;
  target_url: string;
  event: string;
  createdAt: string;
}

export interface NewMemberInput {
  programId: string;
  fields: Partial<Record<MemberTextField, Text>>;
  disabledFlag?: boolean;
  payoutInfo?: unknown;
}

export interface MemberChanges {
  fields: Partial<Record<MemberTextField, Text>>;
  disabledFlag?: boolean;
  payoutInfo?: unknown;
}

export interface NewReferralInput {
  member: MemberRecord;
  fields: Partial<Record<ReferralTextField, Text>>;
  status: ReferralStatus;
  amount: number;
}

export interface ReferralChanges {
  fields: Partial<Record<ReferralTextField, Text>>;
  status?: ReferralStatus;
  amount?: number;
}

export class SandboxStore {
  programs = new Map<string, ProgramRecord>();
  members = new Map<string, MemberRecord>();
  referrals = new Map<string, ReferralRecord>();
  /** The account's email block list, lower-case. */
  unsubscribed = new Set<string>();
  hooks = new Map<string, HookSubscription>();
  /** Insertion order, the tie-breaker when two records share a create date. */
  private order = new Map<string, number>();
  /** Counts every change to members and referrals: lists.ts reuses a sorted list while it stands still. */
  version = 0;
  /** Lower-case referral code -> member id, kept by every change, so a code lookup is not a scan. */
  private codes = new Map<string, string>();
  private nextOrder = 0;

  constructor(
    private readonly seed: ParsedSeed,
    private readonly referralUrlBase: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.reset();
  }

  /**
   * Back to the seed the sandbox started with, or to another seed. A later reset without a seed
   * still goes back to the starting one. An invalid seed throws and leaves the state untouched.
   */
  reset(seed?: ParsedSeed): void {
    this.version++;
    const state = loadState(seed ?? this.seed, this.referralUrlBase);
    this.programs = state.programs;
    this.members = state.members;
    this.referrals = state.referrals;
    this.unsubscribed = state.unsubscribed;
    this.hooks = new Map();
    this.order = new Map();
    this.nextOrder = 0;
    for (const id of [...this.members.keys(), ...this.referrals.keys()]) this.order.set(id, this.nextOrder++);
    this.codes = new Map();
    for (const m of this.members.values()) if (!this.codes.has(m.referralCode.toLowerCase())) this.codes.set(m.referralCode.toLowerCase(), m.id);
  }

  orderOf(id: string): number {
    return this.order.get(id) ?? 0;
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  findProgram(ref: string): ProgramRecord | undefined {
    return findProgramIn(this.programs, ref);
  }

  /** Program by id only (no name/title), for `createMemberProgramMatch: idOnly`. */
  findProgramById(id: string): ProgramRecord | undefined {
    return this.programs.get(id) ?? [...this.programs.values()].find((p) => sameText(p.id, id));
  }

  memberByCode(code: string): MemberRecord | undefined {
    if (!code) return undefined;
    const id = this.codes.get(code.toLowerCase());
    return id === undefined ? undefined : this.members.get(id);
  }

  isCodeTaken(code: string, exceptMemberId?: string): boolean {
    const m = this.memberByCode(code);
    return m !== undefined && m.id !== exceptMemberId;
  }

  /** Members of `programId` whose email equals `email` (case-insensitive), optionally except one. */
  membersWithEmail(programId: string, email: string, exceptMemberId?: string): MemberRecord[] {
    return [...this.members.values()].filter(
      (m) => m.programId === programId && m.id !== exceptMemberId && sameText(m.email, email),
    );
  }

  createMember(input: NewMemberInput): MemberRecord {
    this.version++;
    const texts = Object.fromEntries(MEMBER_TEXT_FIELDS.map((f) => [f, input.fields[f] ?? null])) as Record<MemberTextField, Text>;
    const referralCode = texts.referralCode || generateReferralCode(texts.firstName, this.codes);
    const counters = Object.fromEntries(MEMBER_COUNTERS.map((c) => [c, 0])) as Record<(typeof MEMBER_COUNTERS)[number], number>;
    const member: MemberRecord = {
      ...texts,
      ...counters,
      id: randomUUID(),
      programId: input.programId,
      referralCode,
      referralUrl: referralUrlFor(this.referralUrlBase, referralCode),
      memberUrl: null,
      disabledFlag: input.disabledFlag ?? false,
      disabledReason: null,
      payoutInfo: input.payoutInfo ?? null,
      lastShare: null,
      createDt: this.stamp(),
      extra: {},
    };
    this.members.set(member.id, member);
    this.order.set(member.id, this.nextOrder++);
    if (!this.codes.has(referralCode.toLowerCase())) this.codes.set(referralCode.toLowerCase(), member.id);
    return member;
  }

  updateMember(member: MemberRecord, changes: MemberChanges): MemberRecord {
    this.version++;
    for (const [field, value] of Object.entries(changes.fields) as [MemberTextField, Text][]) {
      if (field === 'referralCode') {
        if (!value) continue; // a member always has a code
        if (this.codes.get(member.referralCode.toLowerCase()) === member.id) this.codes.delete(member.referralCode.toLowerCase());
        this.codes.set(value.toLowerCase(), member.id);
        member.referralCode = value;
        member.referralUrl = referralUrlFor(this.referralUrlBase, value);
      } else {
        member[field] = value;
      }
    }
    if (changes.disabledFlag !== undefined) member.disabledFlag = changes.disabledFlag;
    if (changes.payoutInfo !== undefined) member.payoutInfo = changes.payoutInfo;
    return member;
  }

  /** Removes a member. Its referrals stay (the API documents no cascade) and keep a snapshot of it. */
  removeMember(member: MemberRecord): void {
    this.version++;
    for (const r of this.referrals.values()) {
      if (r.referringMemberId === member.id) r.memberSnapshot = this.snapshotOf(member);
    }
    this.members.delete(member.id);
    if (this.codes.get(member.referralCode.toLowerCase()) === member.id) this.codes.delete(member.referralCode.toLowerCase());
  }

  private snapshotOf(member: MemberRecord): ReferralRecord['memberSnapshot'] {
    return {
      name: fullName(member.firstName, member.lastName) || null,
      email: member.email,
      referralCode: member.referralCode,
      externalIdentifier: member.externalIdentifier,
    };
  }

  createReferral(input: NewReferralInput): ReferralRecord {
    this.version++;
    const at = this.stamp();
    const texts = Object.fromEntries(REFERRAL_TEXT_FIELDS.map((f) => [f, input.fields[f] ?? null])) as Record<ReferralTextField, Text>;
    const referral: ReferralRecord = {
      ...texts,
      id: randomUUID(),
      programId: input.member.programId,
      status: input.status,
      amount: input.amount,
      source: 'API',
      createDate: at,
      updateDate: at,
      qualifiedDate: input.status === 'qualified' || input.status === 'approved' ? at : null,
      approvedDate: input.status === 'approved' ? at : null,
      referringMemberId: input.member.id,
      memberSnapshot: this.snapshotOf(input.member),
      extra: {},
    };
    this.referrals.set(referral.id, referral);
    this.order.set(referral.id, this.nextOrder++);
    addToCounters(input.member, referral, 1);
    return referral;
  }

  /**
   * Applies the supplied fields. A move into `qualified` stamps `qualifiedDate`; into `approved`
   * stamps `approvedDate` (and `qualifiedDate` if it was never qualified). Dates stay when a
   * referral moves back: they record when it happened. The member's counters follow.
   */
  updateReferral(referral: ReferralRecord, changes: ReferralChanges): ReferralRecord {
    this.version++;
    const at = this.stamp();
    const member = this.members.get(referral.referringMemberId);
    if (member) addToCounters(member, referral, -1);
    for (const [field, value] of Object.entries(changes.fields) as [ReferralTextField, Text][]) referral[field] = value;
    if (changes.amount !== undefined) referral.amount = changes.amount;
    if (changes.status !== undefined && changes.status !== referral.status) {
      if (changes.status === 'qualified') referral.qualifiedDate = at;
      if (changes.status === 'approved') {
        referral.approvedDate = at;
        referral.qualifiedDate ??= at;
      }
      referral.status = changes.status;
    }
    referral.updateDate = at;
    if (member) addToCounters(member, referral, 1);
    return referral;
  }

  removeReferral(referral: ReferralRecord): void {
    this.version++;
    const member = this.members.get(referral.referringMemberId);
    if (member) addToCounters(member, referral, -1);
    this.referrals.delete(referral.id);
  }

  /** Adds an address to the block list; true when it was not there yet. */
  unsubscribe(email: string): boolean {
    const key = email.trim().toLowerCase();
    const added = !this.unsubscribed.has(key);
    this.unsubscribed.add(key);
    return added;
  }

  addHook(targetUrl: string, event: string): HookSubscription {
    const hook = { web_hook_id: randomUUID(), target_url: targetUrl, event, createdAt: this.stamp() };
    this.hooks.set(hook.web_hook_id, hook);
    return hook;
  }

  removeHook(id: string): boolean {
    for (const key of this.hooks.keys()) {
      if (sameText(key, id)) return this.hooks.delete(key);
    }
    return false;
  }
}
