/**
 * One call, start to finish: decide (match, classify, apply policy), wait for a reviewer when the
 * plan asks for one, write into ReferralRock exactly once, start a durable timer for each
 * follow-up, and record the call's outcome for the insights. Deterministic: every outside effect and every piece of decision logic is an activity,
 * so a better classifier never changes the history of a call already in flight.
 *
 * `processCall` reads as the story; each step below it is a named function. Timers and activities
 * carry summaries (ids and vocabularies only, never PII: metadata is stored in plain text), so the
 * Temporal UI's event history reads in words. Any change to the order of commands (activities,
 * timers, search-attribute upserts, children, patch markers) must be guarded with `patched()`:
 * test/replay/ replays saved histories against this code.
 */
import {
  ActivityFailure,
  ApplicationFailure,
  ParentClosePolicy,
  condition,
  log,
  patched,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { createDecideActivities } from '../activities/decide';
import type { createClassifyActivities } from '../activities/classify';
import type { createReferralRockActivities } from '../activities/referralrock';
import type { createNotifyActivities } from '../activities/notify';
import type { createFollowUpActivities } from '../activities/followUps';
import type { createLockActivities } from '../activities/locks';
import type { createInsightsActivities } from '../activities/insights';
import type { Action, Plan } from '../domain/plan';
import { optOutBlocks } from '../domain/optOutChannel';
import { pickRefusal } from '../domain/pickRecord';
import {
  claimUpdate,
  getStateQuery,
  liveClaim,
  lockGrantedSignal,
  reviewUpdate,
  type ClaimRequest,
  type CallState,
  type DecideResult,
  type FollowUpInput,
  type Judged,
  type ProcessCallInput,
  type ProcessCallResult,
  type ReviewDecision,
  type ReviewRecord,
  type WriteRecord,
} from './definitions';
import { FailureType, NON_RETRYABLE_WRITE_FAILURES } from './failures';
import { lockRequestIdForWrite, referralRockTaskQueue, reviewIdForCall, workflowIdForFollowUp, workflowIdForIdentityLock, workflowIdForRecordLock } from './ids';
import { followUp } from './followUp';
import { FollowUpAtKey, IntentKey, MatchStatusKey, OptOutScopeKey, OwnerKey, RecordIdKey, ReviewDeadlineKey, ReviewReasonsKey, ReviewStatusKey } from './searchAttributes';

type DecideActivities = ReturnType<typeof createDecideActivities>;
type ClassifyActivities = ReturnType<typeof createClassifyActivities>;
type WriteActivities = ReturnType<typeof createReferralRockActivities>;
type NotifyActivities = ReturnType<typeof createNotifyActivities>;
type FollowUpActivities = ReturnType<typeof createFollowUpActivities>;
type LockActivities = ReturnType<typeof createLockActivities>;
type InsightsActivities = ReturnType<typeof createInsightsActivities>;

const { decideCall } = proxyActivities<DecideActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '2s', backoffCoefficient: 2, maximumInterval: '2 minutes' },
});

// A model behind an endpoint may be slow or down: two tries under its own deadline, then the decision
// stands in with the embedded rules and asks a person (the classifier's own timeout is shorter).
const { classifyCall } = proxyActivities<ClassifyActivities>({
  startToCloseTimeout: '90 seconds',
  retry: { initialInterval: '2s', backoffCoefficient: 2, maximumAttempts: 2 },
});

const { notify } = proxyActivities<NotifyActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '2s', maximumInterval: '5 minutes', maximumAttempts: 20 },
});

const { requestRecordLock, releaseRecordLock } = proxyActivities<LockActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1s', maximumInterval: '1 minute' },
});

// The insights are a report, not part of the call's effects: a store that stays down for a day
// must not keep a finished call open, so the tries end and the call completes without its row
// (`npm run insights -- backfill` fills it from history).
const { recordCallOutcome } = proxyActivities<InsightsActivities>({
  startToCloseTimeout: '30 seconds',
  scheduleToCloseTimeout: '1 day',
  retry: { initialInterval: '5s', maximumInterval: '10 minutes' },
});

