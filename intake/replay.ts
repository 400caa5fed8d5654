/**
 * Operator replay of a dead letter: the stored (possibly edited) body goes through the same
 * processDelivery as a live delivery, with two relaxations an operator is entitled to: the
 * timestamp freshness of the signature and the native 24-hour age limit no longer apply, since the
 * delivery was authenticated and fresh when it arrived.
 *
 * The signature itself is checked again when the body is unedited, so a file dropped into the
 * dead-letter directory by hand cannot start a workflow. A body the operator edited cannot carry
 * the sender's signature; the operator's own authentication (admin token, or file access for the
 * CLI) stands in for it and the replay record says so. `force` does the same for an unedited body
 * whose signature no longer verifies (the secret was rotated away since it arrived).
 */
import { createHash } from 'node:crypto';
import { answerFor, type Answer } from './answers';
import { deadLetterBody, type DeadLetterStore } from './deadLetter';
import { processDelivery, type Outcome, type ProcessDeps } from './processDelivery';

export interface ReplayOptions {
  /** Replace the stored body before replaying (an operator's fix). */
  editedBody?: Buffer;
  /** Replay an unedited body even though its signature no longer verifies. */
  force?: boolean;
  now?: () => Date;
}

export interface ReplayResult {
  id: string;
  outcome: Outcome;
  /** The answer a live delivery with this outcome would have had (409 when the signature fails). */
  answer: Answer;
  /** How the delivery was authenticated this time. */
  signature: 'verified' | 'edited' | 'forced' | 'failed';
  /** True when the entry was resolved (started, duplicate, ignored) and deleted. */
  removed: boolean;
}

const RESOLVED: ReadonlySet<Outcome['kind']> = new Set(['started', 'duplicate', 'ignored', 'verification', 'hangup']);

/** Null when there is no dead letter with that id. */
export async function replayDeadLetter(
  store: DeadLetterStore,
  id: string,
  deps: ProcessDeps,
  opts: ReplayOptions = {},
): Promise<ReplayResult | null> {
  const entry = await store.get(id);
  if (!entry) return null;
  if (opts.editedBody) {
    const utf8 = Buffer.from(opts.editedBody.toString('utf8'), 'utf8').equals(opts.editedBody);
    entry.body = utf8 ? opts.editedBody.toString('utf8') : opts.editedBody.toString('base64');
    entry.bodyEncoding = utf8 ? 'utf8' : 'base64';
  }
  const rawBody = deadLetterBody(entry);
  const edited = createHash('sha256').update(rawBody).digest('hex') !== entry.bodySha256;
  const delivery = { endpoint: entry.endpoint, headers: entry.headers, rawBody };

  let signature: ReplayResult['signature'] = edited ? 'edited' : 'verified';
  let outcome = await processDelivery(delivery, deps, { signature: edited ? 'skip' : 'ignore_age', skipAgeCheck: true });
  if (outcome.kind === 'unauthorized' && opts.force) {
    signature = 'forced';
    outcome = await processDelivery(delivery, deps, { signature: 'skip', skipAgeCheck: true });
  } else if (outcome.kind === 'unauthorized') {
    signature = 'failed';
  }

  entry.replays.push({
    at: (opts.now?.() ?? new Date()).toISOString(),
    outcome: outcome.kind === 'rejected' ? outcome.reason : outcome.kind,
    detail: `signature ${signature}${'workflowId' in outcome ? `, workflow ${outcome.workflowId}` : ''}`,
  });
  const removed = RESOLVED.has(outcome.kind);
  if (removed) {
    await store.remove(id);
  } else {
    if (outcome.kind === 'rejected') {
      entry.reason = outcome.reason;
      entry.fieldErrors = outcome.fieldErrors;
      entry.message = outcome.message;
      entry.callId = outcome.callId ?? entry.callId;
    } else if (outcome.kind === 'unavailable') {
      entry.reason = 'temporal_unavailable';
      entry.message = outcome.message;
    }
    await store.save(entry);
  }

  const answer: Answer =
    outcome.kind === 'unauthorized'
      ? {
          statusCode: 409,
          body: {
            error: 'signature_no_longer_valid',
            message: 'the stored signature does not verify with the configured secrets (rotated since?); replay with force to start it anyway',
          },
        }
      : answerFor(outcome, removed ? null : id);
  return { id, outcome, answer, signature, removed };
}
