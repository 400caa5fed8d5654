/**
 * Asking a record's lock for a turn, and giving it back. Signal-with-start: the lock workflow is
 * started on the first request and ended when idle, so there is no lock to keep alive or clean up.
 */
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { acquireLockSignal, releaseLockSignal, type LockRequest } from '../workflows/definitions';
import { recordLock } from '../workflows/recordLock';

export function createLockActivities(temporal: Client, taskQueue: string) {
  return {
    async requestRecordLock(input: LockRequest & { lockId: string }): Promise<void> {
      await temporal.workflow.signalWithStart(recordLock, {
        workflowId: input.lockId,
        taskQueue,
        args: [[]],
        signal: acquireLockSignal,
        signalArgs: [{ requester: input.requester, requestId: input.requestId }],
        staticSummary: 'One writer at a time for a ReferralRock record',
      });
    },
    async releaseRecordLock(input: { lockId: string; requestId: string }): Promise<void> {
      try {
        await temporal.workflow.getHandle(input.lockId).signal(releaseLockSignal, { requestId: input.requestId });
      } catch (err) {
        // The lock ended meanwhile (its lease ran out and it went idle): nothing is held.
        if (!(err instanceof WorkflowNotFoundError)) throw err;
      }
    },
  };
}
