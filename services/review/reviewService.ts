/**
 * The review surfaces' only door to Temporal: which calls wait for a person (from Temporal's
 * visibility, never a side store that could drift), what one call looks like (its live state from
 * the workflow's query, its transcript from the workflow's own input), and the decision itself (the
 * workflow's review Update, deduplicated by a stable update id so a double click decides once).
 */
import { createHash } from 'node:crypto';
import {
  ApplicationFailure,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  type Client,
  type WorkflowExecutionInfo,
} from '@temporalio/client';
import type { Turn } from '../../domain/call';
import { claimUpdate, liveClaim, getStateQuery, reviewUpdate, type CallState, type ClaimRequest, type ProcessCallInput, type ProcessCallResult, type ReviewDecision, type ReviewRecord } from '../../workflows/definitions';
import { callIdOfWorkflowId, workflowIdForCall } from '../../workflows/ids';
import { FailureType } from '../../workflows/failures';
import type { processCall } from '../../workflows/processCall';
import { decidedReviewsQuery, pendingReviewsQuery, WAITING_REVIEW_STATUSES } from '../visibilityQueries';
import { applyQueueFilter, type QueueFilter, type QueuePage } from './queueFilter';
import { CallIdKey, CampaignKey, IntentKey, MatchStatusKey, OwnerKey, ReviewDeadlineKey, ReviewReasonsKey, ReviewStatusKey } from '../../workflows/searchAttributes';
import { mapLimit } from '../mapLimit';
import { TemporalAccess, messageOf, type TemporalAccessOptions } from '../temporalAccess';
import { ReviewError } from './reviewErrors';
import type { PickInput } from './decisionInput';
import type { Plan } from '../../domain/plan';
import { actionsForPick, pickRefusal, type RecordPick } from '../../domain/pickRecord';

export interface PendingCall {
  callId: string;
  workflowId: string;
  runId: string;
  /** From visibility; the query's answer wins when it is newer. */
  reviewStatus: string;
  reviewId: string | null;
  reasons: string[];
  deadlineAt: string | null;
  escalatedAt: string | null;
  intent: string | null;
  matchStatus: string | null;
  /** Who the plan routes the call to, and the campaign that brought it (the queue's filters). */
  owner: string | null;
  /** The reviewer working on it (a claim younger than CLAIM_MINUTES), or null. */
  claimedBy: string | null;
  campaign: string | null;
  summary: string | null;
  startedAt: string;
  /** Why the state query failed (no worker answering): the row then has visibility fields only. */
  stateError: string | null;
}

export interface DecidedReview {
  callId: string;
  status: string;
  reasons: string[];
  reviewer: string | null;
  decidedAt: string | null;
  comment: string | null;
  picked: ReviewRecord['picked'] | null;
  summary: string | null;
}

export interface TranscriptExcerpt {
  /** Turns with their index in the call's transcript (the index evidence quotes refer to). */
  turns: (Turn & { index: number })[];
  total: number;
  /** True when turns were left out (long calls: the turns around the evidence are kept). */
  partial: boolean;
}

export interface CallReview {
  callId: string;
  workflowId: string;
  runId: string;
  /** Temporal's execution status: RUNNING, COMPLETED, FAILED, ... */
  executionStatus: string;
  startedAt: string;
  closedAt: string | null;
  state: CallState | null;
  stateError: string | null;
  transcript: TranscriptExcerpt | null;
  links: { transcript: string | null; recording: string | null; call: string | null; temporalUi: string | null };
}

/** Bounds: each Temporal call a reviewer waits on (describe, history, the decision); each state query. */
export type ReviewServiceOptions = TemporalAccessOptions;

/** Transcripts up to this many turns are shown whole; longer ones around the evidence. */
const WHOLE_TRANSCRIPT_TURNS = 40;
const CONTEXT_TURNS = 2;

export class ReviewService extends TemporalAccess {
  constructor(client: Client, opts: ReviewServiceOptions) {
    super(client, opts, ReviewError);
  }