const { tellFollowUps } = proxyActivities<FollowUpActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1s', maximumInterval: '1 minute' },
});

/**
 * ReferralRock writes go to their own task queue, where the server enforces one global rate limit.
 * Built inside the workflow: the queue's name follows the workflow's own.
 */
function writeActivities() {
  return proxyActivities<WriteActivities>({
    taskQueue: referralRockTaskQueue(workflowInfo().taskQueue),
    // A write is at most three requests (a suppression: block list, read, write) of
    // REFERRALROCK_TIMEOUT_MS (<= 14 s) each; every request heartbeats first, so a lost worker is
    // noticed within the heartbeat timeout, and a cancelled attempt aborts its request.
    startToCloseTimeout: '60 seconds',
    heartbeatTimeout: '20 seconds',
    scheduleToCloseTimeout: '1 day',
    retry: {
      initialInterval: '1s',
      backoffCoefficient: 2,
      maximumInterval: '10 minutes',
      nonRetryableErrorTypes: NON_RETRYABLE_WRITE_FAILURES,
    },
  });
}

/** Review waits this much longer after the escalation notice before it expires. */
const REVIEW_EXTENSION_MS = 24 * 60 * 60 * 1000;

/** What the steps of one call share: its input, its live state (the query's answer), and what its handlers heard. */
interface CallRun {
  call: ProcessCallInput['call'];
  state: CallState;
  /** The reviewer's decision, once the review Update accepted one. */
  decision: ReviewDecision | null;
  /** Turns granted by record locks (recordLock.ts): one writer per ReferralRock record at a time. */
  granted: Set<string>;
  applyAction: ReturnType<typeof writeActivities>['applyAction'];
}

export async function processCall(input: ProcessCallInput): Promise<ProcessCallResult> {
  const run = startRun(input);
  const { state } = run;

  // 1. Decide: classify (its answer recorded on its own), then match, validate the answer, apply the policy.
  const { plan, reviewDeadlineAt } = await decide(run);

  // 2. Review: apply what never waits (an opt-out's suppression and note), then wait for a person.
  if (plan.review.required) state.actions = await awaitReview(run, plan, reviewDeadlineAt);
  showDetails(state);

  // 3. Write into ReferralRock, each action exactly once.
  state.phase = 'writing';
  await writeAll(run, state.actions, plan);

  // 4. Follow up: one durable timer per requested contact, living on after this workflow ends.
  state.phase = 'following_up';
  await startFollowUps(run, plan);

  // 5. Remember: the call's outcome lands in the insights store, once.
  const result: ProcessCallResult = { plan, review: state.review, writes: state.writes, followUps: state.followUps };
  if (patched('insights-outcome')) await rememberOutcome(run, result);

  state.phase = 'completed';
  showDetails(state);
  return result;
}

/**
 * The review notice, with approve / reject buttons where one click can decide (not when a possible
 * opt-out needs its confirm-or-lift answer). Not awaited: the wait for the reviewer starts at once,
 * and a notifier that stays down never holds up or fails the call.
 */
function tellReviewers(run: CallRun, plan: Plan): void {
  const { call, state } = run;
  const text = `Call ${call.callId} needs a review (${plan.review.reasons.join(', ')}). ${plan.summary}`;
  notify
    .executeWithOptions({ summary: 'Tell reviewers a call waits' }, [
      { kind: 'review_requested', callId: call.callId, text, owner: plan.handoff.owner, review: { reviewId: state.review.id, buttons: !plan.classification.optOut.possible } },
    ])
    .catch((err: unknown) => log.warn('the review notice was not sent', { callId: call.callId, error: String(err) }));
}

/** Step 5: a store that stayed down past its day is logged, never a failed call (its writes are done). */
async function rememberOutcome(run: CallRun, result: ProcessCallResult): Promise<void> {
  try {
    await recordCallOutcome({ call: run.call, result });
  } catch (err) {
    log.warn('insights: the call outcome was not recorded; npm run insights -- backfill fills it', { callId: run.call.callId, error: String(err) });
  }
}

