/**
 * The record directory for a large program: every member and referral read once, indexed
 * (domain/recordIndex.ts), then kept fresh without rereading the program:
 *  - ReferralRock's own webhooks (MemberAdd/Update/Delete, ReferralAdd/Update/StatusChange/Delete)
 *    are applied as they arrive (hookReceiver.ts; the payload is "the element concerned, as a GET
 *    returns it", reference §5). A body that does not read as a record is re-read by its id.
 *  - a reconciliation on a timer reads only the records created since the day of the last read
 *    (`dateFrom`, a date), which catches a creation whose webhook was lost;
 *  - a full reload on a longer timer catches a lost update or deletion (ReferralRock has no
 *    "changed since" filter).
 * Lookups never call ReferralRock: `findExact` and `index()` answer from memory once loaded, so a
 * call's decision costs no read in steady state.
 *
 * Events that arrive while a full read is in flight are kept and applied on top of its result, so
 * a change made during a reload is never lost to the older list.
 */
import type { DirectoryRecord, RecordDirectory } from '../../domain/records';
import { RecordIndex } from '../../domain/recordIndex';
import type { ReferralRockClient } from './client';
import { memberToRecord, readAllRecords, referralToRecord, type MemberNoteSlot } from './directory';
import { memberSchema, referralSchema, RECORD_HOOK_EVENTS, type RecordHookEvent } from './schemas';

export type LiveDirectoryClient = Pick<ReferralRockClient, 'listAllMembers' | 'listAllReferrals' | 'findMembers' | 'getReferral'>;

export interface LiveDirectoryOptions {
  memberNoteSlot: MemberNoteSlot;
  /** Records per list request (default: the client's). */
  pageSize?: number;
  /** Clock, for tests. */
  now?: () => number;
  log?: (msg: string, fields?: Record<string, unknown>) => void;
}

/** What the directory has done since start (the bench and the worker's log report these). */
export interface LiveDirectoryStats {
  fullReads: number;
  reconciliations: number;
  eventsApplied: number;
  eventsIgnored: number;
  /** Events whose body did not read as a record, so the record was read by its id. */
  reReads: number;
  records: number;
}

export type EventOutcome = 'applied' | 'ignored' | 'unknown_event';

export function isRecordHookEvent(event: string): event is RecordHookEvent {
  return (RECORD_HOOK_EVENTS as readonly string[]).includes(event);
}

export class LiveRecordDirectory implements RecordDirectory {
  private current: RecordIndex | null = null;
  private memberCodes = new Map<string, string>();
  private loading: Promise<RecordIndex> | null = null;
  /** Events received while a full read runs, applied on top of its result. */
  private duringLoad: Array<{ event: RecordHookEvent; body: unknown }> | null = null;
  /** When the last full read or reconciliation began (ms): the next reconciliation reads from that day on. */
  private syncedFrom = 0;
  private readonly now: () => number;
  private readonly counts: Omit<LiveDirectoryStats, 'records'> = { fullReads: 0, reconciliations: 0, eventsApplied: 0, eventsIgnored: 0, reReads: 0 };