  /**
   * The queue narrowed, sorted and paged (queueFilter.ts) over visibility: what it filters and sorts
   * on is in each call's search attributes, so only the calls on the page are asked for their live
   * state (claim, summary, a decision made a moment ago). Calls that began waiting before those
   * attributes existed, and a search over the callers' words, ask the workflows themselves.
   */
  async queue(filter: QueueFilter, now: Date = new Date()): Promise<QueuePage> {
    let infos: WorkflowExecutionInfo[];
    try {
      infos = await this.listWorkflows(pendingReviewsQuery(), this.visibilityListLimit, 1000);
    } catch (err) {
      throw this.unavailableOr(err);
    }
    const byCall = new Map<string, WorkflowExecutionInfo>();
    const listed = infos.map((info) => {
      const r = visibilityRow(info);
      byCall.set(r.row.callId, info);
      return r;
    });
    const live = (row: PendingCall) => this.pendingRow(byCall.get(row.callId)!);
    let rows = await mapLimit(listed, this.queryConcurrency, ({ row, complete }) => (complete ? Promise.resolve(row) : live(row)));
    const q = filter.q?.toLowerCase();
    if (q) {
      // Words of the summary: asked of the calls the other filters keep whose id does not match.
      const others = applyQueueFilter(rows, { ...filter, q: undefined, page: 1, pageSize: rows.length || 1 }, now).rows;
      const asked = new Map((await mapLimit(others.filter((r) => r.summary == null && !r.callId.toLowerCase().includes(q)), this.queryConcurrency, live)).map((r) => [r.callId, r]));
      rows = rows.map((r) => asked.get(r.callId) ?? r);
    }
    const page = applyQueueFilter(rows, filter, now);
    const fresh = await mapLimit(page.rows, this.queryConcurrency, (row) => (row.summary != null || row.stateError ? Promise.resolve(row) : live(row)));
    // Visibility trails the workflow by a moment: a call decided just now no longer waits.
    return { ...page, rows: fresh.filter((r) => (WAITING_REVIEW_STATUSES as readonly string[]).includes(r.reviewStatus)) };
  }

