/**
 * Starts the one workflow of a call, race-free: the server refuses a second start for the same
 * workflow id (running, or closed within retention), and that refusal is how we answer
 * "duplicate". Temporal being unreachable is a distinct error so the intake can answer 503.
 */
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { Call } from '../domain/call';
import { type ProcessCallInput } from '../workflows/definitions';
import { workflowIdForCall } from '../workflows/ids';
import { CallIdKey, CampaignKey } from '../workflows/searchAttributes';
import { processCall } from '../workflows/processCall';
import { isTemporalUnreachable } from './grpcStatus';

export interface StartResult {
  workflowId: string;
  status: 'started' | 'duplicate';
}

export interface CallStarter {
  start(call: Call, meta?: { deliveryId?: string | null }): Promise<StartResult>;
  /** Whether Temporal answers within the deadline (`/readyz`); absent means "no check, ready". */
  ready?(deadlineMs: number): Promise<boolean>;
}

export class TemporalUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`Temporal is unreachable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'TemporalUnavailableError';
  }
}

export class TemporalCallStarter implements CallStarter {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
    private readonly startDeadlineMs = 5000,
  ) {}

  async ready(deadlineMs: number): Promise<boolean> {
    try {
      await this.client.withDeadline(Date.now() + deadlineMs, () => this.client.workflowService.getSystemInfo({}));
      return true;
    } catch {
      return false;
    }
  }

  async start(call: Call, meta: { deliveryId?: string | null } = {}): Promise<StartResult> {
    const workflowId = workflowIdForCall(call.callId);
    const input: ProcessCallInput = { call, receivedAt: new Date().toISOString(), deliveryId: meta.deliveryId ?? null };
    try {
      // Without a deadline the client retries an unreachable server for about 20 s; webhook senders
      // give up sooner, and a prompt 503 tells them to redeliver later.
      await this.client.withDeadline(Date.now() + this.startDeadlineMs, () => this.client.workflow.start(processCall, {
        taskQueue: this.taskQueue,
        workflowId,
        args: [input],
        workflowIdConflictPolicy: 'FAIL',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        // Shown in the Temporal UI's list; ids only (workflow metadata is stored in plain text).
        staticSummary: `Call ${call.callId} (${call.direction}, via ${call.source})`,
        typedSearchAttributes: [
          { key: CallIdKey, value: call.callId },
          ...(call.attribution.campaign ? [{ key: CampaignKey, value: call.attribution.campaign }] : []),
        ],
      }));
      return { workflowId, status: 'started' };
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, status: 'duplicate' };
      if (isTemporalUnreachable(err) || (err as Error)?.name === 'TransportError') throw new TemporalUnavailableError(err);
      throw err;
    }
  }
}
