/**
 * The follow-up surfaces' only door to Temporal. Which follow-ups wait comes from Temporal's
 * visibility (never a side store that could drift); what each one promised comes from its own
 * input (the first event of its history) and where it stands from its query. Changes go through
 * the workflow's reschedule and cancel Updates, deduplicated by a stable update id so a double
 * submit changes once.
 */
import { createHash } from 'node:crypto';
import {
  ApplicationFailure,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  type Client,
} from '@temporalio/client';
import { DateTime } from 'luxon';
import { callIdSchema } from '../../domain/call';
import { cancelUpdate, getFollowUpQuery, rescheduleUpdate, type FollowUpInput, type FollowUpState, type FollowUpStatus } from '../../workflows/definitions';
import { FollowUpAtKey } from '../../workflows/searchAttributes';
import { FailureType } from '../../workflows/failures';
import type { followUp } from '../../workflows/followUp';
import { isFollowUpOfCall, parseFollowUpWorkflowId } from '../../workflows/ids';
import { followUpsOfCallQuery, waitingFollowUpsQuery } from '../visibilityQueries';
import { type CancelRequest, type RescheduleRequest, parseCancel, parseReschedule } from './changeInput';
import { isInstantText, isLocalDateTime, resolveDueAt } from './dueTime';
import { mapLimit } from '../mapLimit';
import { TemporalAccess, messageOf, type TemporalAccessOptions } from '../temporalAccess';
import { FollowUpError } from './followUpErrors';

export interface FollowUpView {
  workflowId: string;
  runId: string;
  callId: string;
  actionIndex: number;
  /** Temporal's execution status: RUNNING, COMPLETED, TERMINATED, ... */
  executionStatus: string;
  /** The workflow's own status; null when its state could not be read. */
  status: FollowUpStatus | null;
  /** When it falls due (UTC ISO): the workflow's answer, else the FollowUpAt search attribute. */
  at: string | null;
  /** The caller's IANA zone, for showing the due time as they said it. */
  timezone: string | null;
  channel: FollowUpInput['channel'] | null;
  owner: string | null;
  promise: string | null;
  target: FollowUpInput['target'];
  summary: string | null;
  laterCalls: string[];
  reschedules: FollowUpState['reschedules'];
  cancelledBy: string | null;
  cancelReason: string | null;
  outcome: string | null;
  /** When its timer fired (then it was written, or found blocked). */
  firedAt: string | null;
  startedAt: string;
  closedAt: string | null;
  /** Why the state could not be read (no worker answering): the row then has visibility fields only. */
  stateError: string | null;
  temporalUi: string | null;
}

export interface ChangeResult {
  workflowId: string;
  /**
   * False when nothing had to change (already due then; the same cancel repeated after its run
   * was gone). A repeat Temporal deduplicated by its update id gets the first answer again.
   */
  changed: boolean;
  state: FollowUpState;
}

export interface ListOptions {
  /** An ISO instant: only follow-ups due at or before it. */
  dueBefore?: string | null;
  /** Only waiting follow-ups are listed (the ones a person can still change). */
  status?: 'waiting';
}

/** Bounds: each Temporal call an operator waits on (describe, history, the change); each state query. */
export interface FollowUpServiceOptions extends TemporalAccessOptions {
  /** Clock for the "not in the past" check (tests). */
  now?: () => Date;
}

interface ExecutionRef {
  workflowId: string;
  runId: string;
  status: string;
  startTime: Date;
  closeTime: Date | null | undefined;
  dueAttr: Date | null;
}

export class FollowUpService extends TemporalAccess {
  private readonly now: () => Date;

  constructor(client: Client, opts: FollowUpServiceOptions) {
    super(client, opts, FollowUpError);
    this.now = opts.now ?? (() => new Date());
  }

  /** Waiting follow-ups (optionally due by `dueBefore`), soonest first. */
  async list(opts: ListOptions = {}): Promise<FollowUpView[]> {
    if (opts.status !== undefined && opts.status !== 'waiting') {
      throw invalid(`status: only "waiting" follow-ups are listed (got "${String(opts.status)}")`);
    }
    const dueBefore = opts.dueBefore ? instantOf(opts.dueBefore, 'dueBefore') : null;
    // "< one millisecond later" rather than "<=": the dev server's SQLite visibility misses an
    // exactly equal datetime, while every store agrees on a strict comparison.
    const query = waitingFollowUpsQuery(dueBefore ? { dueBefore: new Date(Date.parse(dueBefore) + 1) } : {});
    const refs = await this.visible(query);
    const rows = await mapLimit(refs, this.queryConcurrency, (ref) => this.view(ref));
    // Visibility trails the workflow by a moment: a follow-up changed just now may still be listed
    // under its old due time or status, but its own answer is current.
    return rows
      .filter((r) => r.status === 'waiting' || r.status === null)
      .filter((r) => !dueBefore || r.at === null || Date.parse(r.at) <= Date.parse(dueBefore))
      .sort(byDue);
  }

