/**
 * A signed call, end to end on real servers: intake -> Temporal workflow -> ReferralRock sandbox.
 */
import { WorkflowNotFoundError } from '@temporalio/client';
import { startStack, exampleCall, type Stack } from '../helpers/stack';
import { sendCanonical, sandboxWrites } from '../helpers/send';
import type { ProcessCallResult } from '../../workflows/definitions';
import { workflowIdForCall } from '../../workflows/ids';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

async function resultOf(workflowId: string): Promise<ProcessCallResult> {
  return stack.client.workflow.getHandle(workflowId).result();
}

test('a signed call from a known referral ends as one marked note on that referral', async () => {
  const body = exampleCall('01-referral-books-demo.json');
  const callId = body.data.call_id;
  const answer = await sendCanonical(stack.intakeUrl, body);
  expect(answer).toEqual({ status: 202, body: { workflowId: workflowIdForCall(callId), status: 'started' } });

  const result = await resultOf(answer.body.workflowId);
  expect(result.plan.match).toMatchObject({ status: 'matched', record: { type: 'referral', id: 'ref_mateo' } });
  const writes = (await sandboxWrites(stack.sandbox.url)).filter((w) => JSON.stringify(w.body).includes(callId));
  expect(writes.length).toBeGreaterThan(0);
  expect(writes.every((w) => w.path.toLowerCase().startsWith('/api/referral/update'))).toBe(true);
  const state = (await (await fetch(`${stack.sandbox.url}/_sandbox/state`)).json()) as { referrals: { id: string; note?: string }[] };
  const note = state.referrals.find((r) => r.id === 'ref_mateo')?.note ?? '';
  expect(note).toContain(`[dialnexa:${callId}#`);
  expect(result.writes.every((w) => w.outcome !== 'failed')).toBe(true);
});

test('a redelivered webhook starts nothing new and writes nothing twice', async () => {
  const body = exampleCall('04-new-prospect-with-code.json');
  const callId = body.data.call_id;
  const first = await sendCanonical(stack.intakeUrl, body, { msgId: `msg_${callId}` });
  expect(first.status).toBe(202);
  await resultOf(first.body.workflowId);
  // Only this call's writes: other tests' follow-ups may fire (and write) meanwhile.
  const ofThisCall = async () => (await sandboxWrites(stack.sandbox.url)).filter((w) => JSON.stringify(w.body).includes(callId));
  const writesBefore = await ofThisCall();

  const sameDelivery = await sendCanonical(stack.intakeUrl, body, { msgId: `msg_${callId}` });
  const otherMessage = await sendCanonical(stack.intakeUrl, body);
  for (const again of [sameDelivery, otherMessage]) {
    expect(again).toEqual({ status: 200, body: { workflowId: first.body.workflowId, status: 'duplicate' } });
  }
  const runs = [];
  for await (const wf of stack.client.workflow.list({ query: `WorkflowId = '${first.body.workflowId}'` })) runs.push(wf.runId);
  expect(runs).toHaveLength(1);
  expect(await ofThisCall()).toEqual(writesBefore);
  const creates = writesBefore.filter((w) => w.method === 'POST' && w.path.toLowerCase().startsWith('/api/referrals') && JSON.stringify(w.body).includes(`dialnexa:${callId}`));
  expect(creates).toHaveLength(1);
});

test('a bad signature gets 401 and nothing is started or stored', async () => {
  const body = exampleCall('02-member-opts-out.json');
  const answer = await sendCanonical(stack.intakeUrl, body, { signature: 'v1,' + Buffer.alloc(32, 7).toString('base64') });
  expect(answer.status).toBe(401);
  expect(await stack.deadLetters.list()).toEqual([]);
  await expect(stack.client.workflow.getHandle(workflowIdForCall(body.data.call_id)).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
});

test('an invalid signed body gets 400 with field errors and is kept in the dead letter', async () => {
  const body = exampleCall('03-billing-pause.json');
  body.data.direction = 'sideways';
  Reflect.deleteProperty(body.data, 'ended_at');
  const answer = await sendCanonical(stack.intakeUrl, body);
  expect(answer.status).toBe(400);
  const paths = JSON.stringify(answer.body);
  expect(paths).toContain('direction');
  expect(paths).toContain('ended_at');
  const letters = await stack.deadLetters.list();
  expect(letters.length).toBe(1);
  const stored = await stack.deadLetters.get(letters[0].id);
  expect(stored).not.toBeNull();
  await expect(stack.client.workflow.getHandle(workflowIdForCall(body.data.call_id)).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
});
