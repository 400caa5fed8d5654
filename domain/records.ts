/**
 * What the decision engine knows about ReferralRock records, in its own terms. The ReferralRock
 * integration (and, for `npm run plan --referralrock-seed`, a seed file) provides a `RecordDirectory`;
 * the domain never sees HTTP, paths or ReferralRock's casing.
 */
import type { RecordType } from './plan';

export interface DirectoryRecord {
  type: RecordType;
  id: string;
  programId: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  /** As stored; the matcher normalises it. */
  phone: string | null;
  companyName: string | null;
  externalIdentifier: string | null;
  /** A member's own code; for a referral, the code of the member who referred it. */
  referralCode: string | null;
  /** Referral only: pending | qualified | approved | denied. */
  status: string | null;
  /** Referral `amount` or member `rewardAmountTotal`: what high-value review looks at. */
  value: number | null;
  vip: boolean;
  referringMemberId: string | null;
  preferredContact: string | null;
  /** A referral's private note, or a member's configured note slot: where call notes go. */
  note: string | null;
}

export interface RecordDirectory {
  /** Exact lookup (ReferralRock `query` semantics): email, id, external id or referral code. */
  findExact(value: string): Promise<DirectoryRecord[]>;
  /** Every member and referral, for keys the API cannot look up (phone, name, company). */
  all(): Promise<DirectoryRecord[]>;
}

/** A directory over records already in memory (seed files, tests, cached snapshots). */
export class InMemoryDirectory implements RecordDirectory {
  constructor(private readonly records: DirectoryRecord[]) {}

  async findExact(value: string): Promise<DirectoryRecord[]> {
    const v = value.trim().toLowerCase();
    if (!v) return [];
    return this.records.filter((r) =>
      [r.email, r.id, r.externalIdentifier, r.type === 'member' ? r.referralCode : null].some(
        (k) => k != null && k.toLowerCase() === v,
      ),
    );
  }

  async all(): Promise<DirectoryRecord[]> {
    return this.records;
  }
}