  constructor(
    private readonly client: LiveDirectoryClient,
    private readonly options: LiveDirectoryOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  stats(): LiveDirectoryStats {
    return { ...this.counts, records: this.current?.size ?? 0 };
  }

  async findExact(value: string): Promise<DirectoryRecord[]> {
    return (await this.index()).findExact(value);
  }

  async index(): Promise<RecordIndex> {
    return this.current ?? this.reload();
  }

  /** Reads the whole program again and swaps the index (concurrent callers share one read). */
  reload(): Promise<RecordIndex> {
    if (!this.loading) {
      this.loading = this.readAll().finally(() => {
        this.loading = null;
      });
    }
    return this.loading;
  }

  /** Reads the records created since the day the last read began and puts them in the index. */
  async reconcile(): Promise<number> {
    if (!this.current) {
      await this.reload();
      return 0;
    }
    const startedAt = this.now();
    // `dateFrom` is a date ("created after"): a day's margin covers zones and the read's own length.
    const dateFrom = new Date(this.syncedFrom - 24 * 3600_000).toISOString().slice(0, 10);
    const { records, memberCodes } = await readAllRecords(this.client, { memberNoteSlot: this.options.memberNoteSlot, pageSize: this.options.pageSize, dateFrom });
    for (const [id, code] of memberCodes) this.memberCodes.set(id, code);
    let added = 0;
    for (const r of records) {
      // Only records the index lacks: one a webhook changed since this read began keeps the newer version.
      if (this.current.get(r.type, r.id)) continue;
      this.current.put(r);
      added++;
    }
    this.syncedFrom = startedAt;
    this.counts.reconciliations++;
    if (added) this.options.log?.('record index: reconciliation found records no webhook brought', { added, dateFrom });
    return added;
  }

  /**
   * Applies one ReferralRock webhook. The body is the record as a GET returns it (members: `Id`
   * then camelCase fields; referrals: PascalCase or camelCase, reference §5).
   */
  async applyEvent(event: string, body: unknown): Promise<EventOutcome> {
    if (!isRecordHookEvent(event)) return 'unknown_event';
    if (this.duringLoad) this.duringLoad.push({ event, body });
    if (!this.current) return 'applied';
    return (await this.applyTo(this.current, event, body)) ? 'applied' : 'ignored';
  }

  private async applyTo(index: RecordIndex, event: RecordHookEvent, body: unknown): Promise<boolean> {
    const fields = camelKeys(body);
    const id = typeof fields?.id === 'string' ? fields.id.trim() : '';
    if (!id) {
      this.counts.eventsIgnored++;
      return false;
    }
    const type = event.startsWith('Member') ? 'member' : 'referral';
    if (event.endsWith('Delete')) {
      index.remove(type, id);
      if (type === 'member') this.memberCodes.delete(id);
      this.counts.eventsApplied++;
      return true;
    }
    const record = type === 'member' ? await this.memberFrom(fields!, id) : await this.referralFrom(fields!, id);
    if (!record) {
      // Gone by the time it was re-read: a delete is on its way, or already applied.
      index.remove(type, id);
      this.counts.eventsApplied++;
      return true;
    }
    if (record.type === 'member' && record.referralCode) this.memberCodes.set(record.id, record.referralCode);
    index.put(record);
    this.counts.eventsApplied++;
    return true;
  }

  private async memberFrom(fields: Record<string, unknown>, id: string): Promise<DirectoryRecord | null> {
    const parsed = memberSchema.safeParse(fields);
    if (parsed.success) return memberToRecord(parsed.data, this.options.memberNoteSlot);
    this.counts.reReads++;
    const found = (await this.client.findMembers(id)).find((m) => m.id === id);
    return found ? memberToRecord(found, this.options.memberNoteSlot) : null;
  }

  private async referralFrom(fields: Record<string, unknown>, id: string): Promise<DirectoryRecord | null> {
    const parsed = referralSchema.safeParse(fields);
    if (parsed.success) return referralToRecord(parsed.data, this.memberCodes);
    this.counts.reReads++;
    const found = await this.client.getReferral({ referralId: id });
    return found ? referralToRecord(found, this.memberCodes) : null;
  }

  private async readAll(): Promise<RecordIndex> {
    const startedAt = this.now();
    this.duringLoad = [];
    try {
      const { records, memberCodes } = await readAllRecords(this.client, { memberNoteSlot: this.options.memberNoteSlot, pageSize: this.options.pageSize });
      const index = new RecordIndex(records);
      this.memberCodes = memberCodes;
      for (const { event, body } of this.duringLoad) await this.applyTo(index, event, body);
      this.current = index;
      this.syncedFrom = startedAt;
      this.counts.fullReads++;
      this.options.log?.('record index: program read', { records: index.size, ms: this.now() - startedAt });
      return index;
    } finally {
      this.duringLoad = null;
    }
  }
}

/** `Id` -> `id`, `FirstName` -> `firstName`: webhook bodies in either casing read as API records. */
export function camelKeys(body: unknown): Record<string, unknown> | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    const key = k.charAt(0).toLowerCase() + k.slice(1);
    // A camelCase key wins over its PascalCase twin (members carry `Id` and camelCase fields).
    if (!(key in out) || k === key) out[key] = v;
  }
  return out;
}
