/**
 * Tells the follow-ups already waiting for a caller about a new call from them: it shows on the
 * follow-up, and an opt-out stops the ones it forbids (rule 3 and 8: nothing fires after one).
 * Found through Temporal visibility, so no side store has to be kept in step.
 */
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { laterCallSignal } from '../workflows/definitions';
import { isFollowUpOfCall } from '../workflows/ids';
import { waitingFollowUpsOfRecordQuery } from '../services/visibilityQueries';
import { listWorkflows } from './visibility';

export function createFollowUpActivities(temporal: Client) {
  return {
    async tellFollowUps(input: { recordId: string; callId: string; optOutScope: string | null }): Promise<string[]> {
      const told: string[] = [];
      for (const wf of await listWorkflows(temporal, waitingFollowUpsOfRecordQuery(input.recordId))) {
        // A call's own follow-ups are named after it; they are not "later" calls.
        if (isFollowUpOfCall(wf.workflowId, input.callId)) continue;
        try {
          await temporal.workflow.getHandle(wf.workflowId).signal(laterCallSignal, { callId: input.callId, optOutScope: input.optOutScope });
          told.push(wf.workflowId);
        } catch (err) {
          // Visibility lags: a follow-up listed as running may have fired or been cancelled since.
          // A closed follow-up needs no news, so this is not a failure to retry.
          if (!(err instanceof WorkflowNotFoundError)) throw err;
        }
      }
      return told;
    },
  };
}