  /**
   * A follow-up by its workflow id, or every follow-up of a call by the call's id (in action
   * order); FollowUpError not_found when there is none.
   */
  async show(idOrCallId: string): Promise<FollowUpView[]> {
    const id = idOrCallId.trim();
    if (parseFollowUpWorkflowId(id)) {
      const ref = await this.describe(id).catch((err) => {
        if (err instanceof FollowUpError && err.code === 'not_found') return null;
        throw err;
      });
      if (ref) return [await this.view(ref)];
    }
    if (!callIdSchema.safeParse(id).success) throw new FollowUpError('not_found', `no follow-up or call ${id}`);
    const refs = (await this.visible(followUpsOfCallQuery(id)))
      // STARTS_WITH also finds call "a-1"'s follow-ups for call "a" (and a store may read "_" as a
      // wildcard): keep exactly this call's.
      .filter((ref) => isFollowUpOfCall(ref.workflowId, id));
    if (!refs.length) throw new FollowUpError('not_found', parseFollowUpWorkflowId(id) ? `no follow-up ${id}` : `no follow-up of call ${id}`);
    const views = await mapLimit(refs, this.queryConcurrency, (ref) => this.view(ref));
    return views.sort((a, b) => a.actionIndex - b.actionIndex);
  }

  /**
   * Moves a waiting follow-up. The update id is derived from the request and from how many times
   * the follow-up had been moved when it was read: the same request sent twice at once is one
   * Update to Temporal; sent again after it landed, the follow-up is already due then, so nothing
   * changes; moving back to an earlier time later is a new change, as it should be.
   */
  async reschedule(workflowId: string, request: RescheduleRequest): Promise<ChangeResult> {
    checkedFollowUpId(workflowId);
    const req = parseReschedule(request);
    let timezone = req.timezone ?? null;
    // Shape and range are checked before anything reaches Temporal; only a local time without a
    // zone needs the follow-up's own (the caller's) zone first.
    if (!isLocalDateTime(req.at) || timezone) resolveDueAt(req.at, timezone, this.now());
    const ref = await this.describe(workflowId);
    if (ref.status !== 'RUNNING') throw await this.closedError(ref);
    if (isLocalDateTime(req.at) && !timezone) {
      timezone = (await this.inputOf(ref))?.timezone ?? null;
      if (!timezone) throw invalid(`timezone: "${req.at}" has no offset and follow-up ${workflowId} has no caller time zone; give an IANA timezone`);
    }
    const at = resolveDueAt(req.at, timezone, this.now());

    const current = await this.liveState(workflowId);
    if (current.status !== 'waiting') throw notWaiting(workflowId, current);
    if (Date.parse(current.at) === Date.parse(at)) return { workflowId, changed: false, state: current };

    const updateId = `reschedule-${digest([workflowId, current.reschedules.length, at, req.by, req.reason ?? null])}`;
    const handle = this.client.workflow.getHandle(workflowId);
    try {
      const state = await this.bounded(() => handle.executeUpdate(rescheduleUpdate, { args: [{ at, by: req.by, reason: req.reason ?? null }], updateId }), this.updateTimeoutMs);
      return { workflowId, changed: true, state };
    } catch (err) {
      throw await this.updateError(workflowId, err);
    }
  }

