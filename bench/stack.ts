/**
 * What the production-shaped benches (bench/production.ts, bench/parked.ts) share: the Temporal
 * server they run against (`--server dev|postgres|HOST:PORT`), our entry points as processes of
 * their own (the sandbox, the worker, the intake), waiting for them, stopping them, and running a
 * number of timed tasks a few at a time.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startDevServer, type DevServer } from '../worker/devServer';
import { freePort } from '../test/helpers/freePort';

export const ROOT = path.resolve(__dirname, '..');

/** `--server`: the embedded dev server, `npm run cluster` (Temporal on PostgreSQL), or an address. */
export const SERVER_PATTERN = /^(?:dev|postgres|[\w.-]+:\d+)$/;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface TemporalServer {
  address: string;
  /** The dev server this bench started (stop it at the end), or null for one that runs on. */
  dev: DevServer | null;
}

/**
 * --server dev: the embedded dev server (SQLite file under `dataDir`, `npm start`'s settings) on a
 * free port; postgres: `npm run cluster` (Temporal on PostgreSQL, left running); ADDRESS: a server
 * already running there.
 */
export async function startTemporal(server: string, dataDir: string): Promise<TemporalServer> {
  if (server === 'dev') {
    const dev = await startDevServer({ dbFile: path.join(dataDir, 'temporal.sqlite'), port: await freePort() });
    return { address: dev.address, dev };
  }
  if (server === 'postgres') {
    const address = execFileSync('bash', ['scripts/cluster.sh', 'up'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()!.replace(/^TEMPORAL_ADDRESS=/, '');
    return { address, dev: null };
  }
  return { address: server, dev: null };
}

/** A TypeScript entry point as a process of its own (tsx as a loader, so a kill reaches it). */
export function spawnTs(entry: string, env: NodeJS.ProcessEnv, name: string, log: string[]): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (d: Buffer) => {
    log.push(`[${name}] ${d.toString().trimEnd()}`);
    if (log.length > 200) log.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

/** SIGTERM to each child still running, SIGKILL half a second later to any that did not stop. */
export async function stopProcesses(children: ChildProcess[]): Promise<void> {
  for (const c of children) if (c.exitCode == null) c.kill('SIGTERM');
  await sleep(500);
  for (const c of children) if (c.exitCode == null) c.kill('SIGKILL');
}

export async function waitFor(what: string, check: () => Promise<boolean>, children: ChildProcess[], log: string[], ms = 180_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const dead = children.find((c) => c.exitCode != null);
    if (dead) throw new Error(`${what}: a process exited (${dead.exitCode})\n${log.slice(-30).join('\n')}`);
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`${what}: not ready after ${ms / 1000} s\n${log.slice(-30).join('\n')}`);
}

/** Runs `count` tasks `concurrency` at a time; each task's latency in ms. */
export async function paced(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<{ latencies: number[]; elapsedMs: number }> {
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const started = performance.now();
        await task(i);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), elapsedMs: performance.now() - t0 };
}

/** 0 -> "a", 25 -> "z", 26 -> "ba": a number as letters, for names that must differ. */
export function lettersOf(n: number): string {
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  } while (n > 0);
  return out;
}

/** A history event's time in epoch milliseconds (0 when it has none). */
export const eventMs = (t: { seconds?: unknown; nanos?: number | null } | null | undefined) => (t ? Number(t.seconds ?? 0) * 1000 + (t.nanos ?? 0) / 1e6 : 0);

/**
 * The workflow bundle built ahead of time, as the container image has it (`npm run build`): the
 * worker loads it rather than running webpack at start, which would cost it about 125 MB of RSS
 * that production does not pay (issue 9).
 */
export function buildWorkflowBundle(dataDir: string): string {
  const out = path.join(dataDir, 'workflow-bundle.js');
  execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'build-workflow-bundle.ts'), out], { cwd: ROOT, stdio: 'ignore' });
  return out;
}

/**
 * The environment every process of a bench stack shares: Temporal, the task queue, the sandbox as
 * ReferralRock (local, so the write queue may run as fast as the machine allows), the intake's port,
 * and the prebuilt workflow bundle (WORKFLOW_BUNDLE_PATH, unless the caller's environment names one).
 */
export function stackEnv(o: { address: string; taskQueue: string; sandboxPort: number; seedFile: string; intakePort: number; dataDir: string }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TEMPORAL_ADDRESS: o.address,
    TEMPORAL_TASK_QUEUE: o.taskQueue,
    SANDBOX_PORT: String(o.sandboxPort),
    SANDBOX_SEED: o.seedFile,
    REFERRALROCK_BASE_URL: `http://127.0.0.1:${o.sandboxPort}`,
    REFERRALROCK_PUBLIC_KEY: 'sandbox-public-key',
    REFERRALROCK_PRIVATE_KEY: 'sandbox-private-key',
    REFERRALROCK_PROGRAM: 'prog-brightside',
    REFERRALROCK_MAX_ACTIVITIES_PER_SECOND: '1000',
    INTAKE_PORT: String(o.intakePort),
    DATA_DIR: o.dataDir,
    LOG_LEVEL: 'warn',
    WORKFLOW_BUNDLE_PATH: process.env.WORKFLOW_BUNDLE_PATH ?? buildWorkflowBundle(o.dataDir),
  };
}
