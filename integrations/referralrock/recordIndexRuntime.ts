/**
 * The worker's record directory, as configured (REFERRALROCK_DIRECTORY):
 *  - `snapshot`: the whole program reread at most every REFERRALROCK_DIRECTORY_TTL_SECONDS;
 *  - `live`: read once, then kept fresh: the webhook listener starts, the subscriptions are made
 *    (the old ones of this worker removed first), the program is read (both retried until
 *    ReferralRock answers), and two timers run, the `dateFrom` reconciliation and the full reload.
 *    `close()` undoes all of it.
 */
import { randomBytes } from 'node:crypto';
import type { Config } from '../../config';
import type { RecordDirectory } from '../../domain/records';
import type { ReferralRockClient } from './client';
import { createReferralRockDirectory } from './directory';
import { startHookReceiver } from './hookReceiver';
import { subscribeRecordHooks, type HookSubscriptions } from './hookSubscriptions';
import { LiveRecordDirectory, type LiveDirectoryStats } from './liveDirectory';

export interface WorkerDirectory {
  directory: RecordDirectory;
  /** Resolves once subscribed and the program read (at once for the snapshot directory). */
  ready(): Promise<void>;
  /** The live index's counters; null for the snapshot directory. */
  stats(): LiveDirectoryStats | null;
  close(): Promise<void>;
}

type Log = (msg: string, fields?: Record<string, unknown>) => void;

export async function startWorkerDirectory(client: ReferralRockClient, cfg: Config['referralRock'], log: Log = () => {}): Promise<WorkerDirectory> {
  if (cfg.directory.mode === 'snapshot') {
    return { directory: createReferralRockDirectory(client, cfg), ready: async () => {}, stats: () => null, close: async () => {} };
  }
  const d = cfg.directory;
  const live = new LiveRecordDirectory(client, { memberNoteSlot: cfg.memberNoteSlot, log });
  const secret = d.hookSecret ?? randomBytes(24).toString('base64url');
  const receiver = await startHookReceiver({ host: d.host, port: d.port, secret, apply: (event, body) => live.applyEvent(event, body), log });
  const stateFile = d.port === 0 ? d.stateFile.replace(/\.json$/, `-pid${process.pid}.json`) : d.stateFile;
  const timers: NodeJS.Timeout[] = [];
  const stopping = new AbortController();
  let subscriptions: HookSubscriptions | null = null;

  // ReferralRock may be unreachable when the worker starts: subscribing and the first read are
  // retried with backoff in the background, and the worker serves meanwhile (a decision that needs
  // the index reads the program itself, or fails and is retried by Temporal).
  const ready = (async () => {
    for (let attempt = 0; !stopping.signal.aborted; attempt++) {
      try {
        // Subscribed before the first read: a change made while the program is read arrives as an
        // event and is applied on top of the list (liveDirectory.ts).
        subscriptions ??= await subscribeRecordHooks(client, { publicUrl: d.publicUrl ?? receiver.url, secret, stateFile, log });
        await live.reload();
        break;
      } catch (err) {
        const waitMs = Math.min(30_000, 500 * 2 ** attempt);
        log('record index: could not subscribe or read the program yet; trying again', { error: String(err), retryInMs: waitMs });
        await sleep(waitMs, stopping.signal);
      }
    }
    if (stopping.signal.aborted) return;
    const every = (ms: number, what: string, run: () => Promise<unknown>) => {
      const t = setInterval(() => void run().catch((err: unknown) => log(`record index: ${what} failed; the index keeps serving what it has`, { error: String(err) })), ms);
      t.unref();
      timers.push(t);
    };
    every(d.reconcileSeconds * 1000, 'reconciliation', () => live.reconcile());
    every(d.reloadHours * 3600_000, 'full reload', () => live.reload());
    log('record index: live', { records: live.stats().records, receiver: receiver.url, subscriptions: subscriptions?.ids.length ?? 0 });
  })();

  return {
    directory: live,
    stats: () => live.stats(),
    ready: () => ready,
    async close() {
      stopping.abort();
      await ready;
      for (const t of timers) clearInterval(t);
      await subscriptions?.remove().catch((err: unknown) => log('record index: could not remove the webhook subscriptions', { error: String(err) }));
      await receiver.close();
    },
  };
}

/** Resolves after `ms`, or at once when `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}
