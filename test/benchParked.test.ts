/**
 * `npm run bench:parked` in miniature (about 30 s): its own dev server, sandbox, worker and intake
 * as processes, 20 parked reviews, 20 follow-up timers of which 10 fall due within 5 s of each other
 * 10 s after parking, a 3 s idle sample. Checks that the bench runs end to end and that its last
 * line carries what tools read from it; the figures themselves are the full run's business.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

test('bench:parked parks, lists, decides and times a burst, and ends with its JSON line', async () => {
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'bench/parked.ts', '--reviews', '20', '--timers', '20', '--burst', '10', '--lead-seconds', '10', '--window-seconds', '5', '--idle-seconds', '3'],
      { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent' }, timeout: 110_000, maxBuffer: 16 * 1024 * 1024 },
      (err, out, errOut) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout: out, stderr: errOut }),
    );
  });
  if (code !== 0) throw new Error(`bench:parked exited ${code}\n${stderr.slice(-3000)}`);
  const lines = stdout.trim().split('\n');
  const result = JSON.parse(lines[lines.length - 1]) as Record<string, unknown>;
  expect(result).toMatchObject({ reviews: 20, timers: 20, burst: 10, server: 'dev', listedCalls: 20, listErrors: 0, decideErrors: 0, stillPendingAfterDecide: 0, timersFired: 10 });
  expect(result.reviewReasons).toMatchObject({ high_value: 10, ambiguous_match: 10 });
  expect(result.timerStatuses).toEqual({ fired: 10 });
  for (const field of ['workerRssMb', 'workerRssBaselineMb', 'workerRssPeakMb', 'workerCpuIdlePct', 'listMs', 'listFirstPageP50Ms', 'decideAllMs', 'decideP50Ms', 'decideP99Ms', 'timerLatenessP50Ms', 'timerLatenessP99Ms', 'timerLatenessMaxMs', 'reminderWrittenP99Ms']) {
    expect(typeof result[field]).toBe('number');
    expect(result[field] as number).toBeGreaterThanOrEqual(0);
  }
  expect(result.workerRssMb as number).toBeGreaterThan(0);
  // A timer never fires before it is due.
  expect(result.timerLatenessP50Ms as number).toBeGreaterThanOrEqual(0);
  // The table comes before the JSON line.
  expect(stdout).toContain('| worker RSS, idle, everything parked |');
}, 120_000);
