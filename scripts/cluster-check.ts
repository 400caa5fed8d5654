/**
 * `npm run cluster:check`: proves the production shape works. On the cluster `npm run cluster -- up`
 * brings up (Temporal on PostgreSQL, set up by the compose file's own scripts), it runs the worker
 * and the intake, and checks that
 *  1. a signed call flows end to end (decision, exactly-once writes into the sandbox);
 *  2. our search attributes exist and visibility finds the call by them;
 *  3. a restart of the server mid-run loses nothing: a call waiting for review and one just
 *     started both finish after the server comes back.
 * Its last line is one JSON object; it exits 1 when any check fails.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config';
import { connectTemporal } from '../services/connectTemporal';
import { TemporalCallStarter } from '../services/startCall';
import { FileDeadLetterStore } from '../intake/deadLetter';
import { buildIntakeServer } from '../intake/server';
import { startSandbox } from '../sandbox/server';
import { createWorkers } from '../worker/createWorkers';
import { ALL_SEARCH_ATTRIBUTES } from '../workflows/searchAttributes';
import { getStateQuery, reviewUpdate, type CallState, type ProcessCallResult } from '../workflows/definitions';
import { exampleCall, EXAMPLE_SEED } from '../test/helpers/stack';
import { sendCanonical } from '../test/helpers/send';
import { workflowIdForCall } from '../workflows/ids';

function cluster(cmd: 'up' | 'down'): string {
  const out = execFileSync('bash', ['scripts/cluster.sh', cmd], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return out.trim().split('\n').pop() ?? '';
}

async function until<T>(what: string, fn: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      const v = await fn();
      if (v !== null) return v;
    } catch {
      // the server may be restarting
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function main(): Promise<number> {
  const line = cluster('up');
  const address = line.replace(/^TEMPORAL_ADDRESS=/, '');
  const sandbox = await startSandbox({ seed: EXAMPLE_SEED });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-check-'));
  const config = loadConfig({
    TEMPORAL_ADDRESS: address,
    // One queue for every run: a lock a previous run left behind is served (and ends) here.
    TEMPORAL_TASK_QUEUE: 'cluster-check',
    REFERRALROCK_BASE_URL: sandbox.url,
    REFERRALROCK_PUBLIC_KEY: 'sandbox-public-key',
    REFERRALROCK_PRIVATE_KEY: 'sandbox-private-key',
    REFERRALROCK_PROGRAM: 'prog-brightside',
    REFERRALROCK_DIRECTORY_TTL_SECONDS: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
  });
  const workers = await createWorkers(config, address);
  const running = workers.run();
  const temporal = await connectTemporal(config, { address });
  const { client } = temporal;
  const intake = buildIntakeServer({ config: config.intake, starter: new TemporalCallStarter(client, config.temporal.taskQueue), deadLetters: new FileDeadLetterStore(config.intake.deadLetterDir) });
  await intake.listen({ host: '127.0.0.1', port: 0 });
  const a = intake.server.address();
  const intakeUrl = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  const checks: Record<string, boolean | string> = {};
  try {
    // 1. A call end to end.
    const first = exampleCall('04-new-prospect-with-code.json');
    const sent = await sendCanonical(intakeUrl, first);
    const result: ProcessCallResult = await client.workflow.getHandle(workflowIdForCall(first.data.call_id)).result();
    checks.callCompleted = sent.status === 202 && result.writes.length > 0 && result.writes.every((w) => w.outcome === 'applied');

    // 2. Search attributes, and visibility by them.
    const attrs = await client.connection.operatorService.listSearchAttributes({ namespace: config.temporal.namespace });
    checks.searchAttributes = ALL_SEARCH_ATTRIBUTES.every((k) => k.name in (attrs.customAttributes ?? {}));
    checks.visibility = await until('visibility', async () => {
      for await (const wf of client.workflow.list({ query: `CallId = '${first.data.call_id}' AND Intent = '${result.plan.classification.intent}'` })) return wf.workflowId === workflowIdForCall(first.data.call_id) ? true : null;
      return null;
    });

    // 3. A restart mid-run: one call waiting for review, one just started.
    const waiting = exampleCall('07-high-value-ready.json');
    await sendCanonical(intakeUrl, waiting);
    const waitingHandle = client.workflow.getHandle(workflowIdForCall(waiting.data.call_id));
    const state = await until('the review wait', async () => {
      const s: CallState = await waitingHandle.query(getStateQuery);
      return s.phase === 'waiting_for_review' ? s : null;
    });
    const justStarted = exampleCall('03-billing-pause.json');
    await sendCanonical(intakeUrl, justStarted);
    cluster('down');
    cluster('up');
    await until('the review update after the restart', async () => {
      await waitingHandle.executeUpdate(reviewUpdate, { args: [{ decision: 'approve', reviewer: 'cluster-check', reviewId: state.review.id }] });
      return true;
    });
    const [afterReview, afterStart] = await Promise.all([
      waitingHandle.result() as Promise<ProcessCallResult>,
      client.workflow.getHandle(workflowIdForCall(justStarted.data.call_id)).result() as Promise<ProcessCallResult>,
    ]);
    checks.restartLostNothing = afterReview.review.status === 'approved' && afterReview.writes.length > 0 && afterStart.writes.length > 0 && [...afterReview.writes, ...afterStart.writes].every((w) => w.outcome === 'applied' || w.outcome === 'already_applied');
  } catch (err) {
    checks.error = err instanceof Error ? err.message : String(err);
  } finally {
    await intake.close();
    await workers.shutdown();
    await running.catch(() => undefined);
    await sandbox.close();
  }
  const ok = ['callCompleted', 'searchAttributes', 'visibility', 'restartLostNothing'].every((k) => checks[k] === true);
  process.stdout.write(`${JSON.stringify({ cluster: address, ok, ...checks })}\n`);
  return ok ? 0 : 1;
}

void main().then((code) => process.exit(code));
