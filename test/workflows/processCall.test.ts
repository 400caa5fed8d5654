/**
 * processCall's branches that matter, on the real time-skipping test server with the real workflow
 * code and stubbed activities (Temporal itself is never mocked): a non-retryable refusal is
 * recorded as `failed` and the later writes go on; a review nobody answers escalates, expires and
 * writes the note only; a second, different decision is refused. The stubs record what the
 * workflow asked of them, so each test reads as "given this plan, these activities ran".
 */
import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/activity';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { Action, Plan, ReviewReason } from '../../domain/plan';
import type { Notice } from '../../integrations/notifier/webhookNotifier';
import type { ApplyActionInput } from '../../activities/referralrock';
import { workflowBundle } from '../../worker/createWorkers';
import { temporalExecutable } from '../../worker/temporalBinaries';
import { registerSearchAttributes } from '../../worker/registerSearchAttributes';
import { getStateQuery, lockGrantedSignal, reviewUpdate, type DecideResult, type Judged, type LockRequest, type WriteRecord } from '../../workflows/definitions';
import { FailureType } from '../../workflows/failures';
import { referralRockTaskQueue, workflowIdForCall } from '../../workflows/ids';
import { processCall } from '../../workflows/processCall';
import { ReviewService } from '../../services/review/reviewService';
import { eventually } from '../helpers/eventually';
import { makeCall } from '../unit/domain/helpers';

let env: TestWorkflowEnvironment;

beforeAll(async () => {
  env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: temporalExecutable('test-server') } });
  // The test server starts with no custom search attributes; the workflow sets ours.
  await registerSearchAttributes(env.connection, 'default');
});

afterAll(async () => {
  await env?.teardown();
});

const RECORD = { type: 'referral' as const, id: 'r-stub-1' };

/** The plan the stubbed decision answers with: only what the workflow reads is meaningful. */
function stubPlan(callId: string, actions: Action[], review: { required: boolean; reasons: ReviewReason[] } = { required: false, reasons: [] }): Plan {
  return {
    callId,
    match: { status: 'matched', record: RECORD, confidence: 1, candidates: [] },
    classification: { intent: 'general_question', intentConfidence: 0.9, optOut: { requested: false, scope: null, possible: false }, followUp: null, evidence: [] },
    review,
    actions,
    handoff: { reason: 'stub', urgency: 'normal', owner: 'owner@example.test', nextStep: null, links: { transcript: null, recording: null, call: null } },
    summary: 'Stub plan for a workflow test.',
  } as unknown as Plan;
}

const note: Action = { type: 'add_note', target: RECORD, text: 'Call note [stub]' };
const statusChange: Action = { type: 'update_referral', target: RECORD, changes: [{ field: 'status', from: 'pending', to: 'approved', reason: 'stub' }] } as Action;

interface Stubs {
  writes: ApplyActionInput[];
  notices: Notice[];
}

/**
 * Runs `body` with workers on both of the call's task queues, every activity a stub: the decision
 * answers `plan`, `applyAction` answers `write` (default: applied), record locks are granted at once.
 */
async function withWorkers<T>(
  taskQueue: string,
  plan: Plan,
  body: (stubs: Stubs) => Promise<T>,
  write: (input: ApplyActionInput) => Promise<WriteRecord> = async (i) => ({ index: i.index, type: i.action.type, outcome: 'applied', recordId: RECORD.id, detail: 'stub' }),
): Promise<T> {
  const stubs: Stubs = { writes: [], notices: [] };
  const calls = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: await workflowBundle(),
    activities: {
      classifyCall: async (): Promise<Judged> => ({ classifier: null, error: 'stubbed: the decision below stands in' }),
      decideCall: async (): Promise<DecideResult> => ({ plan, reviewDeadlineAt: null }),
      tellFollowUps: async (): Promise<string[]> => [],
      notify: async (notice: Notice) => {
        stubs.notices.push(notice);
        return 'logged' as const;
      },
      requestRecordLock: async (req: LockRequest & { lockId: string }) => {
        await env.client.workflow.getHandle(req.requester).signal(lockGrantedSignal, { requestId: req.requestId });
      },
      releaseRecordLock: async () => undefined,
      recordCallOutcome: async () => 'recorded' as const,
    },
  });
  const writes = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: referralRockTaskQueue(taskQueue),
    activities: {
      applyAction: async (input: ApplyActionInput) => {
        stubs.writes.push(input);
        return write(input);
      },
    },
  });
  return writes.runUntil(calls.runUntil(body(stubs)));
}

