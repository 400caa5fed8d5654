/**
 * The shared conformance scripts (../shared/conformance), as outside checks run them, against this
 * build: the intake on a real port with the real Temporal starter, and the ReferralRock sandbox.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEV_CALL_WEBHOOK_SECRET, DEV_DIALNEXA_WEBHOOK_SECRET } from '../../config';
import { SHARED, startStack, type Stack } from '../helpers/stack';

const run = promisify(execFile);
let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

async function conformance(script: string, args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run('python3', [path.join(SHARED, 'conformance', script), ...args], { timeout: 300_000 });
    return { code: 0, out: stdout };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

test('webhooks.py: every answer code of the webhook contract', async () => {
  const { code, out } = await conformance('webhooks.py', ['--base', stack.intakeUrl, '--call-secret', DEV_CALL_WEBHOOK_SECRET, '--dialnexa-secret', DEV_DIALNEXA_WEBHOOK_SECRET]);
  expect(out).toMatch(/^22 passed, 0 failed$/m);
  expect(code).toBe(0);
}, 300_000);

test('referralrock_sandbox.py: the sandbox against the ReferralRock contract', async () => {
  const { code, out } = await conformance('referralrock_sandbox.py', ['--base', stack.sandbox.url]);
  expect(out).toMatch(/^31 passed, 0 failed$/m);
  expect(code).toBe(0);
}, 300_000);
