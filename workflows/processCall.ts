/**
 * One call, start to finish: decide (match, classify, apply policy), wait for a reviewer when the
 * plan asks for one, write into ReferralRock exactly once, and start a durable timer for each
 * follow-up. Deterministic: every outside effect and every piece of decision logic is an activity,
 * so a better classifier never changes the history of a call already in flight.
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
import type { Action, Plan } from '../domain/plan';
import { getStateQuery, reviewUpdate, lockGrantedSignal, type CallState, type Judged, type ProcessCallInput, type ProcessCallResult, type ReviewDecision, type ReviewRecord, type WriteRecord } from './definitions';
import { FailureType, NON_RETRYABLE_WRITE_FAILURES } from './failures';
import { lockRequestIdForWrite, referralRockTaskQueue, reviewIdForCall, workflowIdForFollowUp, workflowIdForIdentityLock, workflowIdForRecordLock } from './ids';
import { followUp } from './followUp';
import { optOutBlocks } from '../domain/optOutChannel';
import { FollowUpAtKey, IntentKey, MatchStatusKey, OptOutScopeKey, RecordIdKey, ReviewStatusKey } from './searchAttributes';

type DecideActivities = ReturnType<typeof createDecideActivities>;
type ClassifyActivities = ReturnType<typeof createClassifyActivities>;
type WriteActivities = ReturnType<typeof createReferralRockActivities>;
type NotifyActivities = ReturnType<typeof createNotifyActivities>;
type FollowUpActivities = ReturnType<typeof createFollowUpActivities>;
type LockActivities = ReturnType<typeof createLockActivities>;

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

const { tellFollowUps } = proxyActivities<FollowUpActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1s', maximumInterval: '1 minute' },
});

/** Review waits this much longer after the escalation notice before it expires. */
const REVIEW_EXTENSION_MS = 24 * 60 * 60 * 1000;

