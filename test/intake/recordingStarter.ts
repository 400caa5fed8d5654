/**
 * A CallStarter that records what it was asked to start, for intake tests and the conformance
 * server. It behaves like TemporalCallStarter where the intake can tell: the workflow id comes from
 * the call id, a second start of the same call id answers duplicate, and `unavailable` makes it
 * throw TemporalUnavailableError as the real one does when Temporal cannot be reached.
 */
import type { Call } from '../../domain/call';
import { TemporalUnavailableError, type CallStarter, type StartResult } from '../../services/startCall';
import { workflowIdForCall } from '../../workflows/ids';

export interface RecordedStart {
  call: Call;
  deliveryId: string | null;
  result: StartResult;
}

export class RecordingStarter implements CallStarter {
  readonly starts: RecordedStart[] = [];
  private readonly seen = new Set<string>();
  /** Simulate Temporal being down: every start throws TemporalUnavailableError. */
  unavailable = false;

  async start(call: Call, meta: { deliveryId?: string | null } = {}): Promise<StartResult> {
    if (this.unavailable) throw new TemporalUnavailableError(new Error('14 UNAVAILABLE: connect ECONNREFUSED 127.0.0.1:7233'));
    const workflowId = workflowIdForCall(call.callId);
    const result: StartResult = { workflowId, status: this.seen.has(call.callId) ? 'duplicate' : 'started' };
    this.seen.add(call.callId);
    this.starts.push({ call, deliveryId: meta.deliveryId ?? null, result });
    return result;
  }

  /** Only the starts that created a workflow. */
  get started(): RecordedStart[] {
    return this.starts.filter((s) => s.result.status === 'started');
  }
}
