/**
 * The whole service, in-process, on real servers, for integration tests: a Temporal dev server
 * (in memory, random port), the ReferralRock sandbox (random port, the shared example seed), the
 * workers, and the intake listening on a random port with the real Temporal starter. Each stack
 * has its own task queue and data folder, so suites never see each other's work.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config, DEV_CALL_WEBHOOK_SECRET, DEV_DIALNEXA_WEBHOOK_SECRET } from '../../config';
import { startDevServer, type DevServer } from '../../worker/devServer';
import { createWorkers, type Workers } from '../../worker/createWorkers';
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { buildIntakeServer } from '../../intake/server';
import { FileDeadLetterStore } from '../../intake/deadLetter';
import { TemporalCallStarter } from '../../services/startCall';
import { connectTemporal } from '../../services/connectTemporal';

export const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
export const EXAMPLES = path.join(SHARED, 'examples');
export const EXAMPLE_SEED = path.join(EXAMPLES, 'referralrock-seed.json');

export interface Stack {
  config: Config;
  temporal: DevServer;
  client: Client;
  sandbox: SandboxHandle;
  intake: FastifyInstance;
  intakeUrl: string;
  deadLetters: FileDeadLetterStore;
  workers: Workers | null;
  startWorkers(): Promise<void>;
  stopWorkers(): Promise<void>;
  stop(): Promise<void>;
}

export interface StackOptions {
  env?: Record<string, string>;
  workers?: boolean;
  temporal?: DevServer;
  /** The sandbox's source of randomness for injected faults (tests seed it: test/helpers/seededRandom.ts). */
  sandboxRandom?: () => number;
}

export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  const temporal = opts.temporal ?? (await startDevServer());
  const sandbox = await startSandbox({ seed: EXAMPLE_SEED, random: opts.sandboxRandom });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dnrr-test-'));
  const config = loadConfig({
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_TASK_QUEUE: `test-${randomUUID().slice(0, 8)}`,
    REFERRALROCK_BASE_URL: sandbox.url,
    REFERRALROCK_PUBLIC_KEY: 'sandbox-public-key',
    REFERRALROCK_PRIVATE_KEY: 'sandbox-private-key',
    REFERRALROCK_PROGRAM: 'prog-brightside',
    // Every call sees the sandbox as it is now: tests change it between calls.
    REFERRALROCK_DIRECTORY_TTL_SECONDS: '0',
    CALL_WEBHOOK_SECRETS: DEV_CALL_WEBHOOK_SECRET,
    DIALNEXA_WEBHOOK_SECRETS: DEV_DIALNEXA_WEBHOOK_SECRET,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...opts.env,
  });
  const { client, close: closeClient } = await connectTemporal(config);
  const deadLetters = new FileDeadLetterStore(config.intake.deadLetterDir);
  const intake = buildIntakeServer({ config: config.intake, starter: new TemporalCallStarter(client, config.temporal.taskQueue), deadLetters });
  await intake.listen({ host: '127.0.0.1', port: 0 });
  const address = intake.server.address();
  const intakeUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  let running: Promise<void> | null = null;
  const stack: Stack = {
    config,
    temporal,
    client,
    sandbox,
    intake,
    intakeUrl,
    deadLetters,
    workers: null,
    async startWorkers() {
      stack.workers = await createWorkers(config, temporal.address);
      running = stack.workers.run();
    },
    async stopWorkers() {
      if (!stack.workers) return;
      await stack.workers.shutdown();
      await running;
      stack.workers = null;
    },
    async stop() {
      await stack.stopWorkers();
      await intake.close();
      await closeClient();
      await sandbox.close();
      if (!opts.temporal) await temporal.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  if (opts.workers !== false) await stack.startWorkers();
  return stack;
}

/** A canonical call body as the examples hold it: loosely typed, since tests also break it on purpose. */
export type ExampleBody = {
  type: string;
  timestamp?: string;
  data: {
    call_id: string;
    direction: string;
    started_at: string;
    ended_at: string;
    duration_seconds?: number;
    from_number?: string;
    transcript: { speaker: string; text: string; start_ms?: number; end_ms?: number }[];
    [field: string]: unknown;
  };
};

/** Reads one of the shared example calls, with a fresh call id so suites never collide. */
export function exampleCall(file: string, callId?: string): ExampleBody {
  const body = JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')) as ExampleBody;
  body.data.call_id = callId ?? `${body.data.call_id}_${randomUUID().slice(0, 8)}`;
  return body;
}

/** An example call moved `days` ahead of now, so the follow-up it asks for is still waiting. */
export function futureExampleCall(file: string, days = 2): ExampleBody {
  const body = exampleCall(file);
  const duration = Date.parse(body.data.ended_at) - Date.parse(body.data.started_at);
  const start = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  body.data.started_at = start.toISOString();
  body.data.ended_at = new Date(start.getTime() + duration).toISOString();
  body.timestamp = body.data.ended_at;
  return body;
}
