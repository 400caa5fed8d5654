/**
 * The decision engine's view of ReferralRock (`RecordDirectory`), built on the client.
 *
 * ReferralRock can only look records up by exact email, id, external id or referral code; matching
 * by phone, name or company needs every record. So `findExact` asks the API, and `index()` reads the
 * full member and referral lists page by page, indexes them (domain/recordIndex.ts) and keeps them
 * for `directoryTtlSeconds` (0 = read every time), which keeps a burst of calls from re-reading the
 * whole account each time. For a large program, the live index (liveRecordIndex.ts) replaces the
 * snapshot: loaded once and kept fresh from ReferralRock's webhooks.
 *
 * The mapping functions are exported for the seed-file directory (`npm run plan --referralrock-seed`),
 * so a seed and the live API produce the same records.
 */
import type { Config } from '../../config';
import type { DirectoryRecord, RecordDirectory } from '../../domain/records';
import { RecordIndex } from '../../domain/recordIndex';
import type { ReferralRockClient } from './client';
import type { Member, Referral } from './schemas';

export type MemberNoteSlot = Config['referralRock']['memberNoteSlot'];

/** The client calls the directory needs (an interface, so tests and callers can narrow it). */
export type DirectoryClient = Pick<ReferralRockClient, 'findMembers' | 'findReferrals' | 'listAllMembers' | 'listAllReferrals'>;

