/**
 * Every ReferralRock record the engine may match against, kept in maps by the keys matching and
 * referrer finding ask about, so a lookup costs the same for 40 records as for 100,000 and nothing
 * scans the whole program per call.
 *
 * Keys (each a superset of what the scorer then compares exactly):
 *  - id, email (normalised), external id and a member's own referral code (case-insensitive);
 *  - phone by its last ten digits (region-free, so a record stored as "020 7946 0958" and a caller
 *    normalised to "+442079460958" meet; `scoreRecord` compares the normalised numbers);
 *  - last name and a member's first name (`nameKey`: lower case, accents and punctuation gone),
 *    which is what `compareFullNames` needs to say anything but `none`;
 *  - company name (`companyKey`), for a caller who gives a first name and a company only;
 *  - for speech (`mentionsIn`), a member's code, full name, last name and first name as runs of
 *    spoken tokens (`mentionTokens`): a sentence is cut into windows of the lengths present and
 *    each window is looked up.
 *
 * The index can change under a live directory (webhooks, reconciliation); each record keeps the
 * position it was first seen at, so answers come back in one stable order.
 */
import type { CallerIdentity } from './identity';
import { nameKey } from './normalise/name';
import { normaliseEmail } from './normalise/email';
import { companyKey } from './normalise/company';
import type { DirectoryRecord } from './records';
import type { RecordType } from './plan';
import { mentionTokens } from './mentionTokens';

/** The ways speech can name a member. */
export type MentionKind = 'code' | 'fullName' | 'lastName' | 'firstName';

interface Entry {
  record: DirectoryRecord;
  position: number;
}

type Bucket = 'id' | 'email' | 'phone' | 'externalId' | 'memberCode' | 'lastName' | 'company' | 'memberFirstName' | `mention:${MentionKind}`;

const recordKey = (type: RecordType, id: string) => `${type}:${id}`;

/** The last ten digits of a number as stored or normalised (fewer than seven digits: no key). */
export function phoneKey(raw: string | null | undefined): string | null {
  const digits = (raw ?? '').replace(/\D/g, '');
  return digits.length >= 7 ? digits.slice(-10) : null;
}

const lower = (s: string | null | undefined) => {
  const t = s?.trim().toLowerCase();
  return t ? t : null;
};
const spoken = (s: string | null | undefined) => (s ? mentionTokens(s).join(' ') : '');

export class RecordIndex {
  private readonly entries = new Map<string, Entry>();
  /** Per bucket, key -> the record key, or a set of them when several records share the key (most keys are one record's: no set for those). */
  private readonly buckets = new Map<Bucket, Map<string, string | Set<string>>>();
  /** Per mention kind, how many keys have each token length (so `mentionsIn` tries only those). */
  private readonly runLengths = new Map<MentionKind, Map<number, number>>();
  private nextPosition = 0;