test('a non-retryable refusal is recorded as failed, and the later writes go on', async () => {
  const callId = `wf_refusal_${randomUUID().slice(0, 8)}`;
  const taskQueue = `wf-${randomUUID().slice(0, 8)}`;
  const plan = stubPlan(callId, [statusChange, note]);
  const refuse = async (i: ApplyActionInput): Promise<WriteRecord> => {
    if (i.action.type === 'update_referral') throw ApplicationFailure.nonRetryable('referral r-stub-1 not found', FailureType.ReferralRockItemFailed);
    return { index: i.index, type: i.action.type, outcome: 'applied', recordId: RECORD.id, detail: 'note' };
  };
  const { result, stubs, history } = await withWorkers(
    taskQueue,
    plan,
    async (stubs) => {
      const handle = await env.client.workflow.start(processCall, { taskQueue, workflowId: workflowIdForCall(callId), args: [{ call: makeCall({ callId }), receivedAt: new Date().toISOString() }] });
      return { result: await handle.result(), stubs, history: await handle.fetchHistory() };
    },
    refuse,
  );

  expect(result.writes).toEqual([
    { index: 0, type: 'update_referral', outcome: 'failed', recordId: null, detail: 'referral r-stub-1 not found' },
    { index: 1, type: 'add_note', outcome: 'applied', recordId: RECORD.id, detail: 'note' },
  ]);
  // Refused once, never retried; the note after it was still written.
  expect(stubs.writes.map((w) => [w.index, w.action.type])).toEqual([
    [0, 'update_referral'],
    [1, 'add_note'],
  ]);
  // The event history reads in words: each write's activity carries its summary.
  const summaries = (history.events ?? [])
    .filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'applyAction')
    .map((e) => JSON.parse(Buffer.from(e.userMetadata?.summary?.data ?? []).toString() || 'null'));
  expect(summaries).toEqual(['Write #0: update referral to referral r-stub-1', 'Write #1: add note to referral r-stub-1']);
});

test('a review nobody answers escalates, then expires and writes the note only', async () => {
  const callId = `wf_expiry_${randomUUID().slice(0, 8)}`;
  const taskQueue = `wf-${randomUUID().slice(0, 8)}`;
  const plan = stubPlan(callId, [statusChange, note], { required: true, reasons: ['high_value'] });
  const { result, stubs } = await withWorkers(taskQueue, plan, async (stubs) => {
    // Waiting on the result lets the test server skip the two days of review timers.
    const result = await env.client.workflow.execute(processCall, { taskQueue, workflowId: workflowIdForCall(callId), args: [{ call: makeCall({ callId }), receivedAt: new Date().toISOString() }] });
    return { result, stubs };
  });

  expect(result.review).toMatchObject({ status: 'expired', reasons: ['high_value'], decidedAt: null, reviewer: null });
  expect(result.review.escalatedAt).not.toBeNull();
  expect(result.writes.map((w) => w.type)).toEqual(['add_note']);
  expect(stubs.writes.map((w) => w.action.type)).toEqual(['add_note']);
  expect(stubs.notices.map((n) => n.kind)).toEqual(['review_requested', 'review_escalated', 'review_expired']);
});

test('a second, different decision is refused; the first one is carried out', async () => {
  const callId = `wf_decided_${randomUUID().slice(0, 8)}`;
  const taskQueue = `wf-${randomUUID().slice(0, 8)}`;
  const plan = stubPlan(callId, [statusChange, note], { required: true, reasons: ['high_value'] });
  const { result, refusal, serviceRefusal } = await withWorkers(taskQueue, plan, async () => {
    const handle = await env.client.workflow.start(processCall, { taskQueue, workflowId: workflowIdForCall(callId), args: [{ call: makeCall({ callId }), receivedAt: new Date().toISOString() }] });
    const state = await eventually(() => handle.query(getStateQuery), { what: 'the call to wait for review', until: (s) => s.phase === 'waiting_for_review' });
    const first = await handle.executeUpdate(reviewUpdate, { args: [{ decision: 'approve', reviewer: 'ann', reviewId: state.review.id }] });
    expect(first).toMatchObject({ status: 'approved', reviewer: 'ann' });
    const refusal = await handle.executeUpdate(reviewUpdate, { args: [{ decision: 'reject', reviewer: 'bob', comment: 'no' }] }).catch((err: unknown) => err);
    // The review service words the same refusal for the reviewer.
    const service = new ReviewService(env.client, { namespace: 'default' });
    const serviceRefusal = await service.decide(callId, { decision: 'reject', reviewer: 'bob', comment: 'no' }).catch((err: unknown) => err);
    return { result: await handle.result(), refusal, serviceRefusal };
  });

  expect(refusal).toBeInstanceOf(WorkflowUpdateFailedError);
  expect((refusal as WorkflowUpdateFailedError).cause).toMatchObject({ type: FailureType.ReviewNotPending });
  expect(serviceRefusal).toMatchObject({ code: 'already_decided' });
  expect((serviceRefusal as Error).message).toContain('approved by ann');
  expect(result.review).toMatchObject({ status: 'approved', reviewer: 'ann' });
  expect(result.writes.map((w) => [w.type, w.outcome])).toEqual([
    ['update_referral', 'applied'],
    ['add_note', 'applied'],
  ]);
});