export interface ReferralRockDirectoryOptions {
  /** Member custom text slot that holds the latest call note (members have no note field). */
  memberNoteSlot: MemberNoteSlot;
  /** How long `all()` reuses a loaded snapshot; 0 = no cache. */
  ttlSeconds: number;
  /** Restrict lists and lookups to one program (id, name or title); default: every program. */
  programId?: string;
  /** Records per list request (default: the client's). */
  pageSize?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export class ReferralRockDirectory implements RecordDirectory {
  private snapshot: { at: number; index: RecordIndex; memberCodes: Map<string, string> } | null = null;
  private loading: Promise<RecordIndex> | null = null;
  private readonly now: () => number;

  constructor(
    private readonly client: DirectoryClient,
    private readonly options: ReferralRockDirectoryOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Exact lookup with ReferralRock `query` semantics. ReferralRock's referral `query` also matches
   * the referring member's code, which would return every referral of that member; like the
   * in-memory directory, only a member is found by its code, so referral hits are kept only when
   * their own email, id or external id equals the value.
   */
  async findExact(value: string): Promise<DirectoryRecord[]> {
    const v = value.trim();
    if (!v) return [];
    const filter = this.options.programId ? { programId: this.options.programId } : {};
    const [members, referrals] = await Promise.all([this.client.findMembers(v, filter), this.client.findReferrals(v, filter)]);
    const memberCodes = codesById(members, this.freshSnapshot()?.memberCodes);
    const want = v.toLowerCase();
    const same = (k: string | null) => k !== null && k.toLowerCase() === want;
    const records = [
      ...members.map((m) => memberToRecord(m, this.options.memberNoteSlot)),
      ...referrals.map((r) => referralToRecord(r, memberCodes)),
    ];
    return records.filter(
      (r) => same(r.email) || same(r.id) || same(r.externalIdentifier) || (r.type === 'member' && same(r.referralCode)),
    );
  }

  /** Every member and referral (paged reads), indexed and cached for the configured TTL. */
  async index(): Promise<RecordIndex> {
    const fresh = this.freshSnapshot();
    if (fresh) return fresh.index;
    // Concurrent callers share one read instead of each paging through the account.
    if (!this.loading) {
      this.loading = this.load().finally(() => {
        this.loading = null;
      });
    }
    return this.loading;
  }

  /** Drops the cached snapshot, e.g. after this service wrote to ReferralRock. */
  invalidate(): void {
    this.snapshot = null;
  }

  private freshSnapshot() {
    if (!this.snapshot || this.options.ttlSeconds <= 0) return null;
    return this.now() - this.snapshot.at < this.options.ttlSeconds * 1000 ? this.snapshot : null;
  }

  private async load(): Promise<RecordIndex> {
    const startedAt = this.now();
    const { records, memberCodes } = await readAllRecords(this.client, this.options);
    const index = new RecordIndex(records);
    // The snapshot's age counts from when the read began: records can only be staler than that.
    if (this.options.ttlSeconds > 0) this.snapshot = { at: startedAt, index, memberCodes };
    return index;
  }
}

/** Every member and referral of the account (or of one program), page by page, as records. */
export async function readAllRecords(
  client: Pick<DirectoryClient, 'listAllMembers' | 'listAllReferrals'>,
  options: Pick<ReferralRockDirectoryOptions, 'memberNoteSlot' | 'programId' | 'pageSize'> & { dateFrom?: string },
): Promise<{ records: DirectoryRecord[]; memberCodes: Map<string, string> }> {
  const filter = { ...(options.programId ? { programId: options.programId } : {}), ...(options.dateFrom ? { dateFrom: options.dateFrom } : {}) };
  const paging = options.pageSize ? { pageSize: options.pageSize } : {};
  const [members, referrals] = await Promise.all([client.listAllMembers(filter, paging), client.listAllReferrals(filter, paging)]);
  const memberCodes = codesById(members);
  return {
    records: [...members.map((m) => memberToRecord(m, options.memberNoteSlot)), ...referrals.map((r) => referralToRecord(r, memberCodes))],
    memberCodes,
  };
}

/** A directory from the service configuration (`config.referralRock`). */
export function createReferralRockDirectory(
  client: DirectoryClient,
  cfg: Pick<Config['referralRock'], 'memberNoteSlot' | 'directoryTtlSeconds'>,
  programId?: string,
): ReferralRockDirectory {
  return new ReferralRockDirectory(client, {
    memberNoteSlot: cfg.memberNoteSlot,
    ttlSeconds: cfg.directoryTtlSeconds,
    programId,
  });
}

// ---------------------------------------------------------------------------------------------
// Mapping
// ---------------------------------------------------------------------------------------------

export function memberToRecord(member: Member, noteSlot: MemberNoteSlot): DirectoryRecord {
  const fields = member as Record<string, unknown>;
  return {
    type: 'member',
    id: member.id,
    programId: textOf(member.programId),
    firstName: textOf(member.firstName),
    lastName: textOf(member.lastName),
    email: textOf(member.email),
    phone: textOf(member.phone),
    companyName: textOf(fields.companyName),
    externalIdentifier: textOf(member.externalIdentifier),
    referralCode: textOf(member.referralCode),
    status: null,
    value: numberOf(member.rewardAmountTotal),
    vip: isVip(fields),
    referringMemberId: null,
    preferredContact: null,
    note: noteOf(fields[noteSlot]),
  };
}

/**
 * `memberCodes` (member id → referral code) fills in the referring member's code when the referral
 * does not carry `memberReferralCode` itself (seed files carry it as `referralCode`).
 */
export function referralToRecord(referral: Referral, memberCodes?: ReadonlyMap<string, string>): DirectoryRecord {
  const fields = referral as Record<string, unknown>;
  const referringMemberId = textOf(referral.referringMemberId);
  const referralCode =
    textOf(referral.memberReferralCode) ??
    textOf(fields.referralCode) ??
    (referringMemberId ? (memberCodes?.get(referringMemberId) ?? null) : null);
  const status = textOf(referral.status);
  return {
    type: 'referral',
    id: referral.id,
    programId: textOf(referral.programId),
    firstName: textOf(referral.firstName),
    lastName: textOf(referral.lastName),
    email: textOf(referral.email),
    phone: textOf(referral.phoneNumber),
    companyName: textOf(referral.companyName),
    externalIdentifier: textOf(referral.externalIdentifier),
    referralCode,
    status: status ? status.toLowerCase() : null,
    value: numberOf(referral.amount),
    vip: isVip(fields),
    referringMemberId,
    preferredContact: textOf(referral.preferredContact),
    note: noteOf(referral.note),
  };
}

/**
 * VIP has no ReferralRock field. It is read from an explicit `vip`/`isVip` field when the account
 * (or a seed) has one, else from a custom option: a slot named like "VIP" with a yes-like value,
 * or any slot whose value says VIP ("VIP", "VIP Gold"; not "Non-VIP").
 */
export function isVip(fields: Record<string, unknown>): boolean {
  for (const key of ['vip', 'isVip', 'VIP', 'IsVip']) {
    if (key in fields && fields[key] !== null && fields[key] !== undefined) return yes(fields[key]);
  }
  for (const key of Object.keys(fields)) {
    const m = /^(custom(?:Option|Text)\d+)Name$/.exec(key);
    if (!m) continue;
    const name = fields[key];
    const value = fields[`${m[1]}Value`];
    if (typeof name === 'string' && saysVip(name)) {
      if (yes(value) || (typeof value === 'string' && saysVip(value))) return true;
    }
  }
  for (const key of Object.keys(fields)) {
    if (/^customOption\d+Value$/.test(key) && typeof fields[key] === 'string' && saysVip(fields[key] as string)) return true;
  }
  return false;
}

function saysVip(s: string): boolean {
  return /(^|[^a-z])vip([^a-z]|$)/i.test(s) && !/(^|[^a-z])(non|not|no)[\s_-]*vip/i.test(s);
}

function yes(v: unknown): boolean {
  if (v === true || v === 1) return true;
  if (typeof v !== 'string') return false;
  return ['true', 'yes', 'y', '1', 'vip'].includes(v.trim().toLowerCase());
}

/** ReferralRock sends "" for unset text fields (webhook sample); the domain wants null. */
function textOf(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : t;
}

/** Notes keep their line breaks and spacing; only an empty note becomes null. */
function noteOf(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

function numberOf(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function codesById(members: Member[], base?: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map(base ?? []);
  for (const m of members) {
    const code = textOf(m.referralCode);
    if (code) out.set(m.id, code);
  }
  return out;
}
