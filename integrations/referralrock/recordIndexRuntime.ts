/**
 * The worker's record directory, as configured (REFERRALROCK_DIRECTORY):
 *  - `snapshot`: the whole program reread at most every REFERRALROCK_DIRECTORY_TTL_SECONDS;
 *  - `live`: read once, then kept fresh: the webhook listener starts, the subscriptions are made
 *    (the old ones of this worker removed first), the program is read, and two timers run, the
 *    `dateFrom` reconciliation and the full reload. `close()` undoes all of it.
 */
import { randomBytes } from 'node:crypto';
import type { Config } from '../../config';
import type { RecordDirectory } from '../../domain/records';
import type { ReferralRockClient } from './client';
import { createReferralRockDirectory } from './directory';
import { startHookReceiver } from './hookReceiver';
import { subscribeRecordHooks } from './hookSubscriptions';
import { LiveRecordDirectory, type LiveDirectoryStats } from './liveDirectory';

export interface WorkerDirectory {
  directory: RecordDirectory;
  /** The live index's counters; null for the snapshot directory. */
  stats(): LiveDirectoryStats | null;
  close(): Promise<void>;
}

type Log = (msg: string, fields?: Record<string, unknown>) => void;

export async function startWorkerDirectory(client: ReferralRockClient, cfg: Config['referralRock'], log: Log = () => {}): Promise<WorkerDirectory> {
  if (cfg.directory.mode === 'snapshot') {
    return { directory: createReferralRockDirectory(client, cfg), stats: () => null, close: async () => {} };
  }
  const d = cfg.directory;
  const live = new LiveRecordDirectory(client, { memberNoteSlot: cfg.memberNoteSlot, log });
  const secret = d.hookSecret ?? randomBytes(24).toString('base64url');
  const receiver = await startHookReceiver({ host: d.host, port: d.port, secret, apply: (event, body) => live.applyEvent(event, body), log });
  const stateFile = d.port === 0 ? d.stateFile.replace(/\.json$/, `-pid${process.pid}.json`) : d.stateFile;
  const timers: NodeJS.Timeout[] = [];
  try {
    // Subscribed before the first read: a change made while the program is read arrives as an
    // event and is applied on top of the list (liveDirectory.ts).
    const subscriptions = await subscribeRecordHooks(client, { publicUrl: d.publicUrl ?? receiver.url, secret, stateFile, log });
    const firstRead = live.reload();
    await firstRead;
    const every = (ms: number, what: string, run: () => Promise<unknown>) => {
      const t = setInterval(() => void run().catch((err: unknown) => log(`record index: ${what} failed; the index keeps serving what it has`, { error: String(err) })), ms);
      t.unref();
      timers.push(t);
    };
    every(d.reconcileSeconds * 1000, 'reconciliation', () => live.reconcile());
    every(d.reloadHours * 3600_000, 'full reload', () => live.reload());
    log('record index: live', { records: live.stats().records, receiver: receiver.url, subscriptions: subscriptions.ids.length });
    return {
      directory: live,
      stats: () => live.stats(),
      async close() {
        for (const t of timers) clearInterval(t);
        await subscriptions.remove().catch((err: unknown) => log('record index: could not remove the webhook subscriptions', { error: String(err) }));
        await receiver.close();
      },
    };
  } catch (err) {
    for (const t of timers) clearInterval(t);
    await receiver.close();
    throw err;
  }
}