export async function processCall(input: ProcessCallInput): Promise<ProcessCallResult> {
  const { call } = input;
  // ReferralRock writes go to their own task queue: the server enforces one global rate limit there.
  const { applyAction } = proxyActivities<WriteActivities>({
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

  const state: CallState = {
    callId: call.callId,
    phase: 'deciding',
    plan: null,
    review: { id: reviewIdForCall(call.callId), status: 'not_required', reasons: [], deadlineAt: null, escalatedAt: null, decidedAt: null, reviewer: null, comment: null },
    actions: [],
    writes: [],
    followUps: [],
  };
  let decision: ReviewDecision | null = null;

  setHandler(getStateQuery, () => state);
  // Turns granted by record locks (recordLock.ts): one writer per ReferralRock record at a time.
  const granted = new Set<string>();
  setHandler(lockGrantedSignal, ({ requestId }) => {
    granted.add(requestId);
  });
  // What the Temporal UI shows on the workflow page; ids and vocabularies only, never PII.
  const showDetails = () => {
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
  };
  setHandler(
    reviewUpdate,
    (d) => {
      decision = d;
      state.review = {
        ...state.review,
        status: d.decision === 'approve' ? 'approved' : d.decision === 'reject' ? 'rejected' : 'edited',
        decidedAt: new Date().toISOString(),
        reviewer: d.reviewer,
        comment: d.comment ?? null,
      };
      return state.review;
    },
    { validator: (d) => validateDecision(d, state) },
  );

  // 1. Classify (its answer recorded on its own), then decide: match, validate the answer, apply the policy.
  let judged: Judged | undefined;
  if (patched('classify-activity')) judged = await classifyOrFailure(call);
  const { plan, reviewDeadlineAt } = await decideCall({ call, judged });
  state.plan = plan;
  state.actions = plan.actions;
  showDetails();
  upsertSearchAttributes([
    { key: IntentKey, value: plan.classification.intent },
    { key: MatchStatusKey, value: plan.match.status },
    ...(plan.match.record ? [{ key: RecordIdKey, value: plan.match.record.id }] : []),
    ...(plan.classification.optOut.requested ? [{ key: OptOutScopeKey, value: plan.classification.optOut.scope ?? 'all' }] : []),
  ]);
  // Follow-ups already waiting for this caller hear of the call; an opt-out stops them at once.
  if (plan.match.record) {
    const optOutScope = plan.classification.optOut.requested ? (plan.classification.optOut.scope ?? 'all') : null;
    await tellFollowUps({ recordId: plan.match.record.id, callId: call.callId, optOutScope });
  }

  // 2. Review: apply what never waits (an opt-out's suppression and note), then wait for a person.
  if (plan.review.required) {
    const immediate = plan.actions.filter((a) => neverWaitsForReview(a, plan));
    await writeAll(immediate, plan);
    const waiting = plan.actions.filter((a) => !immediate.includes(a));
    state.actions = waiting;
    state.review = { ...state.review, status: 'pending', reasons: plan.review.reasons, deadlineAt: reviewDeadlineAt };
    upsertSearchAttributes([{ key: ReviewStatusKey, value: 'pending' }]);
    state.phase = 'waiting_for_review';
    showDetails();

    const firstWaitMs = reviewDeadlineAt ? Math.max(0, Date.parse(reviewDeadlineAt) - Date.now()) : REVIEW_EXTENSION_MS;
    let decided = await condition(() => decision !== null, firstWaitMs);
    if (!decided) {
      state.review = { ...state.review, status: 'escalated', escalatedAt: new Date().toISOString(), deadlineAt: new Date(Date.now() + REVIEW_EXTENSION_MS).toISOString() };
      upsertSearchAttributes([{ key: ReviewStatusKey, value: 'escalated' }]);
      await notify({ kind: 'review_escalated', callId: call.callId, text: `Review of call ${call.callId} is overdue (${plan.review.reasons.join(', ')}). ${plan.summary}`, owner: plan.handoff.owner });
      decided = await condition(() => decision !== null, REVIEW_EXTENSION_MS);
    }
    state.actions = decided ? actionsAfterDecision(decision!, waiting) : waiting.filter((a) => a.type === 'add_note');
    // Rule 3's hold: the reviewer's word on a possible opt-out (plans before holds never carry one).
    if (decided && plan.classification.optOut.possible && patched('possible-opt-out-hold')) {
      state.actions = resolveHold(decision!, state.actions, plan);
    }
    if (!decided) {
      state.review = { ...state.review, status: 'expired' };
      await notify({ kind: 'review_expired', callId: call.callId, text: `Review of call ${call.callId} expired; only the note was written.`, owner: plan.handoff.owner });
    }
    upsertSearchAttributes([{ key: ReviewStatusKey, value: state.review.status }]);
  }
  showDetails();

  // 3. Write into ReferralRock, each action exactly once.
  state.phase = 'writing';
  await writeAll(state.actions.filter((a) => a.type !== 'schedule_follow_up'), plan);

  // 4. Follow up: one durable timer per requested contact, living on after this workflow ends.
  state.phase = 'following_up';
  for (const action of state.actions) {
    if (action.type !== 'schedule_follow_up') continue;
    // Numbered like every other write of this call: the follow-up's marker and id share the number.
    const index = state.writes.length;
    const workflowId = workflowIdForFollowUp(call.callId, index);
    await startChild(followUp, {
      workflowId,
      staticSummary: `Follow-up of call ${call.callId} by ${action.channel} at ${action.at}`,
      parentClosePolicy: ParentClosePolicy.ABANDON,
      args: [
        {
          callId: call.callId,
          actionIndex: index,
          at: action.at,
          timezone: action.timezone ?? plan.classification.followUp?.timezone ?? null,
          channel: action.channel,
          owner: action.owner ?? plan.handoff.owner,
          promise: action.promise ?? plan.handoff.nextStep,
          target: action.target ?? plan.match.record,
          summary: plan.summary,
          links: plan.handoff.links,
        },
      ],
    });
    state.followUps.push(workflowId);
    state.writes.push({ index, type: action.type, outcome: 'scheduled', recordId: action.target?.id ?? plan.match.record?.id ?? null, detail: `follow-up ${workflowId} at ${action.at}` });
    upsertSearchAttributes([{ key: FollowUpAtKey, value: new Date(action.at) }]);
  }

  state.phase = 'completed';
  showDetails();
  return { plan, review: state.review, writes: state.writes, followUps: state.followUps };

  async function writeAll(actions: Action[], p: Plan): Promise<void> {
    for (const action of actions) {
      if (action.type === 'schedule_follow_up') continue;
      const index = state.writes.length;
      let record: WriteRecord;
      // A read-modify-write of a record's note slot: hold the record's lock so no other call's
      // write interleaves (two writers at once would lose a note).
      const lockId = lockIdOf(action);
      const isCreate = action.type === 'create_referral' || action.type === 'create_member';
      const lock = lockId && patched(isCreate ? 'identity-lock' : 'record-lock') ? { lockId, requestId: lockRequestIdForWrite(call.callId, index) } : null;
      if (lock) {
        await requestRecordLock({ ...lock, requester: workflowInfo().workflowId });
        // No timer here: the lock's own lease bounds how long any holder keeps the record.
        await condition(() => granted.has(lock.requestId));
      }
      try {
        record = await applyAction({ callId: call.callId, index, action, summary: p.summary, links: p.handoff.links });
      } catch (err) {
        // A non-retryable refusal (bad data, record gone) must not hide the other writes.
        const message = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
        log.warn('ReferralRock write failed', { callId: call.callId, type: action.type, message });
        record = { index, type: action.type, outcome: 'failed', recordId: null, detail: message };
      } finally {
        if (lock) await releaseRecordLock(lock);
      }
      state.writes.push(record);
      if ((action.type === 'create_referral' || action.type === 'create_member') && record.recordId) {
        upsertSearchAttributes([{ key: RecordIdKey, value: record.recordId }]);
      }
    }
  }
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

/** The classifier's answer, or the reason it has none: the decision then stands in and asks review. */
async function classifyOrFailure(call: ProcessCallInput['call']): Promise<Judged> {
  try {
    return await classifyCall({ call });
  } catch (err) {
    const cause = err instanceof ActivityFailure && err.cause ? err.cause : err;
    const message = cause instanceof Error ? cause.message : String(cause);
    log.warn('classifier failed; the embedded rules decide and a person reviews', { callId: call.callId, message });
    return { classifier: null, error: message };
  }
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

const ACTION_TYPES = ['suppress', 'update_member', 'update_referral', 'create_member', 'create_referral', 'add_note', 'schedule_follow_up'];

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
  if (d.reviewId !== undefined && d.reviewId !== state.review.id) {
    throw ApplicationFailure.nonRetryable(`stale decision: it answers review ${d.reviewId}, the open review is ${state.review.id}`, FailureType.StaleDecision);
  }
  if (d.optOut !== undefined && d.optOut !== 'confirm' && d.optOut !== 'lift') {
    throw ApplicationFailure.nonRetryable('optOut must be confirm or lift', FailureType.InvalidDecision);
  }
  if (state.plan?.classification.optOut.possible && d.decision !== 'reject' && !d.optOut) {
    throw ApplicationFailure.nonRetryable('this call holds a possible opt-out: say whether it is confirmed (optOut: confirm) or lifted (optOut: lift)', FailureType.InvalidDecision);
  }
  if (d.decision === 'edit') {
    if (!Array.isArray(d.actions)) throw ApplicationFailure.nonRetryable('an edit needs the list of actions to carry out', FailureType.InvalidDecision);
    for (const [i, a] of d.actions.entries()) {
      if (!a || typeof a !== 'object' || !ACTION_TYPES.includes((a as Action).type)) {
        throw ApplicationFailure.nonRetryable(`actions[${i}]: unknown action type`, FailureType.InvalidDecision);
      }
    }
  }
}

export type { ReviewRecord };
