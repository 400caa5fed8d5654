/**
 * The README's walk-through is itself a test: `npm start` on its embedded defaults, then every
 * command of the README's "second terminal" blocks, in the order the README shows them, each
 * answering 0. The commands are read from README.md, not copied here, so a README that drifts from
 * the code fails this test. Commands that follow a call's progress (a review waiting, a follow-up
 * scheduled) are given the seconds a person would take between them.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** The `npm run ...` lines of the README's shell blocks before "## How a call flows", in order. */
export function walkthroughCommands(readme: string): string[] {
  const head = readme.split(/^## How a call flows/m)[0];
  const blocks = [...head.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks
    .flatMap((b) => b.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.startsWith('npm run '));
}

/** How long a command may take to succeed: the seconds a person would wait for the call to get there. */
const PATIENCE_MS = 60_000;

let service: ChildProcess | null = null;
let dataDir: string;
let log = '';

async function waitForIntake(): Promise<void> {
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    if (service?.exitCode != null) throw new Error(`npm start exited (${service.exitCode}):\n${log.slice(-3000)}`);
    try {
      if ((await fetch('http://127.0.0.1:3000/readyz')).ok && (await fetch('http://127.0.0.1:4010/_sandbox/writes')).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`npm start did not get ready:\n${log.slice(-3000)}`);
}

beforeAll(async () => {
  // The walk-through uses the README's own ports: another `npm start` on them would answer instead.
  const taken = await fetch('http://127.0.0.1:3000/healthz').then(
    () => true,
    () => false,
  );
  if (taken) throw new Error('something already answers on 127.0.0.1:3000 (an `npm start`?): stop it, the README walk-through test runs its own');
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-'));
  service = spawn('npm', ['start'], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  service.stdout?.on('data', (d) => (log += d));
  service.stderr?.on('data', (d) => (log += d));
  await waitForIntake();
}, 240_000);

afterAll(async () => {
  if (service?.pid && service.exitCode == null) {
    process.kill(-service.pid, 'SIGINT');
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        if (service?.pid) process.kill(-service.pid, 'SIGKILL');
        resolve();
      }, 20_000);
      service?.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

test('the README names the walk-through it promises', () => {
  const commands = walkthroughCommands(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
  for (const cli of ['simulate', 'plan', 'review', 'followup', 'deadletter', 'insights', 'reviewers']) {
    expect(commands.some((c) => c.startsWith(`npm run ${cli} `))).toBe(true);
  }
});

test('every command of the README walk-through works, in order, against npm start', async () => {
  const commands = walkthroughCommands(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
  for (const command of commands) {
    const until = Date.now() + PATIENCE_MS;
    let last = '';
    for (;;) {
      const r = spawnSync('bash', ['-c', command], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8', timeout: 120_000 });
      if (r.status === 0) break;
      last = `${r.stdout}\n${r.stderr}`.trim();
      if (Date.now() > until) throw new Error(`README command failed: ${command}\n${last.slice(-2000)}`);
      await new Promise((res) => setTimeout(res, 2000));
    }
  }
  // The walk-through did what it says: the approved call's writes landed, the picked call's note is on ref_pat2.
  const writes = ((await (await fetch('http://127.0.0.1:4010/_sandbox/writes')).json()) as { writes: Array<{ body: unknown; path?: string }> }).writes;
  expect(writes.some((w) => JSON.stringify(w).includes('call_ex_07'))).toBe(true);
  expect(writes.some((w) => JSON.stringify(w).includes('call_ex_06') && JSON.stringify(w).includes('ref_pat2'))).toBe(true);
}, 900_000);