/** The call's state and its handlers: the state query, the record locks' grants, the review Update. */
function startRun(input: ProcessCallInput): CallRun {
  const { call } = input;
  const run: CallRun = {
    call,
    state: {
      callId: call.callId,
      phase: 'deciding',
      plan: null,
      review: { id: reviewIdForCall(call.callId), status: 'not_required', reasons: [], deadlineAt: null, escalatedAt: null, decidedAt: null, reviewer: null, comment: null },
      actions: [],
      writes: [],
      followUps: [],
    },
    decision: null,
    granted: new Set<string>(),
    applyAction: writeActivities().applyAction,
  };
  const { state } = run;
  setHandler(getStateQuery, () => state);
  setHandler(lockGrantedSignal, ({ requestId }) => {
    run.granted.add(requestId);
  });
  setHandler(
    reviewUpdate,
    (d) => {
      run.decision = d;
      state.review = {
        ...state.review,
        status: d.decision === 'approve' ? 'approved' : d.decision === 'reject' ? 'rejected' : 'edited',
        decidedAt: new Date().toISOString(),
        reviewer: d.reviewer,
        comment: d.comment ?? null,
        ...(d.pick ? { picked: d.pick } : {}),
      };
      return state.review;
    },
    { validator: (d) => validateDecision(d, state) },
  );
  setHandler(
    claimUpdate,
    (c) => {
      state.review = c.action === 'claim' ? { ...state.review, claimedBy: c.reviewer, claimedAt: new Date().toISOString() } : { ...state.review, claimedBy: null, claimedAt: null };
      return state.review;
    },
    { validator: (c) => validateClaim(c, state) },
  );
  return run;
}

/** A live claim held by someone else, or null. */
function claimHolder(state: CallState, reviewer: string): string | null {
  const holder = liveClaim(state.review, Date.now());
  return holder === reviewer ? null : holder;
}

function validateClaim(c: ClaimRequest, state: CallState): void {
  if (state.phase !== 'waiting_for_review' || (state.review.status !== 'pending' && state.review.status !== 'escalated')) {
    throw ApplicationFailure.nonRetryable(`call ${state.callId} is not waiting for review (phase ${state.phase}, review ${state.review.status})`, FailureType.ReviewNotPending);
  }
  if (!c || (c.action !== 'claim' && c.action !== 'release') || typeof c.reviewer !== 'string' || !c.reviewer.trim()) {
    throw ApplicationFailure.nonRetryable('a claim needs an action (claim or release) and a reviewer', FailureType.InvalidDecision);
  }
  const holder = claimHolder(state, c.reviewer);
  if (holder) throw ApplicationFailure.nonRetryable(`${holder} is working on this call (claimed at ${state.review.claimedAt})`, FailureType.ReviewClaimed);
}

/**
 * Step 1: the classifier's answer, then the decision; the plan's facts become search attributes, and
 * follow-ups already waiting for this caller hear of the call (an opt-out stops them at once).
 */
async function decide(run: CallRun): Promise<DecideResult> {
  const { call, state } = run;
  let judged: Judged | undefined;
  if (patched('classify-activity')) judged = await classifyOrFailure(call);
  const decided = await decideCall.executeWithOptions({ summary: 'Decide: match, validate the classifier, apply the policy' }, [{ call, judged }]);
  const { plan } = decided;
  state.plan = plan;
  state.actions = plan.actions;
  if (decided.candidates) state.candidates = decided.candidates;
  if (decided.reviewNotes) state.reviewNotes = decided.reviewNotes;
  showDetails(state);
  upsertSearchAttributes([
    { key: IntentKey, value: plan.classification.intent },
    { key: MatchStatusKey, value: plan.match.status },
    ...(plan.match.record ? [{ key: RecordIdKey, value: plan.match.record.id }] : []),
    ...(plan.classification.optOut.requested ? [{ key: OptOutScopeKey, value: plan.classification.optOut.scope ?? 'all' }] : []),
  ]);
  if (plan.match.record) {
    const optOutScope = plan.classification.optOut.requested ? (plan.classification.optOut.scope ?? 'all') : null;
    await tellFollowUps.executeWithOptions({ summary: `Tell the follow-ups waiting for ${plan.match.record.type} ${plan.match.record.id} about this call` }, [
      { recordId: plan.match.record.id, callId: call.callId, optOutScope },
    ]);
  }
  return decided;
}

