/**
 * One follow-up the caller asked for: a durable timer to the resolved instant (already a UTC
 * instant: the caller's local time was resolved by the decision activity), which a person can move
 * or cancel by Update. When due, the reminder is written into ReferralRock and the owner notified,
 * unless the caller has opted out since. Its timer and activities carry summaries (ids only), so the
 * event history reads in words.
 */
import { ApplicationFailure, condition, patched, proxyActivities, proxyLocalActivities, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { createReferralRockActivities } from '../activities/referralrock';
import type { createNotifyActivities } from '../activities/notify';
import type { createLockActivities } from '../activities/locks';
import type { createFollowUpActivities } from '../activities/followUps';
import { cancelUpdate, getFollowUpQuery, laterCallSignal, lockGrantedSignal, rescheduleUpdate, type FollowUpInput, type FollowUpState } from './definitions';
import { FailureType, NON_RETRYABLE_REMINDER_FAILURES } from './failures';
import { optOutBlocks } from '../domain/optOutChannel';
import { lockRequestIdForFollowUp, referralRockTaskQueue, workflowIdForRecordLock } from './ids';
import { FollowUpAtKey, RecordIdKey } from './searchAttributes';

type WriteActivities = ReturnType<typeof createReferralRockActivities>;
type NotifyActivities = ReturnType<typeof createNotifyActivities>;
type LockActivities = ReturnType<typeof createLockActivities>;
type FollowUpActivities = ReturnType<typeof createFollowUpActivities>;

const { requestRecordLock, releaseRecordLock } = proxyActivities<LockActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1s', maximumInterval: '1 minute' },
});

const { notify } = proxyActivities<NotifyActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '2s', maximumInterval: '5 minutes', maximumAttempts: 20 },
});

/**
 * The same steps as local activities (patch follow-up-local-steps): run inside the workflow task
 * that woke the follow-up, with no task queue round trip each. When a thousand follow-ups fall due
 * in one minute, every round trip is a workflow task more for the worker and the server, and
 * wake-ups queue behind them. None of these steps calls ReferralRock (its rate limit is the reason
 * the reminder write itself stays a normal activity on the ReferralRock queue).
 */
const local = proxyLocalActivities<LockActivities & Pick<FollowUpActivities, 'outreachBlocked'>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1s', maximumInterval: '1 minute' },
});
const { notify: notifyHere } = proxyLocalActivities<NotifyActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '2s', maximumInterval: '5 minutes', maximumAttempts: 20 },
});