  constructor(records: Iterable<DirectoryRecord> = []) {
    for (const r of records) this.put(r);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Adds a record, or replaces the one with its type and id (keeping its position). */
  put(record: DirectoryRecord): void {
    const k = recordKey(record.type, record.id);
    const old = this.entries.get(k);
    if (old) this.unlink(k, old);
    const entry: Entry = { record, position: old?.position ?? this.nextPosition++ };
    // Keys are not kept per record (at 100,000 records they would weigh more than the maps): they
    // are computed again from the record when it is replaced or removed.
    for (const [bucket, key] of keysOf(record)) {
      let m = this.buckets.get(bucket);
      if (!m) this.buckets.set(bucket, (m = new Map()));
      const held = m.get(key);
      if (held === undefined) m.set(key, k);
      else if (typeof held === 'string') {
        if (held !== k) m.set(key, new Set([held, k]));
      } else held.add(k);
      this.countRun(bucket, key, +1);
    }
    this.entries.set(k, entry);
  }

  /** Removes a record; true when it was there. */
  remove(type: RecordType, id: string): boolean {
    const k = recordKey(type, id);
    const old = this.entries.get(k);
    if (!old) return false;
    this.unlink(k, old);
    this.entries.delete(k);
    return true;
  }

  get(type: RecordType, id: string): DirectoryRecord | null {
    return this.entries.get(recordKey(type, id))?.record ?? null;
  }

  /** Every record, in the order first seen. */
  records(): DirectoryRecord[] {
    return [...this.entries.values()].sort((a, b) => a.position - b.position).map((e) => e.record);
  }

  /** Records whose id, email, external id or (members) own referral code equals `value`, like ReferralRock's `query`. */
  findExact(value: string): DirectoryRecord[] {
    const v = value.trim();
    if (!v) return [];
    const hits = new Set<string>();
    const folded = lower(v);
    this.collect('id', folded, hits);
    this.collect('email', normaliseEmail(v), hits);
    this.collect('externalId', folded, hits);
    this.collect('memberCode', folded, hits);
    return this.resolve(hits);
  }

  /**
   * Every record that could score against the caller (`scoreRecord`): one sharing an email, phone,
   * external id or own code, the caller's last name (a name match needs it) or company (a first
   * name at the same company is a weak match).
   */
  candidatesFor(identity: Pick<CallerIdentity, 'emails' | 'phones' | 'externalId' | 'ownCodes' | 'lastName'> & Partial<Pick<CallerIdentity, 'company'>>): DirectoryRecord[] {
    const hits = new Set<string>();
    for (const e of identity.emails) this.collect('email', normaliseEmail(e), hits);
    for (const p of identity.phones) this.collect('phone', phoneKey(p), hits);
    this.collect('externalId', lower(identity.externalId), hits);
    for (const c of identity.ownCodes) this.collect('memberCode', lower(c), hits);
    this.collect('lastName', nameKey(identity.lastName), hits);
    this.collect('company', companyKey(identity.company), hits);
    return this.resolve(hits);
  }

  /** Members with this last name (`nameKey`). */
  membersWithLastName(lastName: string | null | undefined): DirectoryRecord[] {
    return this.resolve(this.collect('lastName', nameKey(lastName), new Set())).filter((r) => r.type === 'member');
  }

  /** Members with this first name (`nameKey`). */
  membersWithFirstName(firstName: string | null | undefined): DirectoryRecord[] {
    return this.resolve(this.collect('memberFirstName', nameKey(firstName), new Set()));
  }

  /** Members whose code, full name, last name or first name (as spoken tokens) occurs in `tokens`, in order first seen. */
  mentionsIn(kind: MentionKind, tokens: readonly string[]): DirectoryRecord[] {
    const bucket = this.buckets.get(`mention:${kind}`);
    const lengths = this.runLengths.get(kind);
    if (!bucket || !lengths) return [];
    const hits = new Set<string>();
    for (const len of lengths.keys()) {
      for (let i = 0; i + len <= tokens.length; i++) addHeld(bucket.get(tokens.slice(i, i + len).join(' ')), hits);
    }
    return this.resolve(hits);
  }

  /** The members that share this spoken key (`mentionKey`) of the given kind. */
  membersSharing(kind: MentionKind, key: string): DirectoryRecord[] {
    return this.resolve(addHeld(this.buckets.get(`mention:${kind}`)?.get(key), new Set()));
  }

  private collect(bucket: Bucket, key: string | null, into: Set<string>): Set<string> {
    if (key) addHeld(this.buckets.get(bucket)?.get(key), into);
    return into;
  }

  private resolve(keys: Set<string>): DirectoryRecord[] {
    return [...keys]
      .map((k) => this.entries.get(k)!)
      .sort((a, b) => a.position - b.position)
      .map((e) => e.record);
  }

  private unlink(k: string, entry: Entry): void {
    for (const [bucket, key] of keysOf(entry.record)) {
      const m = this.buckets.get(bucket);
      const held = m?.get(key);
      if (held === undefined) continue;
      if (typeof held === 'string') {
        if (held === k) m!.delete(key);
      } else {
        held.delete(k);
        if (held.size === 1) m!.set(key, [...held][0]);
      }
      this.countRun(bucket, key, -1);
    }
  }

  private countRun(bucket: Bucket, key: string, delta: number): void {
    if (!bucket.startsWith('mention:')) return;
    const kind = bucket.slice('mention:'.length) as MentionKind;
    let lengths = this.runLengths.get(kind);
    if (!lengths) this.runLengths.set(kind, (lengths = new Map()));
    const len = key.split(' ').length;
    const n = (lengths.get(len) ?? 0) + delta;
    if (n > 0) lengths.set(len, n);
    else lengths.delete(len);
  }
}

function addHeld(held: string | Set<string> | undefined, into: Set<string>): Set<string> {
  if (typeof held === 'string') into.add(held);
  else if (held) for (const k of held) into.add(k);
  return into;
}

/** A member's spoken key of one kind (what `mentionsIn` matches and `membersSharing` counts). */
export function mentionKey(kind: MentionKind, r: Pick<DirectoryRecord, 'referralCode' | 'firstName' | 'lastName'>): string {
  switch (kind) {
    case 'code':
      return spoken(r.referralCode);
    case 'fullName':
      return r.firstName && r.lastName ? [spoken(r.firstName), spoken(r.lastName)].filter(Boolean).join(' ') : '';
    case 'lastName':
      return spoken(r.lastName);
    case 'firstName':
      return spoken(r.firstName);
  }
}

function keysOf(r: DirectoryRecord): Array<[Bucket, string]> {
  const keys: Array<[Bucket, string | null]> = [
    ['id', lower(r.id)],
    ['email', normaliseEmail(r.email)],
    ['phone', phoneKey(r.phone)],
    ['externalId', lower(r.externalIdentifier)],
    ['lastName', nameKey(r.lastName)],
    ['company', companyKey(r.companyName)],
  ];
  if (r.type === 'member') {
    keys.push(['memberCode', lower(r.referralCode)], ['memberFirstName', nameKey(r.firstName)]);
    for (const kind of ['code', 'fullName', 'lastName', 'firstName'] as const) keys.push([`mention:${kind}`, mentionKey(kind, r) || null]);
  }
  return keys.filter((k): k is [Bucket, string] => Boolean(k[1]));
}