  /**
   * Reviews already decided (approved, rejected, edited) or expired, most recent first: who decided
   * what, and when. At most `limit`, read from visibility, each call's record from its result.
   */
  async listDecided(limit = 50): Promise<DecidedReview[]> {
    let infos: WorkflowExecutionInfo[];
    try {
      infos = (await this.listWorkflows(decidedReviewsQuery())).slice(0, limit);
    } catch (err) {
      throw this.unavailableOr(err);
    }
    const rows = await mapLimit(infos, this.queryConcurrency, async (info): Promise<DecidedReview> => {
      const { state } = await this.stateOf(info.workflowId, info.runId, info.status.name);
      return {
        callId: info.typedSearchAttributes.get(CallIdKey) ?? callIdOfWorkflowId(info.workflowId) ?? info.workflowId,
        status: state?.review.status ?? info.typedSearchAttributes.get(ReviewStatusKey) ?? 'unknown',
        reasons: state?.review.reasons ?? [],
        reviewer: state?.review.reviewer ?? null,
        decidedAt: state?.review.decidedAt ?? null,
        comment: state?.review.comment ?? null,
        picked: state?.review.picked ?? null,
        summary: state?.plan?.summary ?? null,
      };
    });
    return rows.sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''));
  }

  /** Every running call waiting for a reviewer, most urgent deadline first. */
  async listPending(): Promise<PendingCall[]> {
    let infos: WorkflowExecutionInfo[];
    try {
      infos = await this.listWorkflows(pendingReviewsQuery());
    } catch (err) {
      throw this.unavailableOr(err);
    }
    const rows = await mapLimit(infos, this.queryConcurrency, (info) => this.pendingRow(info));
    // Visibility trails the workflow by a moment: a call decided just now may still be listed
    // there, but its own answer says it no longer waits.
    return rows.filter((r) => (WAITING_REVIEW_STATUSES as readonly string[]).includes(r.reviewStatus)).sort(byUrgency);
  }

  /** One call as a reviewer needs it; ReviewError not_found when there is no such call. */
  async show(callId: string): Promise<CallReview> {
    const workflowId = workflowIdForCall(callId);
    const description = await this.describeCall(callId);
    const executionStatus = description.status.name;
    const runId = description.runId;
    const [stateAnswer, input] = await Promise.all([this.stateOf(workflowId, runId, executionStatus), this.inputOf(workflowId, runId)]);
    const state = stateAnswer.state;
    const planLinks = state?.plan?.handoff.links;
    const callLinks = input?.call.links;
    return {
      callId,
      workflowId,
      runId,
      executionStatus,
      startedAt: description.startTime.toISOString(),
      closedAt: description.closeTime?.toISOString() ?? null,
      state,
      stateError: stateAnswer.error,
      transcript: input ? excerpt(input.call.transcript, evidenceTurns(state)) : null,
      links: {
        transcript: planLinks?.transcript ?? callLinks?.transcriptUrl ?? null,
        recording: planLinks?.recording ?? callLinks?.recordingUrl ?? null,
        call: planLinks?.call ?? callLinks?.callUrl ?? null,
        temporalUi: this.uiLink(workflowId, runId),
      },
    };
  }

  /**
   * Sends the decision through the workflow's review Update. The update id is derived from the
   * decision itself: the same reviewer sending the same decision twice (a double click, a retried
   * POST) is one Update to Temporal, and gets the same answer twice.
   */
  async decide(callId: string, decision: ReviewDecision): Promise<ReviewRecord> {
    const workflowId = workflowIdForCall(callId);
    const handle = this.client.workflow.getHandle(workflowId);
    try {
      return await this.bounded(() => handle.executeUpdate(reviewUpdate, { args: [decision], updateId: decisionUpdateId(decision) }), this.updateTimeoutMs);
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError) throw await this.refusal(callId, err);
      if (err instanceof WorkflowNotFoundError) return this.afterClose(callId, decision);
      if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
        // The server may still hand the Update to the workflow later; the same decision sent
        // again carries the same update id, so retrying can never decide twice.
        throw new ReviewError('temporal_unavailable', `call ${callId} did not confirm the decision in time (is a worker running?); sending the same decision again is safe`);
      }
      throw this.unavailableOr(err);
    }
  }

  /**
   * Takes the call (others see the claim and cannot decide it for CLAIM_MINUTES) or lets it go,
   * through the workflow's claim Update, which refuses a claim someone else holds.
   */
  async claim(callId: string, request: ClaimRequest): Promise<ReviewRecord> {
    const handle = this.client.workflow.getHandle(workflowIdForCall(callId));
    try {
      return await this.bounded(() => handle.executeUpdate(claimUpdate, { args: [request] }), this.updateTimeoutMs);
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError) throw await this.refusal(callId, err);
      if (err instanceof WorkflowNotFoundError) throw new ReviewError('not_found', `no call ${callId}`);
      throw this.unavailableOr(err);
    }
  }

  /**
   * "Which record is this?" answered: an edit whose actions are the picked record's
   * (domain/pickRecord.ts: the call's note and its follow-ups on that record), or nothing for
   * `none`. The workflow validates the pick against the plan's candidates as well.
   */
  async pick(callId: string, input: PickInput): Promise<ReviewRecord> {
    const { state } = await this.show(callId);
    const plan = state?.plan;
    if (!state || !plan) throw new ReviewError('not_waiting', `call ${callId} has no plan to pick a record for`);
    const pick = resolvePick(plan, input.pick);
    const refusal = pickRefusal(plan, pick);
    if (refusal) throw new ReviewError('invalid_decision', refusal, [`pick: ${refusal}`]);
    const chosen = pick === 'none' ? 'none of the candidates: nothing written' : `this is ${pick.type} ${pick.id}`;
    return this.decide(callId, {
      decision: 'edit',
      reviewer: input.reviewer,
      comment: input.comment ? `${chosen}. ${input.comment}` : `${chosen[0].toUpperCase()}${chosen.slice(1)}.`,
      actions: actionsForPick(plan, pick),
      pick,
      ...(input.reviewId ? { reviewId: input.reviewId } : {}),
      ...(input.optOut ? { optOut: input.optOut } : {}),
    });
  }

  private async pendingRow(info: WorkflowExecutionInfo): Promise<PendingCall> {
    const attrs = info.typedSearchAttributes;
    const callId = attrs.get(CallIdKey) ?? callIdOfWorkflowId(info.workflowId) ?? info.workflowId;
    const answer = await this.stateOf(info.workflowId, info.runId, 'RUNNING');
    const review = answer.state?.review;
    return {
      callId,
      workflowId: info.workflowId,
      runId: info.runId,
      reviewStatus: review?.status ?? attrs.get(ReviewStatusKey) ?? 'pending',
      reviewId: review?.id ?? null,
      reasons: review?.reasons ?? [],
      deadlineAt: review?.deadlineAt ?? null,
      escalatedAt: review?.escalatedAt ?? null,
      intent: attrs.get(IntentKey) ?? answer.state?.plan?.classification.intent ?? null,
      matchStatus: attrs.get(MatchStatusKey) ?? answer.state?.plan?.match.status ?? null,
      owner: answer.state?.plan?.handoff.owner ?? null,
      claimedBy: review ? liveClaim(review, Date.now()) : null,
      campaign: answer.state?.plan?.handoff.attribution.campaign ?? null,
      summary: answer.state?.plan?.summary ?? null,
      startedAt: info.startTime.toISOString(),
      stateError: answer.error,
    };
  }

  /**
   * The workflow's live state. A closed call whose query cannot be answered (no worker to replay
   * it) still shows what it did, from its result.
   */
  private async stateOf(workflowId: string, runId: string | undefined, executionStatus: string): Promise<{ state: CallState | null; error: string | null }> {
    const handle = this.client.workflow.getHandle<typeof processCall>(workflowId, runId);
    try {
      return { state: await this.bounded(() => handle.query(getStateQuery), this.queryTimeoutMs), error: null };
    } catch (err) {
      if (executionStatus === 'COMPLETED') {
        try {
          const result = await this.bounded(() => handle.result());
          return { state: stateFromResult(result), error: null };
        } catch {
          // Fall through to the query's own error, the more useful of the two.
        }
      }
      return { state: null, error: `the workflow did not answer its state query: ${messageOf(err)}` };
    }
  }

  /** The workflow's input, from the first event of its history (the call as the intake took it). */
  private async inputOf(workflowId: string, runId: string): Promise<ProcessCallInput | null> {
    try {
      const input = (await this.firstInput(workflowId, runId)) as ProcessCallInput | undefined;
      return input?.call && Array.isArray(input.call.transcript) ? input : null;
    } catch {
      // The transcript is a convenience: without it the page still shows the plan and its evidence.
      return null;
    }
  }

  /** The call's workflow as Temporal describes it; ReviewError not_found when there is no such call. */
  private async describeCall(callId: string) {
    try {
      return await this.bounded(() => this.client.workflow.getHandle(workflowIdForCall(callId)).describe());
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) throw new ReviewError('not_found', `no call ${callId}`);
      throw this.unavailableOr(err);
    }
  }

  /** A validator refusal, worded for the reviewer (who decided, when; or why it is stale). */
  private async refusal(callId: string, err: WorkflowUpdateFailedError): Promise<ReviewError> {
    const cause = err.cause;
    const type = cause instanceof ApplicationFailure ? cause.type : null;
    const message = cause?.message ?? err.message;
    if (type === FailureType.InvalidDecision) return new ReviewError('invalid_decision', `invalid decision: ${message}`, [message]);
    if (type === FailureType.StaleDecision) return new ReviewError('stale_decision', `call ${callId}: ${message}; reload the call and decide again`);
    if (type === FailureType.ReviewClaimed) return new ReviewError('claimed', `call ${callId}: ${message}`);
    const state = (await this.stateOf(workflowIdForCall(callId), undefined, 'RUNNING').catch(() => null))?.state;
    if (state?.review.decidedAt) return alreadyDecided(callId, state.review);
    return new ReviewError('not_waiting', `call ${callId} is not waiting for a review: ${message}`);
  }

  /**
   * Update refused because the run is gone: either no such call, or the call already finished
   * (typically right after its decision). The same decision repeated then gets the same answer.
   */
  private async afterClose(callId: string, decision: ReviewDecision): Promise<ReviewRecord> {
    const description = await this.describeCall(callId);
    const status = description.status.name;
    const { state } = await this.stateOf(description.workflowId, description.runId, status);
    const review = state?.review;
    if (review && sameDecision(review, decision)) return review;
    if (review?.decidedAt) throw alreadyDecided(callId, review);
    throw new ReviewError('call_closed', `call ${callId} is no longer running (${status.toLowerCase()}); there is nothing to decide`);
  }

  /** The same queue as a Temporal UI workflow list (operators' view), when the UI's address is known. */
  queueUiLink(): string | null {
    return this.searchUiLink(pendingReviewsQuery());
  }
}