/** The classifier's answer, or the reason it has none: the decision then stands in and asks review. */
async function classifyOrFailure(call: CallRun['call']): Promise<Judged> {
  try {
    return await classifyCall.executeWithOptions({ summary: 'Classify the call' }, [{ call }]);
  } catch (err) {
    const cause = err instanceof ActivityFailure && err.cause ? err.cause : err;
    const message = cause instanceof Error ? cause.message : String(cause);
    log.warn('classifier failed; the embedded rules decide and a person reviews', { callId: call.callId, message });
    return { classifier: null, error: message };
  }
}

/**
 * Step 2: what never waits is written at once (rule 3: an opt-out's suppression and note), then a
 * person decides what else is written, or nobody does and the review expires. Returns the actions
 * to carry out: the plan's, the reviewer's edit, or (rejected, expired) the trail only.
 */
async function awaitReview(run: CallRun, plan: Plan, deadlineAt: string | null): Promise<Action[]> {
  const { call, state } = run;
  const immediate = plan.actions.filter((a) => neverWaitsForReview(a, plan));
  await writeAll(run, immediate, plan);
  const waiting = plan.actions.filter((a) => !immediate.includes(a));
  state.actions = waiting;
  state.review = { ...state.review, status: 'pending', reasons: plan.review.reasons, deadlineAt, requestedAt: new Date().toISOString() };
  upsertSearchAttributes([{ key: ReviewStatusKey, value: 'pending' }]);
  // What the queue filters and sorts on, so it pages over visibility (services/review/reviewService.ts).
  if (patched('review-queue-attributes')) {
    upsertSearchAttributes([
      { key: ReviewReasonsKey, value: plan.review.reasons },
      ...(deadlineAt ? [{ key: ReviewDeadlineKey, value: new Date(deadlineAt) }] : []),
      ...(plan.handoff.owner ? [{ key: OwnerKey, value: plan.handoff.owner }] : []),
    ]);
  }
  state.phase = 'waiting_for_review';
  showDetails(state);
  if (patched('review-requested-notice')) tellReviewers(run, plan);

  const decision = await decisionOrExpiry(run, plan, deadlineAt);
  if (decision) {
    state.actions = actionsAfterDecision(decision, waiting);
    // Rule 3's hold: the reviewer's word on a possible opt-out (plans before holds never carry one).
    if (plan.classification.optOut.possible && patched('possible-opt-out-hold')) state.actions = resolveHold(decision, state.actions, plan);
  } else {
    state.actions = waiting.filter((a) => a.type === 'add_note');
    state.review = { ...state.review, status: 'expired' };
    await notify.executeWithOptions({ summary: 'Tell the owner the review expired' }, [
      { kind: 'review_expired', callId: call.callId, text: `Review of call ${call.callId} expired; only the note was written.`, owner: plan.handoff.owner },
    ]);
  }
  upsertSearchAttributes([{ key: ReviewStatusKey, value: state.review.status }]);
  return state.actions;
}

/**
 * A person's decision, or the deadline (the expense sample's `timeoutOrUserAction`): wait until the
 * review deadline; then escalate (a notice) and wait one more day; null when nobody decided.
 */
async function decisionOrExpiry(run: CallRun, plan: Plan, deadlineAt: string | null): Promise<ReviewDecision | null> {
  const { call, state } = run;
  const firstWaitMs = deadlineAt ? Math.max(0, Date.parse(deadlineAt) - Date.now()) : REVIEW_EXTENSION_MS;
  if (await condition(() => run.decision !== null, firstWaitMs, { summary: 'Wait for a reviewer until the review deadline' })) return run.decision;

  state.review = { ...state.review, status: 'escalated', escalatedAt: new Date().toISOString(), deadlineAt: new Date(Date.now() + REVIEW_EXTENSION_MS).toISOString() };
  upsertSearchAttributes([{ key: ReviewStatusKey, value: 'escalated' }]);
  await notify.executeWithOptions({ summary: 'Tell the owner the review is overdue' }, [
    { kind: 'review_escalated', callId: call.callId, text: `Review of call ${call.callId} is overdue (${plan.review.reasons.join(', ')}). ${plan.summary}`, owner: plan.handoff.owner },
  ]);
  if (await condition(() => run.decision !== null, REVIEW_EXTENSION_MS, { summary: 'Wait for a reviewer one more day after the escalation' })) return run.decision;
  return null;
}

