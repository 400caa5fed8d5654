/**
 * The lock of one ReferralRock record (workflow id `record-lock-<task queue>-<type>-<id>`): requests queue in
 * arrival order; each is granted (a signal to its requester) and held until the requester releases
 * it, or its lease ends (a requester that cannot release does not block the record for ever). Idle
 * for a while, the lock ends; the next request starts it again (signal-with-start). Long queues
 * continue as new, carrying what waits.
 */
import { condition, continueAsNew, getExternalWorkflowHandle, log, setHandler, workflowInfo } from '@temporalio/workflow';
import { acquireLockSignal, lockGrantedSignal, releaseLockSignal, type LockRequest } from './definitions';

/** A write holds the record at most this long (retries included) before the next one goes. */
const LEASE = '15 minutes';
/** With nothing queued this long, the lock ends. */
const IDLE = '2 minutes';
/** Grants per run before continuing as new: keeps the history small. */
const GRANTS_PER_RUN = 200;

export async function recordLock(waiting: LockRequest[] = []): Promise<void> {
  const queue = [...waiting];
  const released = new Set<string>();
  setHandler(acquireLockSignal, (req) => {
    if (!queue.some((q) => q.requestId === req.requestId)) queue.push(req);
  });
  setHandler(releaseLockSignal, ({ requestId }) => {
    released.add(requestId);
  });

  for (let grants = 0; grants < GRANTS_PER_RUN; grants++) {
    if (!(await condition(() => queue.length > 0, IDLE, { summary: 'Wait for the next writer (the lock ends when idle)' }))) return;
    const next = queue.shift()!;
    if (released.has(next.requestId)) continue; // released before it was granted: nothing to hold
    try {
      await getExternalWorkflowHandle(next.requester).signal(lockGrantedSignal, { requestId: next.requestId });
    } catch (err) {
      // The requester has ended: its turn is skipped.
      log.warn('lock requester gone', { requester: next.requester, error: String(err) });
      continue;
    }
    if (!(await condition(() => released.has(next.requestId), LEASE, { summary: `Hold the record for ${next.requestId} until released or the lease ends` }))) {
      log.warn('lock lease ended without a release; the record goes to the next writer', { requestId: next.requestId, lock: workflowInfo().workflowId });
    }
    released.delete(next.requestId);
  }
  await continueAsNew<typeof recordLock>(queue);
}