  /**
   * Cancels a waiting follow-up; it then ends without contacting anyone. The same cancel sent
   * again (a double click, a retried POST) gets the same answer; any other after it gets 409.
   */
  async cancel(workflowId: string, request: CancelRequest): Promise<ChangeResult> {
    checkedFollowUpId(workflowId);
    const req = parseCancel(request);
    const updateId = `cancel-${digest([workflowId, req.by, req.reason])}`;
    const handle = this.client.workflow.getHandle(workflowId);
    try {
      const state = await this.bounded(() => handle.executeUpdate(cancelUpdate, { args: [{ by: req.by, reason: req.reason }], updateId }), this.updateTimeoutMs);
      return { workflowId, changed: true, state };
    } catch (err) {
      if (!(err instanceof WorkflowNotFoundError) && !isClosedRefusal(err)) throw await this.updateError(workflowId, err);
      // The run is gone or no longer waits: either no such follow-up, this same cancel landed
      // before (its workflow then ends at once), or something else ended it.
      const ref = await this.describe(workflowId);
      const state = ref.status === 'RUNNING' ? await this.liveState(workflowId) : (await this.stateOf(ref)).state;
      if (state && state.status === 'cancelled' && state.cancelledBy === req.by && state.cancelReason === req.reason) {
        return { workflowId, changed: false, state };
      }
      throw state ? notWaiting(workflowId, state) : await this.closedError(ref);
    }
  }

  /** The same list as a Temporal UI workflow search, when the UI's address is known. */
  listUiLink(): string | null {
    return this.searchUiLink(waitingFollowUpsQuery());
  }

  private async visible(query: string): Promise<ExecutionRef[]> {
    let refs: ExecutionRef[];
    try {
      refs = (await this.listWorkflows(query)).map((info) => ({
        workflowId: info.workflowId,
        runId: info.runId,
        status: info.status.name,
        startTime: info.startTime,
        closeTime: info.closeTime,
        dueAttr: info.typedSearchAttributes.get(FollowUpAtKey) ?? null,
      }));
    } catch (err) {
      throw this.unavailableOr(err);
    }
    return refs;
  }

  private async describe(workflowId: string): Promise<ExecutionRef> {
    try {
      const d = await this.bounded(() => this.client.workflow.getHandle(workflowId).describe());
      if (d.type !== 'followUp') throw new FollowUpError('not_found', `no follow-up ${workflowId}`);
      return { workflowId, runId: d.runId, status: d.status.name, startTime: d.startTime, closeTime: d.closeTime, dueAttr: d.typedSearchAttributes.get(FollowUpAtKey) ?? null };
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) throw new FollowUpError('not_found', `no follow-up ${workflowId}`);
      throw this.unavailableOr(err);
    }
  }

  private async view(ref: ExecutionRef): Promise<FollowUpView> {
    const [answer, input] = await Promise.all([this.stateOf(ref), this.inputOf(ref)]);
    const state = answer.state;
    const parsed = parseFollowUpWorkflowId(ref.workflowId);
    return {
      workflowId: ref.workflowId,
      runId: ref.runId,
      callId: input?.callId ?? parsed?.callId ?? ref.workflowId,
      actionIndex: input?.actionIndex ?? parsed?.actionIndex ?? 0,
      executionStatus: ref.status,
      status: state?.status ?? null,
      at: normalisedInstant(state?.at ?? ref.dueAttr?.toISOString() ?? input?.at ?? null),
      timezone: input?.timezone ?? null,
      channel: input?.channel ?? null,
      owner: input?.owner ?? null,
      promise: input?.promise ?? null,
      target: input?.target ?? null,
      summary: input?.summary ?? null,
      laterCalls: state?.laterCalls ?? [],
      reschedules: state?.reschedules ?? [],
      cancelledBy: state?.cancelledBy ?? null,
      cancelReason: state?.cancelReason ?? null,
      outcome: state?.outcome ?? null,
      firedAt: state?.firedAt ?? null,
      startedAt: ref.startTime.toISOString(),
      closedAt: ref.closeTime?.toISOString() ?? null,
      stateError: answer.error,
      temporalUi: this.uiLink(ref.workflowId, ref.runId),
    };
  }

  /**
   * The follow-up's state: its query while it runs; its result once completed (no worker needs to
   * replay it for that). A run ended otherwise (terminated, failed) has no state to show.
   */
  private async stateOf(ref: ExecutionRef): Promise<{ state: FollowUpState | null; error: string | null }> {
    const handle = this.client.workflow.getHandle<typeof followUp>(ref.workflowId, ref.runId);
    try {
      if (ref.status === 'COMPLETED') return { state: await this.bounded(() => handle.result()), error: null };
      if (ref.status !== 'RUNNING') return { state: null, error: `the follow-up's workflow ended ${ref.status.toLowerCase()}` };
      return { state: await this.bounded(() => handle.query(getFollowUpQuery), this.queryTimeoutMs), error: null };
    } catch (err) {
      return { state: null, error: `the follow-up did not answer its state query: ${messageOf(err)}` };
    }
  }

  /** Current state of a running follow-up, for a change: without it nothing can be decided. */
  private async liveState(workflowId: string): Promise<FollowUpState> {
    try {
      return await this.bounded(() => this.client.workflow.getHandle(workflowId).query(getFollowUpQuery), this.queryTimeoutMs);
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) throw new FollowUpError('not_found', `no follow-up ${workflowId}`);
      const unavailable = this.unavailableOr(err);
      if (unavailable instanceof FollowUpError) throw unavailable;
      throw new FollowUpError('temporal_unavailable', `follow-up ${workflowId} did not answer (is a worker running?): ${messageOf(err)}; nothing was changed`);
    }
  }

  /** The follow-up's input, from the first event of its history (what the call promised). */
  private async inputOf(ref: ExecutionRef): Promise<FollowUpInput | null> {
    try {
      const candidate = (await this.firstInput(ref.workflowId, ref.runId)) as FollowUpInput | undefined;
      return candidate && typeof candidate.callId === 'string' ? candidate : null;
    } catch {
      // The details are a convenience: without them the row still shows when and whether it waits.
      return null;
    }
  }

  private async updateError(workflowId: string, err: unknown): Promise<Error> {
    if (err instanceof WorkflowUpdateFailedError) {
      const cause = err.cause;
      const type = cause instanceof ApplicationFailure ? cause.type : null;
      const message = cause?.message ?? err.message;
      if (type === FailureType.InvalidReschedule || type === FailureType.InvalidCancel) return invalid(message);
      if (type === FailureType.FollowUpClosed) return new FollowUpError('not_waiting', `follow-up ${workflowId}: ${message}`);
    }
    if (err instanceof WorkflowNotFoundError) {
      // No such follow-up, or it ended between our read and the Update.
      const ref = await this.describe(workflowId);
      return this.closedError(ref);
    }
    if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
      // The server may still hand the Update to the workflow; the same request again carries the
      // same update id, so retrying can never change it twice.
      return new FollowUpError('temporal_unavailable', `follow-up ${workflowId} did not confirm the change in time (is a worker running?); sending the same request again is safe`);
    }
    return this.unavailableOr(err);
  }

  private async closedError(ref: ExecutionRef): Promise<FollowUpError> {
    const { state } = await this.stateOf(ref);
    if (state && state.status !== 'waiting') return notWaiting(ref.workflowId, state);
    return new FollowUpError('not_waiting', `follow-up ${ref.workflowId} is no longer running (${ref.status.toLowerCase()}); there is nothing to change`);
  }
}

