/**
 * The review surfaces while no worker runs: the queue still comes from Temporal visibility (rows
 * without the query's details), a decision answers 503 instead of hanging, and sending the same
 * decision again once the workers are back decides the call exactly once.
 */
import type { FastifyInstance } from 'fastify';
import { exampleCall } from '../helpers/stack';
import { adminIntake } from '../helpers/adminSession';
import { useStack } from '../helpers/suiteStack';
import { eventually } from '../helpers/eventually';
import { sendCanonical } from '../helpers/send';
import { registerReviewRoutes } from '../../intake/review/routes';
import { ReviewService, type PendingCall } from '../../services/review/reviewService';
import type { ProcessCallResult } from '../../workflows/definitions';
import { workflowIdForCall } from '../../workflows/ids';

const TOKEN = 'workers-down-token-0123456789';
const stack = useStack();
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  const service = new ReviewService(stack().client, { namespace: stack().config.temporal.namespace, queryTimeoutMs: 1_000, timeoutMs: 3_000 });
  ({ app, url: base } = await adminIntake(stack(), (intake) => registerReviewRoutes(intake, { service, adminToken: TOKEN })));
});
afterAll(async () => {
  await app?.close();
});

async function pending(): Promise<PendingCall[]> {
  const res = await fetch(`${base}/review/api/pending`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { pending: PendingCall[] }).pending;
}

function decide(callId: string, body: unknown): Promise<Response> {
  return fetch(`${base}/review/api/calls/${callId}/decision`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

test('no worker: listed from visibility, decision 503; the same decision later lands once', async () => {
  const body = exampleCall('06-ambiguous-name.json');
  const callId: string = body.data.call_id;
  expect((await sendCanonical(base, body)).status).toBe(202);
  await eventually(async () => (await pending()).some((p) => p.callId === callId), { what: `call ${callId} in the review queue` });

  await stack().stopWorkers();
  const row = (await pending()).find((p) => p.callId === callId);
  expect(row).toMatchObject({ callId, reviewStatus: 'pending', matchStatus: 'ambiguous', reasons: [] });
  expect(row!.stateError).toContain('did not answer');

  const decision = { decision: 'approve', reviewer: 'ivan', comment: 'is ref_pat1' };
  const refused = await decide(callId, decision);
  expect(refused.status).toBe(503);
  expect(((await refused.json()) as { error: string }).error).toBe('temporal_unavailable');

  await stack().startWorkers();
  const accepted = await decide(callId, decision);
  expect(accepted.status).toBe(200);
  const result = (await stack().client.workflow.getHandle(workflowIdForCall(callId)).result()) as ProcessCallResult;
  expect(result.review).toMatchObject({ status: 'approved', reviewer: 'ivan (shared token)', comment: 'is ref_pat1' });
  const updates = (await stack().client.workflow.getHandle(workflowIdForCall(callId)).fetchHistory()).events!.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes);
  expect(updates).toHaveLength(1);
});
