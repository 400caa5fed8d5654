/**
 * The HTTP answer for each outcome, in one table so both routes and the admin replay answer alike.
 * Codes are the contract's; where it left a choice:
 * - a native call older than maxCallAgeHours: 400, as the contract says (it is kept as a dead letter
 *   an operator may replay);
 * - a hangup: 200 `{ status: "recorded" }` (acknowledged, logged and counted, nothing started);
 * - the verification event: 200 `{ status: "verified" }`.
 */
import type { Outcome } from './processDelivery';

export interface Answer {
  statusCode: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Seconds a sender should wait before retrying after a 503. */
export const RETRY_AFTER_SECONDS = 30;

export function answerFor(outcome: Outcome, deadLetterId: string | null): Answer {
  switch (outcome.kind) {
    case 'started':
      return { statusCode: 202, body: { workflowId: outcome.workflowId, status: 'started' } };
    case 'duplicate':
      return { statusCode: 200, body: { workflowId: outcome.workflowId, status: 'duplicate' } };
    case 'ignored':
      return { statusCode: 200, body: { status: 'ignored', reason: outcome.reason } };
    case 'verification':
      return { statusCode: 200, body: { status: 'verified' } };
    case 'hangup':
      return {
        statusCode: 200,
        body: { status: 'recorded', reason: 'the call never connected (hangup); no workflow is started', callId: outcome.callId, hangupReason: outcome.hangupReason },
      };
    case 'unauthorized':
      // The precise reason goes to the log only: a prober learns nothing from the answer.
      return { statusCode: 401, body: { error: 'unauthorized', message: 'missing or invalid signature, or a timestamp outside the allowed window' } };
    case 'rejected':
      return {
        statusCode: 400,
        body: { error: outcome.reason, message: outcome.message, fieldErrors: outcome.fieldErrors, deadLetterId },
      };
    case 'unavailable':
      return {
        statusCode: 503,
        headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
        body: {
          error: 'temporal_unavailable',
          message: `The workflow service cannot be reached; retry later. The delivery is not lost: it was kept as dead letter ${deadLetterId} and can be replayed.`,
          deadLetterId,
        },
      };
  }
}

/** Which outcomes leave a dead letter behind. */
export function deadLetterReasonOf(outcome: Outcome) {
  if (outcome.kind === 'rejected') return outcome.reason;
  if (outcome.kind === 'unavailable') return 'temporal_unavailable' as const;
  return null;
}

/** The metrics label of an outcome. */
export function outcomeLabel(outcome: Outcome): string {
  return outcome.kind === 'rejected' ? outcome.reason : outcome.kind === 'unavailable' ? 'temporal_unavailable' : outcome.kind;
}
