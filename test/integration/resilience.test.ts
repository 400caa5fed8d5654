/**
 * What production throws at the service: a worker killed mid-write, and a ReferralRock that
 * answers 5xx and 429. Each write must still land exactly once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startStack, exampleCall, type Stack } from '../helpers/stack';
import { sendCanonical, sandboxWrites, setFaults } from '../helpers/send';
import { eventually } from '../helpers/eventually';
import { faultSeed, seededRandom } from '../helpers/seededRandom';
import { getStateQuery, type ProcessCallResult } from '../../workflows/definitions';

const ROOT = path.resolve(__dirname, '..', '..');
let stack: Stack;

beforeAll(async () => {
  // Which requests the sandbox's faults hit follows a fixed seed (FAULT_SEED replays another).
  stack = await startStack({ workers: false, sandboxRandom: seededRandom(faultSeed(20261202)) });
});
afterAll(async () => {
  await stack?.stop();
});
afterEach(async () => {
  await setFaults(stack.sandbox.url, { errorRate: 0, rateLimitRate: 0, latencyMs: 0, down: false, writesOnly: false, lostResponseRate: 0 });
});

/** The worker as its own OS process, so it can be killed like a crashed pod. */
function spawnWorker(): ChildProcess {
  const c = stack.config;
  // tsx as a loader in this very process (not the tsx CLI, which runs the script in a grandchild
  // that a SIGKILL of its parent would leave running).
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'worker', 'main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      TEMPORAL_ADDRESS: stack.temporal.address,
      TEMPORAL_TASK_QUEUE: c.temporal.taskQueue,
      REFERRALROCK_BASE_URL: c.referralRock.baseUrl,
      REFERRALROCK_PUBLIC_KEY: c.referralRock.publicKey,
      REFERRALROCK_PRIVATE_KEY: c.referralRock.privateKey,
      REFERRALROCK_PROGRAM: 'prog-brightside',
      REFERRALROCK_DIRECTORY_TTL_SECONDS: '0',
      DATA_DIR: c.dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function writesFor(callId: string) {
  return sandboxWrites(stack.sandbox.url).then((ws) => ws.filter((w) => JSON.stringify(w.body).includes(callId)));
}

test('a worker killed in the middle of a write resumes on restart without writing twice', async () => {
  // Slow ReferralRock answers keep the first write in flight long enough to kill the worker there.
  await setFaults(stack.sandbox.url, { latencyMs: 1500 });
  const worker = spawnWorker();
  const exited = new Promise((r) => worker.once('exit', r));
  const body = exampleCall('04-new-prospect-with-code.json');
  const callId = body.data.call_id;
  const answer = await sendCanonical(stack.intakeUrl, body);
  expect(answer.status).toBe(202);
  const handle = stack.client.workflow.getHandle(answer.body.workflowId);

  await eventually(async () => (await handle.query(getStateQuery)).phase === 'writing', { what: 'the first write to start', timeoutMs: 90_000, intervalMs: 100 });
  worker.kill('SIGKILL');
  await exited;

  await setFaults(stack.sandbox.url, { latencyMs: 0 });
  await stack.startWorkers();
  const result: ProcessCallResult = await handle.result();
  await stack.stopWorkers();

  expect(result.writes.length).toBeGreaterThan(0);
  expect(result.writes.every((w) => w.outcome === 'applied' || w.outcome === 'already_applied')).toBe(true);
  const creates = (await writesFor(callId)).filter((w) => w.method === 'POST' && /^\/api\/referrals/i.test(w.path));
  expect(creates).toHaveLength(1);
  const state = (await (await fetch(`${stack.sandbox.url}/_sandbox/state`)).json()) as { referrals: { externalIdentifier?: string }[] };
  expect(state.referrals.filter((r) => r.externalIdentifier === `dialnexa:${callId}`)).toHaveLength(1);
}, 180_000);

test('ReferralRock 5xx, 429 and lost answers are retried to success, each write landing once', async () => {
  await stack.startWorkers();
  try {
    // Writes fail often, and some are applied but their answer is lost: the case that would make a
    // naive retry create or append twice.
    await setFaults(stack.sandbox.url, { writesOnly: true, errorRate: 0.3, rateLimitRate: 0.3, retryAfterSeconds: 1, lostResponseRate: 0.3 });
    const bodies = [exampleCall('04-new-prospect-with-code.json'), exampleCall('01-referral-books-demo.json'), exampleCall('08-not-interested.json')];
    const handles = [];
    for (const body of bodies) {
      const answer = await sendCanonical(stack.intakeUrl, body);
      expect(answer.status).toBe(202);
      handles.push(stack.client.workflow.getHandle(answer.body.workflowId));
    }
    const results: ProcessCallResult[] = await Promise.all(handles.map((h) => h.result()));
    await setFaults(stack.sandbox.url, { writesOnly: false, errorRate: 0, rateLimitRate: 0, lostResponseRate: 0 });

    const state = (await (await fetch(`${stack.sandbox.url}/_sandbox/state`)).json()) as {
      members: { customText1Value?: string }[];
      referrals: { note?: string; externalIdentifier?: string }[];
    };
    const everything = JSON.stringify(state);
    for (const [i, result] of results.entries()) {
      const callId = bodies[i].data.call_id;
      expect(result.writes.filter((w) => w.outcome === 'failed')).toEqual([]);
      for (const w of result.writes) {
        if (w.type === 'schedule_follow_up') continue; // its reminder is written later, by the follow-up
        if (w.type === 'create_referral') {
          expect(state.referrals.filter((r) => r.externalIdentifier === `dialnexa:${callId}`)).toHaveLength(1);
        } else {
          // Each note or update carries its marker exactly once in the final state.
          const marker = `[dialnexa:${callId}#${w.index}]`;
          expect(everything.split(marker).length - 1).toBe(1);
        }
      }
    }
    // The faults really fired: some activities needed more than one attempt.
    const attempts = [];
    for (const h of handles) {
      for (const e of (await h.fetchHistory()).events ?? []) {
        if (e.activityTaskStartedEventAttributes) attempts.push(e.activityTaskStartedEventAttributes.attempt ?? 1);
      }
    }
    expect(Math.max(...attempts)).toBeGreaterThan(1);
  } finally {
    await stack.stopWorkers();
  }
}, 240_000);