/** Follow-up ids have a fixed shape: anything else cannot be one (and never reaches Temporal). */
export function checkedFollowUpId(workflowId: string): string {
  if (!parseFollowUpWorkflowId(workflowId)) throw new FollowUpError('not_found', `no follow-up ${workflowId}`);
  return workflowId;
}

function notWaiting(workflowId: string, state: FollowUpState): FollowUpError {
  const detail =
    state.status === 'cancelled'
      ? `cancelled by ${state.cancelledBy ?? 'someone'}${state.cancelReason ? ` (${state.cancelReason})` : ''}`
      : state.status === 'fired'
        ? `already fired${state.outcome ? `: ${state.outcome}` : ''}`
        : `${state.status}${state.outcome ? `: ${state.outcome}` : ''}`;
  return new FollowUpError('not_waiting', `follow-up ${workflowId} is not waiting: ${detail}`);
}

function isClosedRefusal(err: unknown): boolean {
  return err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure && err.cause.type === FailureType.FollowUpClosed;
}

/** An ISO instant with its offset (a bare local time would be read in the server's zone). */
function instantOf(text: string, field: string): string {
  const parsed = DateTime.fromISO(text.trim().replace(' ', 'T'), { setZone: true });
  if (!parsed.isValid || !isInstantText(text)) throw invalid(`${field}: "${text}" is not an ISO instant (e.g. 2026-12-01T00:00:00Z)`);
  return parsed.toUTC().toISO()!;
}

/** One spelling for every instant shown (the workflow keeps its input's `...:00Z` until moved). */
function normalisedInstant(iso: string | null): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString();
}

function invalid(message: string): FollowUpError {
  return new FollowUpError('invalid_request', message, [message]);
}

function digest(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

function byDue(a: FollowUpView, b: FollowUpView): number {
  const da = a.at ? Date.parse(a.at) : Infinity;
  const db = b.at ? Date.parse(b.at) : Infinity;
  return da - db || a.workflowId.localeCompare(b.workflowId);
}