/**
 * Step 3: each write exactly once, in order, numbered within the call (the `#n` of its marker). A
 * non-retryable refusal is recorded as `failed` and the later writes go on. Follow-ups are not
 * writes here: step 4 starts them.
 */
async function writeAll(run: CallRun, actions: Action[], plan: Plan): Promise<void> {
  const { call, state } = run;
  // Writes in a row to one record share one turn of its lock (one request, one release), where
  // they used to take a turn each: two activities and a signal fewer per extra write.
  const shareTurns = patched('record-lock-per-record-run');
  let held: { lockId: string; requestId: string } | null = null;
  const giveBack = async (lock: { lockId: string; requestId: string }, index: number) => {
    await releaseRecordLock.executeWithOptions({ summary: `Give back the record's turn after write #${index}` }, [lock]);
  };
  try {
    for (const action of actions) {
      if (action.type === 'schedule_follow_up') continue;
      const index = state.writes.length;
      let record: WriteRecord;
      // A read-modify-write of a record's note slot: hold the record's lock so no other call's
      // write interleaves (two writers at once would lose a note).
      const lockId = lockIdOf(action);
      const isCreate = action.type === 'create_referral' || action.type === 'create_member';
      // Never two locks at once (two calls taking them in opposite orders would wait forever).
      if (held && held.lockId !== lockId) {
        await giveBack(held, index - 1);
        held = null;
      }
      const keeps = shareTurns && !isCreate;
      const lock: { lockId: string; requestId: string } | null = held ?? (lockId && patched(isCreate ? 'identity-lock' : 'record-lock') ? { lockId, requestId: lockRequestIdForWrite(call.callId, index) } : null);
      if (lock && lock !== held) {
        await requestRecordLock.executeWithOptions({ summary: `Ask for the record's turn for write #${index}` }, [{ ...lock, requester: workflowInfo().workflowId }]);
        // No timer here: the lock's own lease bounds how long any holder keeps the record.
        await condition(() => run.granted.has(lock.requestId));
        if (keeps) held = lock;
      }
      try {
        record = await run.applyAction.executeWithOptions({ summary: writeSummary(action, index) }, [
          { callId: call.callId, index, action, summary: plan.summary, links: plan.handoff.links },
        ]);
      } catch (err) {
        // A non-retryable refusal (bad data, record gone) must not hide the other writes.
        const message = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
        log.warn('ReferralRock write failed', { callId: call.callId, type: action.type, message });
        record = { index, type: action.type, outcome: 'failed', recordId: null, detail: message };
      } finally {
        if (lock && !keeps) await giveBack(lock, index);
      }
      state.writes.push(record);
      if (isCreate && record.recordId) upsertSearchAttributes([{ key: RecordIdKey, value: record.recordId }]);
    }
  } finally {
    if (held) await giveBack(held, state.writes.length - 1);
  }
}

/** Step 4: one child workflow per follow-up the actions hold, numbered like every other write of the call. */
async function startFollowUps(run: CallRun, plan: Plan): Promise<void> {
  const { call, state } = run;
  for (const action of state.actions) {
    if (action.type !== 'schedule_follow_up') continue;
    // The follow-up's marker and id share the write's number.
    const index = state.writes.length;
    const workflowId = workflowIdForFollowUp(call.callId, index);
    await startChild(followUp, {
      workflowId,
      staticSummary: `Follow-up of call ${call.callId} by ${action.channel} at ${action.at}`,
      parentClosePolicy: ParentClosePolicy.ABANDON,
      args: [followUpInput(call.callId, index, action, plan)],
    });
    state.followUps.push(workflowId);
    state.writes.push({ index, type: action.type, outcome: 'scheduled', recordId: action.target?.id ?? plan.match.record?.id ?? null, detail: `follow-up ${workflowId} at ${action.at}` });
    upsertSearchAttributes([{ key: FollowUpAtKey, value: new Date(action.at) }]);
  }
}

