/**
 * What happens to a waiting follow-up when its caller calls again: the later call shows on it, and
 * an opt-out ("please stop calling me") ends it as blocked before it fires: no reminder is written.
 * A follow-up moved to a few seconds ahead does fire, so the "no reminder" check can see one.
 * Its own stack: the opt-out blocks every follow-up of this caller.
 */
import { startStack, exampleCall, futureExampleCall, type Stack } from '../helpers/stack';
import { sendCanonical, sandboxWrites } from '../helpers/send';
import { FollowUpService } from '../../services/followUps/followUpService';
import type { FollowUpError } from '../../services/followUps/followUpErrors';
import { httpStatusOf } from '../../intake/adminUi/httpStatus';
import type { FollowUpState, ProcessCallResult } from '../../workflows/definitions';
import { workflowIdForCall } from '../../workflows/ids';

let stack: Stack;
let service: FollowUpService;

beforeAll(async () => {
  stack = await startStack();
  service = new FollowUpService(stack.client, { namespace: stack.config.temporal.namespace });
});
afterAll(async () => {
  await stack?.stop();
});

/** Example 01 (Mateo Silva, +13125550117, "Friday at 11 … Chicago") moved two days ahead. */
function futureCall(): ReturnType<typeof exampleCall> {
  const body = futureExampleCall('01-referral-books-demo.json');
  return body;
}

async function finished(body: ReturnType<typeof exampleCall>): Promise<ProcessCallResult> {
  expect((await sendCanonical(stack.intakeUrl, body)).status).toBe(202);
  return stack.client.workflow.getHandle(workflowIdForCall(body.data.call_id)).result();
}

async function reminderWrites(callId: string) {
  return (await sandboxWrites(stack.sandbox.url)).filter((w) => JSON.stringify(w.body).includes(`[dialnexa:${callId}#followup-`));
}

test('a follow-up moved to a few seconds ahead fires and writes its reminder once', async () => {
  const body = futureCall();
  const [id] = (await finished(body)).followUps;
  const at = new Date(Date.now() + 3_000).toISOString();
  await service.reschedule(id, { at, by: 'tester', reason: 'fire now' });
  const state = (await stack.client.workflow.getHandle(id).result()) as FollowUpState;
  expect(state.status).toBe('fired');
  expect(await reminderWrites(body.data.call_id)).toHaveLength(1);
});

test('a later call from the same caller shows on the waiting follow-up; an opt-out then blocks it without firing', async () => {
  const first = futureCall();
  const [id] = (await finished(first)).followUps;

  const later = futureCall();
  await finished(later);
  const [shown] = await service.show(id);
  expect(shown).toMatchObject({ status: 'waiting', laterCalls: [later.data.call_id] });

  const optOut = futureCall();
  optOut.data.transcript = [
    { speaker: 'agent', text: 'Thanks for calling Brightside Rewards, this is Ava. How can I help?', start_ms: 0, end_ms: 3500 },
    { speaker: 'caller', text: 'Hi, Mateo Silva here. Please stop calling me.', start_ms: 4000, end_ms: 7500 },
    { speaker: 'agent', text: 'Understood, Mateo. We will not call you again.', start_ms: 8000, end_ms: 11500 },
  ];
  // The opt-out call may wait for a reviewer; the follow-ups hear of it before that.
  expect((await sendCanonical(stack.intakeUrl, optOut)).status).toBe(202);
  const ended = (await stack.client.workflow.getHandle(id).result()) as FollowUpState;
  expect(ended.status).toBe('blocked');
  expect(ended.outcome).toContain(optOut.data.call_id);
  expect(ended.laterCalls).toEqual([later.data.call_id, optOut.data.call_id]);
  expect(await reminderWrites(first.data.call_id)).toEqual([]);
  // The later call's own follow-up is stopped by the same opt-out.
  const [laterFollowUp] = await service.show(later.data.call_id);
  const laterState = (await stack.client.workflow.getHandle(laterFollowUp.workflowId).result()) as FollowUpState;
  expect(laterState.status).toBe('blocked');
  expect(await reminderWrites(later.data.call_id)).toEqual([]);

  const refused = service.cancel(id, { by: 'tester', reason: 'too late' });
  const refusal = await refused.catch((err: FollowUpError) => err);
  expect(refusal).toMatchObject({ code: 'not_waiting' });
  expect(httpStatusOf(refusal as FollowUpError)).toBe(409);
  expect((await service.list()).map((f) => f.workflowId)).not.toContain(id);
});
