/**
 * Tells the follow-ups already waiting for a caller about a new call from them: it shows on the
 * follow-up, and an opt-out stops the ones it forbids (rule 3 and 8: nothing fires after one).
 * Found through Temporal visibility, so no side store has to be kept in step.
 */
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { laterCallSignal } from '../workflows/definitions';
import { isFollowUpOfCall } from '../workflows/ids';
import { optOutsOfRecordQuery, waitingFollowUpsOfRecordQuery } from '../services/visibilityQueries';
import { scopesBlocking } from '../domain/optOutChannel';
import type { RecordRef } from '../domain/plan';
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
    /**
     * Has the caller opted out since this follow-up was planned? Our record of opt-outs is Temporal
     * visibility: every call that heard one carries the OptOutScope search attribute. (Checked when
     * the follow-up falls due, besides tellFollowUps' signal: visibility lags, so a call that ended
     * just as the follow-up started may not have found it.)
     */
    async outreachBlocked(input: { callId: string; target: RecordRef | null; channel: 'phone' | 'email' | 'sms' }): Promise<string | null> {
      if (!input.target) return null;
      const [optedOut] = await listWorkflows(temporal, optOutsOfRecordQuery(input.target.id, scopesBlocking(input.channel)));
      return optedOut ? `caller opted out in ${optedOut.workflowId}` : null;
    },
  };
}