/** A follow-up's input: the action's own details, the plan's where the action leaves them out. */
function followUpInput(callId: string, actionIndex: number, action: Extract<Action, { type: 'schedule_follow_up' }>, plan: Plan): FollowUpInput {
  return {
    callId,
    actionIndex,
    at: action.at,
    timezone: action.timezone ?? plan.classification.followUp?.timezone ?? null,
    channel: action.channel,
    owner: action.owner ?? plan.handoff.owner,
    promise: action.promise ?? plan.handoff.nextStep,
    target: action.target ?? plan.match.record,
    summary: plan.summary,
    links: plan.handoff.links,
  };
}

/** What the event history says of a write: its number, type and record (ids only). */
function writeSummary(action: Action, index: number): string {
  const target = 'target' in action && action.target ? ` to ${action.target.type} ${action.target.id}` : '';
  return `Write #${index}: ${action.type.replace(/_/g, ' ')}${target}`;
}

/** What the Temporal UI shows on the workflow page; ids and vocabularies only, never PII. */
function showDetails(state: CallState): void {
  const p = state.plan;
  if (!p) return;
  const record = p.match.record ? `${p.match.record.type} ${p.match.record.id}` : 'no record';
  const applied = state.writes.filter((w) => w.outcome !== 'failed').length;
  setCurrentDetails(
    [
      `**${state.phase.replace(/_/g, ' ')}**`,
      `intent ${p.classification.intent} (${Math.round(p.classification.intentConfidence * 100)}%)`,
      `match ${p.match.status}: ${record}`,
      `review ${state.review.status}${state.review.reasons.length ? ` (${state.review.reasons.join(', ')})` : ''}`,
      `writes ${applied}/${state.actions.length}${state.writes.some((w) => w.outcome === 'failed') ? ', some failed' : ''}`,
    ].join(' · '),
  );
}

/**
 * Which lock a write holds: its record's (a read-modify-write of the note slot), or for a create,
 * the new person's email (two calls from one new prospect must not create two records).
 */
function lockIdOf(action: Action): string | null {
  if ('target' in action && action.target) return workflowIdForRecordLock(action.target, workflowInfo().taskQueue);
  if (action.type === 'create_referral' || action.type === 'create_member') {
    const email = action.fields.email;
    return typeof email === 'string' && email.includes('@') ? workflowIdForIdentityLock(email, workflowInfo().taskQueue) : null;
  }
  return null;
}

/**
 * Rule 3: an opt-out's suppression and note are applied even while a reviewer is awaited; so is the
 * pause of a possible opt-out (a hold), which the reviewer then confirms or lifts.
 */
function neverWaitsForReview(action: Action, plan: Plan): boolean {
  const { requested, possible } = plan.classification.optOut;
  if (!requested && !possible) return false;
  return (action.type === 'suppress' && (action.reason === 'opt_out' || action.reason === 'possible_opt_out')) || action.type === 'add_note';
}

const PROMOTIONAL: ReadonlyArray<Action['type']> = ['create_referral', 'create_member', 'schedule_follow_up'];

/**
 * The reviewer confirmed the possible opt-out: it becomes rule 3's opt-out (stop outreach in its
 * scope, nothing promotional); or lifted it: the record's trail says so and the plan goes on.
 */
function resolveHold(d: ReviewDecision, actions: Action[], plan: Plan): Action[] {
  const target = plan.match.record;
  const who = d.reviewer;
  if (d.optOut === 'confirm') {
    const pause = plan.actions.find((a) => a.type === 'suppress' && a.reason === 'possible_opt_out');
    const scope = plan.classification.optOut.scope ?? 'all';
    const emailCovered = optOutBlocks(scope, 'email');
    const stop: Action = { type: 'suppress', target, reason: 'opt_out', stopFutureOutreach: true, email: emailCovered && pause?.type === 'suppress' ? (pause.email ?? null) : null };
    return [stop, ...actions.filter((a) => !PROMOTIONAL.includes(a.type))];
  }
  if (d.optOut === 'lift' && target) {
    return [{ type: 'add_note', target, text: `Possible opt-out reviewed by ${who}: not an opt-out, the pause is lifted.${d.comment ? ` ${d.comment}` : ''}` }, ...actions];
  }
  return actions;
}