/**
 * A waiting call as visibility alone knows it. `complete` when the call carries the queue's
 * attributes (calls that began waiting before them do not); summary and claim come from its state.
 */
function visibilityRow(info: WorkflowExecutionInfo): { row: PendingCall; complete: boolean } {
  const attrs = info.typedSearchAttributes;
  const reasons = attrs.get(ReviewReasonsKey);
  return {
    complete: reasons !== undefined,
    row: {
      callId: attrs.get(CallIdKey) ?? callIdOfWorkflowId(info.workflowId) ?? info.workflowId,
      workflowId: info.workflowId,
      runId: info.runId,
      reviewStatus: attrs.get(ReviewStatusKey) ?? 'pending',
      reviewId: null,
      reasons: reasons ?? [],
      deadlineAt: attrs.get(ReviewDeadlineKey)?.toISOString() ?? null,
      escalatedAt: null,
      intent: attrs.get(IntentKey) ?? null,
      matchStatus: attrs.get(MatchStatusKey) ?? null,
      owner: attrs.get(OwnerKey) ?? null,
      claimedBy: null,
      campaign: attrs.get(CampaignKey) ?? null,
      summary: null,
      startedAt: info.startTime.toISOString(),
      stateError: null,
    },
  };
}

/** A pick's words as a record: `none`, a candidate's id, or `type:id` where two candidates share the id. */
export function resolvePick(plan: Plan, words: string): RecordPick {
  if (words.toLowerCase() === 'none') return 'none';
  const [maybeType, ...rest] = words.split(':');
  const typed = rest.length && (maybeType === 'member' || maybeType === 'referral') ? { type: maybeType, id: rest.join(':') } : null;
  const found = plan.match.candidates.filter((c) => (typed ? c.type === typed.type && c.id === typed.id : c.id === words));
  if (found.length === 1) return { type: found[0].type, id: found[0].id };
  if (found.length > 1) throw new ReviewError('invalid_decision', `${words} names more than one candidate: say member:${words} or referral:${words}`, [`pick: ambiguous`]);
  throw new ReviewError('invalid_decision', `${words} is not one of this call's candidates (${plan.match.candidates.map((c) => c.id).join(', ') || 'none'}), nor none`, [`pick: not a candidate`]);
}

