/**
 * Runs one of the admin command lines (client/review.ts, client/followup.ts) as a person would: a
 * separate process, talking to the stack's Temporal dev server through TEMPORAL_ADDRESS.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import type { Stack } from './stack';

const ROOT = path.resolve(__dirname, '..', '..');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `script` relative to the repository (e.g. client/review.ts); USER is "tester", so `$USER@cli` is tester@cli. */
export function runCli(stack: Stack, script: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), script, ...args],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, USER: 'tester', TEMPORAL_ADDRESS: stack.temporal.address, TEMPORAL_NAMESPACE: stack.config.temporal.namespace, TEMPORAL_TASK_QUEUE: stack.config.temporal.taskQueue, LOG_LEVEL: 'silent' },
        timeout: 60_000,
      },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