function actionsAfterDecision(d: ReviewDecision, waiting: Action[]): Action[] {
  if (d.decision === 'approve') return waiting;
  if (d.decision === 'edit') return d.actions ?? [];
  // Rejected: nothing the plan proposed is written, but the trail (rule 9) still is.
  return waiting.filter((a) => a.type === 'add_note');
}

/**
 * Every action type of the plan schema (domain/plan.ts): keyed by the schema's own union, so a type
 * added to or removed from the schema fails the type-check until this list follows. (Read from the
 * type, not the zod schema itself, so workflow code does not bundle zod.)
 */
const ACTION_TYPES: ReadonlySet<string> = new Set(
  Object.keys({
    suppress: true,
    update_member: true,
    update_referral: true,
    create_member: true,
    create_referral: true,
    add_note: true,
    schedule_follow_up: true,
  } satisfies Record<Action['type'], true>),
);

/** Synchronous on purpose: an async validator is silently treated as valid by the SDK. */
function validateDecision(d: ReviewDecision, state: CallState): void {
  if (state.phase !== 'waiting_for_review' || (state.review.status !== 'pending' && state.review.status !== 'escalated')) {
    throw ApplicationFailure.nonRetryable(`call ${state.callId} is not waiting for review (phase ${state.phase}, review ${state.review.status})`, FailureType.ReviewNotPending);
  }
  if (!d || !['approve', 'reject', 'edit'].includes(d.decision)) {
    throw ApplicationFailure.nonRetryable('decision must be approve, reject or edit', FailureType.InvalidDecision);
  }
  if (typeof d.reviewer !== 'string' || !d.reviewer.trim()) {
    throw ApplicationFailure.nonRetryable('reviewer is required', FailureType.InvalidDecision);
  }
  const holder = claimHolder(state, d.reviewer);
  if (holder) throw ApplicationFailure.nonRetryable(`${holder} is working on this call (claimed at ${state.review.claimedAt}); ask them, or wait until the claim lapses`, FailureType.ReviewClaimed);
  if (d.reviewId !== undefined && d.reviewId !== state.review.id) {
    throw ApplicationFailure.nonRetryable(`stale decision: it answers review ${d.reviewId}, the open review is ${state.review.id}`, FailureType.StaleDecision);
  }
  if (d.optOut !== undefined && d.optOut !== 'confirm' && d.optOut !== 'lift') {
    throw ApplicationFailure.nonRetryable('optOut must be confirm or lift', FailureType.InvalidDecision);
  }
  if (state.plan?.classification.optOut.possible && d.decision !== 'reject' && !d.optOut) {
    throw ApplicationFailure.nonRetryable('this call holds a possible opt-out: say whether it is confirmed (optOut: confirm) or lifted (optOut: lift)', FailureType.InvalidDecision);
  }
  if (d.pick !== undefined) {
    if (d.decision !== 'edit') throw ApplicationFailure.nonRetryable('a pick is an edit: its actions are the picked record\'s', FailureType.InvalidDecision);
    const refusal = state.plan ? pickRefusal(state.plan, d.pick) : 'the call has no plan yet';
    if (refusal) throw ApplicationFailure.nonRetryable(refusal, FailureType.InvalidDecision);
  }
  if (d.decision === 'edit') {
    if (!Array.isArray(d.actions)) throw ApplicationFailure.nonRetryable('an edit needs the list of actions to carry out', FailureType.InvalidDecision);
    for (const [i, a] of d.actions.entries()) {
      if (!a || typeof a !== 'object' || !ACTION_TYPES.has((a as Action).type)) {
        throw ApplicationFailure.nonRetryable(`actions[${i}]: unknown action type`, FailureType.InvalidDecision);
      }
    }
  }
}

export type { ReviewRecord };