/** Stable per decision content: equal decisions share an id, different ones never do. */
export function decisionUpdateId(d: ReviewDecision): string {
  const content = JSON.stringify([d.reviewId ?? null, d.decision, d.reviewer, d.comment ?? null, d.actions ?? null]);
  return `review-${createHash('sha256').update(content).digest('hex').slice(0, 32)}`;
}

const STATUS_OF_DECISION = { approve: 'approved', reject: 'rejected', edit: 'edited' } as const;

function sameDecision(review: ReviewRecord, d: ReviewDecision): boolean {
  return review.status === STATUS_OF_DECISION[d.decision] && review.reviewer === d.reviewer && (review.comment ?? null) === (d.comment ?? null);
}

function alreadyDecided(callId: string, review: ReviewRecord): ReviewError {
  return new ReviewError('already_decided', `call ${callId} was already ${review.status} by ${review.reviewer ?? 'someone'} at ${review.decidedAt}`);
}

function stateFromResult(result: ProcessCallResult): CallState {
  return {
    callId: result.plan.callId,
    phase: 'completed',
    plan: result.plan,
    review: result.review,
    actions: [],
    writes: result.writes,
    followUps: result.followUps,
  };
}

function evidenceTurns(state: CallState | null): number[] {
  return (state?.plan?.classification.evidence ?? []).map((e) => e.turn);
}

/** The whole transcript when short; else its opening and the turns around each evidence quote. */
export function excerpt(transcript: Turn[], around: number[]): TranscriptExcerpt {
  const indexed = transcript.map((t, index) => ({ ...t, index }));
  if (transcript.length <= WHOLE_TRANSCRIPT_TURNS) return { turns: indexed, total: transcript.length, partial: false };
  const keep = new Set<number>([0, 1, 2]);
  for (const turn of around) {
    for (let i = turn - CONTEXT_TURNS; i <= turn + CONTEXT_TURNS; i++) if (i >= 0 && i < transcript.length) keep.add(i);
  }
  return { turns: indexed.filter((t) => keep.has(t.index)), total: transcript.length, partial: true };
}

function byUrgency(a: PendingCall, b: PendingCall): number {
  const da = a.deadlineAt ? Date.parse(a.deadlineAt) : Infinity;
  const db = b.deadlineAt ? Date.parse(b.deadlineAt) : Infinity;
  return da - db || a.startedAt.localeCompare(b.startedAt);
}
