/**
 * `npm run bench -- [calls] [concurrency]`: end-to-end throughput on this machine. Starts the whole
 * stack in-process (Temporal dev server with the same SQLite settings as `npm start`, the sandbox,
 * the workers, the intake), sends `calls` signed deliveries (default 200) `concurrency` at a time
 * (default 20), and prints intake latency percentiles, accepted deliveries per second, and calls
 * carried out per second (decision + ReferralRock writes, exactly once). Loopback only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import '../test/setupRuntime';
import { loadConfig } from '../config';
import { startDevServer } from '../worker/devServer';
import { createWorkers } from '../worker/createWorkers';
import { startSandbox } from '../sandbox/server';
import { buildIntakeServer } from '../intake/server';
import { FileDeadLetterStore } from '../intake/deadLetter';
import { connectTemporal } from '../services/connectTemporal';
import { TemporalCallStarter } from '../services/startCall';
import { EXAMPLE_SEED, exampleCall } from '../test/helpers/stack';
import { sendCanonical } from '../test/helpers/send';

const EXAMPLES = ['01-referral-books-demo.json', '02-member-opts-out.json', '03-billing-pause.json', '04-new-prospect-with-code.json', '05-spam.json', '08-not-interested.json'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const calls = Number(process.argv[2] ?? 200);
  const concurrency = Number(process.argv[3] ?? 20);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dnrr-bench-'));
  const temporal = await startDevServer({ dbFile: path.join(dataDir, 'temporal.sqlite') });
  const sandbox = await startSandbox({ seed: EXAMPLE_SEED });
  const config = loadConfig({
    TEMPORAL_ADDRESS: temporal.address,
    REFERRALROCK_BASE_URL: sandbox.url,
    REFERRALROCK_PUBLIC_KEY: 'sandbox-public-key',
    REFERRALROCK_PRIVATE_KEY: 'sandbox-private-key',
    REFERRALROCK_PROGRAM: 'prog-brightside',
    // The sandbox is local: let the write queue run as fast as the machine allows.
    REFERRALROCK_MAX_ACTIVITIES_PER_SECOND: '1000',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
  });
  const workers = await createWorkers(config, temporal.address);
  const running = workers.run();
  const connected = await connectTemporal(config, { address: temporal.address });
  const { client } = connected;
  const intake = buildIntakeServer({ config: config.intake, starter: new TemporalCallStarter(client, config.temporal.taskQueue), deadLetters: new FileDeadLetterStore(config.intake.deadLetterDir) });
  await intake.listen({ host: '127.0.0.1', port: 0 });
  const addr = intake.server.address();
  const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;

  const latencies: number[] = [];
  const workflowIds: string[] = [];
  let next = 0;
  const t0 = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < calls) {
        const i = next++;
        const body = exampleCall(EXAMPLES[i % EXAMPLES.length], `bench_${i}_${Date.now()}`);
        // A new prospect each time: the same one twice would rightly match the first one's record.
        const caller = body.data.caller as { email?: string } | undefined;
        if (caller?.email) caller.email = `prospect${i}@bench.example`;
        if (body.data.from_number === '+15035550163') body.data.from_number = `+1503555${String(1000 + i).slice(-4)}`;
        const started = performance.now();
        const answer = await sendCanonical(base, body);
        latencies.push(performance.now() - started);
        if (answer.status !== 202) throw new Error(`delivery ${i}: ${answer.status} ${JSON.stringify(answer.body)}`);
        workflowIds.push(answer.body.workflowId);
      }
    }),
  );
  const acceptedMs = Date.now() - t0;
  await Promise.all(workflowIds.map((id) => client.workflow.getHandle(id).result()));
  const doneMs = Date.now() - t0;

  latencies.sort((a, b) => a - b);
  const writes = ((await (await fetch(`${sandbox.url}/_sandbox/writes`)).json()) as { writes: unknown[] }).writes.length;
  console.log(`calls ${calls}, concurrency ${concurrency}, ${os.cpus().length} cores`);
  console.log(`intake latency ms: p50 ${percentile(latencies, 50).toFixed(1)}  p95 ${percentile(latencies, 95).toFixed(1)}  p99 ${percentile(latencies, 99).toFixed(1)}  max ${latencies[latencies.length - 1].toFixed(1)}`);
  console.log(`accepted ${(calls / (acceptedMs / 1000)).toFixed(1)} deliveries/s (${acceptedMs} ms)`);
  console.log(`carried out ${(calls / (doneMs / 1000)).toFixed(1)} calls/s end to end (${doneMs} ms), ${writes} ReferralRock writes`);

  await intake.close();
  await connected.close();
  await workers.shutdown();
  await running;
  await sandbox.close();
  await temporal.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
