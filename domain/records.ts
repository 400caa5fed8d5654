/**
 * What the decision engine knows about ReferralRock records, in its own terms. The ReferralRock
 * integration (and, for `npm run plan --referralrock-seed`, a seed file) provides a `RecordDirectory`;
 * the domain never sees HTTP, paths or ReferralRock's casing.
 */
import type { RecordType } from './plan';
import { RecordIndex } from './recordIndex';

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
  /** Every member and referral, indexed by the keys the API cannot look up (phone, name, company, speech). */
  index(): Promise<RecordIndex>;
}

/** A directory over records already in memory (seed files, tests). */
export class InMemoryDirectory implements RecordDirectory {
  private readonly recordIndex: RecordIndex;

  constructor(records: readonly DirectoryRecord[]) {
    this.recordIndex = new RecordIndex(records);
  }

  async findExact(value: string): Promise<DirectoryRecord[]> {
    return this.recordIndex.findExact(value);
  }

  async index(): Promise<RecordIndex> {
    return this.recordIndex;
  }

  /** Every record, in seed order. */
  records(): DirectoryRecord[] {
    return this.recordIndex.records();
  }
}
