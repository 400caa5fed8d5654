/**
 * Runs the intake with a RecordingStarter for the shared conformance script:
 *   npx tsx test/intake/conformanceServer.ts [port]        (prints the command to run, then serves)
 *   npx tsx test/intake/conformanceServer.ts --run [port]  (serves, runs webhooks.py, exits with its status)
 * Uses the development secrets and a throw-away dead-letter directory. CONFORMANCE_PYTHON picks the
 * interpreter (one with the `standardwebhooks` package signs with the reference library).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEV_CALL_WEBHOOK_SECRET, DEV_DIALNEXA_WEBHOOK_SECRET, loadConfig } from '../../config';
import { startIntake } from '../../intake/main';
import { RecordingStarter } from './recordingStarter';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const run = args.includes('--run');
  const port = Number(args.find((a) => /^\d+$/.test(a)) ?? 0);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'intake-conformance-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error' });
  const intake = await startIntake(config, { starter: new RecordingStarter(), port });
  const script = path.resolve(__dirname, '../../../shared/conformance/webhooks.py');
  const cmd = [process.env.CONFORMANCE_PYTHON || 'python3', script, '--base', intake.url, '--call-secret', DEV_CALL_WEBHOOK_SECRET, '--dialnexa-secret', DEV_DIALNEXA_WEBHOOK_SECRET];
  if (!run) {
    console.log(`intake on ${intake.url}; run:\n  ${cmd.join(' ')}`);
    return;
  }
  const child = spawn(cmd[0], cmd.slice(1), { stdio: 'inherit' });
  const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  await intake.close();
  process.exit(code);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
