/**
 * Approve from Slack, end to end on real servers: a call that waits for review sends its notice
 * with approve / reject buttons; a click, signed as Slack signs it, decides through the same
 * validated Update as the page; the outcome goes back to the message's response_url; an unsigned,
 * tampered or stale click decides nothing.
 */
import type { FastifyInstance } from 'fastify';
import { startStack, exampleCall, type Stack } from '../helpers/stack';
import { sendCanonical } from '../helpers/send';
import { startNoticeReceiver } from '../helpers/noticeReceiver';
import { eventually } from '../helpers/eventually';
import { buildIntakeServer } from '../../intake/server';
import { TemporalCallStarter } from '../../services/startCall';
import { ReviewService } from '../../services/review/reviewService';
import { slackSignature } from '../../integrations/notifier/slackInteractions';
import type { ProcessCallResult } from '../../workflows/definitions';

const SECRET = 'slack-signing-secret-for-tests-0123';
let stack: Stack;
let notices: Awaited<ReturnType<typeof startNoticeReceiver>>;
let slackMessages: Awaited<ReturnType<typeof startNoticeReceiver>>;
let intake: FastifyInstance;
let base: string;

beforeAll(async () => {
  notices = await startNoticeReceiver();
  slackMessages = await startNoticeReceiver();
  stack = await startStack({ env: { NOTIFIER_WEBHOOK_URL: notices.url } });
  intake = buildIntakeServer({
    config: stack.config.intake,
    starter: new TemporalCallStarter(stack.client, stack.config.temporal.taskQueue),
    deadLetters: stack.deadLetters,
    reviewService: new ReviewService(stack.client, { namespace: stack.config.temporal.namespace }),
    slackSigningSecret: SECRET,
  });
  await intake.listen({ host: '127.0.0.1', port: 0 });
  const address = intake.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await intake?.close();
  await stack?.stop();
  await notices?.close();
  await slackMessages?.close();
});

function click(value: string, opts: { secret?: string; timestamp?: number; actionId?: string; user?: { id: string; username: string } } = {}) {
  const payload = { type: 'block_actions', user: opts.user ?? { id: 'U0DANA', username: 'dana' }, actions: [{ action_id: opts.actionId ?? 'review_approve', value }], response_url: slackMessages.url };
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  return fetch(`${base}/slack/interactions`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': timestamp, 'x-slack-signature': slackSignature(opts.secret ?? SECRET, timestamp, body) },
    body,
  });
}

test('the review notice carries the buttons; a signed click approves as the Slack user, once', async () => {
  const body = exampleCall('07-high-value-ready.json');
  const callId = body.data.call_id;
  expect((await sendCanonical(stack.intakeUrl, body)).status).toBe(202);
  const notice = await eventually(async () => notices.received.find((n) => n.body.kind === 'review_requested' && n.body.callId === callId), { what: `the review notice of ${callId}` });
  const approve = notice.body.blocks?.find((b) => b.type === 'actions')?.elements?.find((e) => e.action_id === 'review_approve');
  expect(approve).toBeDefined();

  // Nothing decides without Slack's signature over these exact bytes, or with an old one.
  expect((await click(approve!.value, { secret: 'someone-else-secret-0123456789' })).status).toBe(401);
  expect((await click(approve!.value, { timestamp: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
  expect((await click('not json')).status).toBe(400);

  const answer = await click(approve!.value);
  expect(answer.status).toBe(200);
  const result = (await stack.client.workflow.getHandle(`call-${callId}`).result()) as ProcessCallResult;
  expect(result.review).toMatchObject({ status: 'approved', reviewer: 'slack:dana (U0DANA)', comment: 'Approved from Slack' });
  expect(result.writes.map((w) => w.outcome)).toEqual(['applied', 'applied']);
  const updated = await eventually(async () => slackMessages.received.find((m) => m.body.text.startsWith(`Call ${callId} approved`)), { what: 'the message updated in Slack' });
  expect(updated.body.replace_original).toBe(true);

  // A double click is the same Update, answered the same; another reviewer is told it was already decided.
  expect((await click(approve!.value)).status).toBe(200);
  await eventually(async () => slackMessages.received.filter((m) => m.body.text.startsWith(`Call ${callId} approved`)), { what: 'the double click answered the same', until: (m) => m.length === 2 });
  expect((await click(approve!.value, { user: { id: 'U0ERIN', username: 'erin' } })).status).toBe(200);
  const late = await eventually(async () => slackMessages.received.find((m) => m.body.text.includes('already approved')), { what: "the other reviewer's click answered" });
  expect(late.body.text).toContain('by slack:dana (U0DANA)');
  const writes = ((await stack.client.workflow.getHandle(`call-${callId}`).result()) as ProcessCallResult).writes;
  expect(writes).toHaveLength(2);
});

test('a call holding a possible opt-out gets its notice without one-click buttons', async () => {
  const body = exampleCall('01-referral-books-demo.json');
  (body.data.transcript as unknown[]).push({ speaker: 'caller', text: 'Honestly though, you people call me way too many times.', start_ms: 60000, end_ms: 64000 });
  expect((await sendCanonical(stack.intakeUrl, body)).status).toBe(202);
  const notice = await eventually(async () => notices.received.find((n) => n.body.kind === 'review_requested' && n.body.callId === body.data.call_id), { what: 'the held call\'s notice' });
  expect(notice.body.text).toContain('possible_opt_out');
  expect(notice.body.blocks).toBeUndefined();
});
