/**
 * Deadlines and timers that take days, on the time-skipping test server: a review that nobody
 * answers escalates and then expires, and a follow-up fires days later at the caller's local time
 * across a daylight-saving change. Real workers, real activities, the real sandbox and a real
 * notifier endpoint; only the clock is skipped.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadConfig, type Config } from '../../config';
import { createWorkers, type Workers } from '../../worker/createWorkers';
import { temporalExecutable } from '../../worker/temporalBinaries';
import { registerSearchAttributes } from '../../worker/registerSearchAttributes';
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { canonicalToCall, canonicalEventSchema } from '../../domain/canonicalEvent';
import { type FollowUpState, type ProcessCallInput, type ProcessCallResult } from '../../workflows/definitions';
import { workflowIdForCall } from '../../workflows/ids';
import { EXAMPLE_SEED, exampleCall, type ExampleBody } from '../helpers/stack';
import { sandboxWrites } from '../helpers/send';
import { startNoticeReceiver } from '../helpers/noticeReceiver';
import { dataConverterFor } from '../../integrations/temporal/dataConverter';
import { processCall } from '../../workflows/processCall';
import type { followUp } from '../../workflows/followUp';

let env: TestWorkflowEnvironment;
let sandbox: SandboxHandle;
let notices: Awaited<ReturnType<typeof startNoticeReceiver>>;
let config: Config;
let workers: Workers;
let running: Promise<void>;
let dataDir: string;

// One server per test: a time-skipping server's clock only moves forward, so a test that skips days
// would leave the next one starting in its future.
beforeEach(async () => {
  // The embedded development key seals payloads, as the workers' configuration below does.
  env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: temporalExecutable('test-server') }, client: { dataConverter: dataConverterFor(loadConfig({}).temporal) } });
  // The test server starts with no custom search attributes; the workflows set ours.
  await registerSearchAttributes(env.connection, 'default');
  sandbox = await startSandbox({ seed: EXAMPLE_SEED });
  notices = await startNoticeReceiver();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dnrr-ts-'));
  config = loadConfig({
    TEMPORAL_ADDRESS: env.connection.options.address as string,
    TEMPORAL_TASK_QUEUE: `ts-${randomUUID().slice(0, 8)}`,
    REFERRALROCK_BASE_URL: sandbox.url,
    REFERRALROCK_PUBLIC_KEY: 'sandbox-public-key',
    REFERRALROCK_PRIVATE_KEY: 'sandbox-private-key',
    REFERRALROCK_PROGRAM: 'prog-brightside',
    REFERRALROCK_DIRECTORY_TTL_SECONDS: '0',
    NOTIFIER_WEBHOOK_URL: notices.url,
    DATA_DIR: dataDir,
  });
  workers = await createWorkers(config, config.temporal.address!);
  running = workers.run();
});

afterEach(async () => {
  await workers?.shutdown();
  await running;
  await notices?.close();
  await sandbox?.close();
  await env?.teardown();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

function inputOf(body: ExampleBody): ProcessCallInput {
  const event = canonicalEventSchema.parse(body);
  return { call: canonicalToCall(event.data), receivedAt: new Date().toISOString() };
}

test('a review nobody answers escalates at its deadline, then expires and writes the note only', async () => {
  const body = exampleCall('07-high-value-ready.json');
  const callId = body.data.call_id;
  const result: ProcessCallResult = await env.client.workflow.execute(processCall, {
    taskQueue: config.temporal.taskQueue,
    workflowId: workflowIdForCall(callId),
    args: [inputOf(body)],
  });

  expect(result.plan.review.required).toBe(true);
  expect(result.review.status).toBe('expired');
  expect(result.review.escalatedAt).not.toBeNull();
  // Only the trail (rule 9) is written: the status change to a money-moving value never is.
  expect(result.writes.map((w) => w.type)).toEqual(['add_note']);
  const writes = (await sandboxWrites(sandbox.url)).filter((w) => JSON.stringify(w.body).includes(callId));
  expect(writes).toHaveLength(1);
  expect(JSON.stringify(writes[0].body)).not.toContain('"status"');
  const kinds = notices.received.filter((n) => n.body.callId === callId).map((n) => n.body.kind);
  expect(kinds).toEqual(['review_requested', 'review_escalated', 'review_expired']);
});

test('a follow-up fires days later at the caller\'s local time, across a daylight-saving change', async () => {
  // Ended Wednesday 10 March 2027 in New York (EST, UTC-5); US clocks go forward on Sunday 14 March.
  const body = exampleCall('01-referral-books-demo.json');
  const callId = body.data.call_id;
  body.data.started_at = '2027-03-10T16:56:40Z';
  body.data.ended_at = '2027-03-10T17:00:00Z';
  body.data.transcript[3].text = "Next Tuesday at 9 in the morning works, I'm in New York.";
  body.data.transcript[4].text = 'Tuesday at 9 Eastern it is. Someone from our team will call you.';
  const result: ProcessCallResult = await env.client.workflow.execute(processCall, {
    taskQueue: config.temporal.taskQueue,
    workflowId: workflowIdForCall(callId),
    args: [inputOf(body)],
  });

  // 09:00 EDT (UTC-4) on Tuesday 16 March, not 14:00Z as the pre-change offset would give.
  expect(result.plan.classification.followUp).toMatchObject({ at: '2027-03-16T13:00:00Z', timezone: 'America/New_York' });
  expect(result.followUps).toHaveLength(1);
  const followUpState: FollowUpState = await env.client.workflow.getHandle<typeof followUp>(result.followUps[0]).result();
  expect(followUpState.status).toBe('fired');
  expect(Date.parse(followUpState.firedAt!)).toBeGreaterThanOrEqual(Date.parse('2027-03-16T13:00:00Z'));
  expect(Date.parse(followUpState.firedAt!)).toBeLessThan(Date.parse('2027-03-16T13:01:00Z'));

  const reminder = (await sandboxWrites(sandbox.url)).filter((w) => JSON.stringify(w.body).includes(`[dialnexa:${callId}#followup-`));
  expect(reminder).toHaveLength(1);
  const due = notices.received.filter((n) => n.body.callId === callId && n.body.kind === 'follow_up_due');
  expect(due).toHaveLength(1);
  expect(due[0].body.text).toContain('phone');
});