export async function followUp(input: FollowUpInput): Promise<FollowUpState> {
  // ReferralRock calls share the rate-limited queue with every other write.
  // (outreachBlocked on this queue: the opt-out check of follow-ups from before patch follow-up-local-steps.)
  const { writeFollowUpReminder, outreachBlocked } = proxyActivities<WriteActivities & Pick<FollowUpActivities, 'outreachBlocked'>>({
    taskQueue: referralRockTaskQueue(workflowInfo().taskQueue),
    // Two requests of at most 14 s each, each heartbeating first (see processCall).
    startToCloseTimeout: '60 seconds',
    heartbeatTimeout: '20 seconds',
    retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '10 minutes', nonRetryableErrorTypes: NON_RETRYABLE_REMINDER_FAILURES },
  });
  const state: FollowUpState = { status: 'waiting', at: input.at, reschedules: [], cancelledBy: null, cancelReason: null, laterCalls: [], outcome: null, firedAt: null };
  // Bumped by every change so the timer below restarts with the new target.
  let version = 0;

  setHandler(getFollowUpQuery, () => state);
  const granted = new Set<string>();
  setHandler(lockGrantedSignal, ({ requestId }) => {
    granted.add(requestId);
  });
  setHandler(laterCallSignal, ({ callId, optOutScope }) => {
    // Signals are not deduplicated: the call id makes a repeat harmless.
    if (!state.laterCalls.includes(callId)) state.laterCalls.push(callId);
    if (state.status === 'waiting' && optOutBlocks(optOutScope, input.channel)) {
      state.status = 'blocked';
      state.outcome = `caller opted out (${optOutScope}) in call ${callId}`;
      version++;
    }
  });
  setHandler(
    rescheduleUpdate,
    ({ at, by, reason }) => {
      state.at = new Date(at).toISOString();
      state.reschedules.push({ at: state.at, by, reason: reason ?? null });
      version++;
      upsertSearchAttributes([{ key: FollowUpAtKey, value: new Date(state.at) }]);
      return state;
    },
    {
      validator: ({ at, by }) => {
        assertWaiting(state);
        if (!by || typeof by !== 'string') throw ApplicationFailure.nonRetryable('`by` (who reschedules) is required', FailureType.InvalidReschedule);
        if (Number.isNaN(Date.parse(at))) throw ApplicationFailure.nonRetryable(`\`at\` is not an ISO instant: ${at}`, FailureType.InvalidReschedule);
      },
    },
  );
  setHandler(
    cancelUpdate,
    ({ by, reason }) => {
      state.status = 'cancelled';
      state.cancelledBy = by;
      state.cancelReason = reason ?? null;
      version++;
      return state;
    },
    {
      validator: ({ by }) => {
        assertWaiting(state);
        if (!by || typeof by !== 'string') throw ApplicationFailure.nonRetryable('`by` (who cancels) is required', FailureType.InvalidCancel);
      },
    },
  );

  upsertSearchAttributes([
    { key: FollowUpAtKey, value: new Date(state.at) },
    ...(input.target ? [{ key: RecordIdKey, value: input.target.id }] : []),
  ]);
  for (;;) {
    const seen = version;
    const changed = await condition(() => version !== seen, Math.max(0, Date.parse(state.at) - Date.now()), { summary: `Wait until the follow-up is due at ${state.at}, or is moved or stopped` });
    if (state.status !== 'waiting') return state;
    if (!changed && Date.now() >= Date.parse(state.at)) break;
  }

  state.firedAt = new Date().toISOString();
  const localSteps = patched('follow-up-local-steps');
  const blockCheck = { callId: input.callId, target: input.target, channel: input.channel };
  const checkSummary = { summary: `Check that no opt-out since forbids the ${input.channel} follow-up` };
  const block = await (localSteps ? local.outreachBlocked : outreachBlocked).executeWithOptions(checkSummary, [blockCheck]);
  if (block) {
    state.status = 'blocked';
    state.outcome = block;
    return state;
  }
  // The reminder is a note on the record: it takes the record's turn like every other write.
  const lock = input.target && patched('record-lock') ? { lockId: workflowIdForRecordLock(input.target, workflowInfo().taskQueue), requestId: lockRequestIdForFollowUp(input.callId, input.actionIndex) } : null;
  if (lock) {
    await (localSteps ? local.requestRecordLock : requestRecordLock).executeWithOptions({ summary: "Ask for the record's turn for the reminder" }, [{ ...lock, requester: workflowInfo().workflowId }]);
    await condition(() => granted.has(lock.requestId));
  }
  try {
    state.outcome = await writeFollowUpReminder.executeWithOptions({ summary: input.target ? `Write the reminder note to ${input.target.type} ${input.target.id}` : 'Write the reminder (no record to hold it)' }, [
      { ...input, at: state.at },
    ]);
  } finally {
    if (lock) await (localSteps ? local.releaseRecordLock : releaseRecordLock).executeWithOptions({ summary: "Give back the record's turn after the reminder" }, [lock]);
  }
  await (localSteps ? notifyHere : notify).executeWithOptions({ summary: 'Tell the owner the follow-up is due' }, [
    {
      kind: 'follow_up_due',
      callId: input.callId,
      owner: input.owner,
      text: `Follow-up due now by ${input.channel}${input.owner ? ` (owner ${input.owner})` : ''}: ${input.promise ?? input.summary}`,
    },
  ]);
  state.status = 'fired';
  return state;
}

function assertWaiting(state: FollowUpState): void {
  if (state.status !== 'waiting') throw ApplicationFailure.nonRetryable(`follow-up is ${state.status}, not waiting`, FailureType.FollowUpClosed);
}
