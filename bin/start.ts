/**
 * `npm start`: the whole stack in one process on its embedded defaults — the Temporal dev server
 * with its Web UI (persisted under DATA_DIR, our search attributes registered), the ReferralRock
 * sandbox seeded with the demo program, the worker, and the intake. Each part is replaced by a
 * real one through configuration: TEMPORAL_ADDRESS for a cluster, REFERRALROCK_* for the real API.
 * Ctrl-C stops everything cleanly.
 */
import { loadConfig, ConfigError, DEV_ADMIN_TOKEN, DEV_CALL_WEBHOOK_SECRET, DEV_DIALNEXA_WEBHOOK_SECRET } from '../config';
import { createLogger } from '../config/logger';
import { installRuntimeLogger } from '../worker/runtimeLogger';
import { startDevServer, type DevServer } from '../worker/devServer';
import { createWorkers } from '../worker/createWorkers';
import { ensureDigestSchedules } from '../worker/digestSchedule';
import { startSandbox } from '../sandbox/server';
import { TemporalCallStarter } from '../services/startCall';
import { startIntake } from '../intake/main';
import { ReviewService } from '../services/review/reviewService';
import { FollowUpService } from '../services/followUps/followUpService';
import { InsightsService } from '../services/insights/insightsService';
import { openInsightsStore } from '../insights/openStore';
import { connectTemporal } from '../services/connectTemporal';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config, 'start');
  installRuntimeLogger(log);
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((err) => log.error({ err }, 'stop failed'));
  };

  try {
    let devServer: DevServer | null = null;
    if (!config.temporal.address) {
      log.info('starting the embedded Temporal dev server');
      devServer = await startDevServer({ port: config.temporal.port, uiPort: config.temporal.uiPort, dbFile: config.temporal.dbFile, namespace: config.temporal.namespace, cliPath: config.temporal.cliPath, uiCodecEndpoint: `${config.intake.publicBaseUrl}/codec` });
      stops.push(() => devServer!.stop());
    }
    const address = config.temporal.address ?? devServer!.address;

    let sandboxUrl: string | null = null;
    if (config.referralRock.sandbox) {
      const sandbox = await startSandbox({
        host: config.sandbox.host,
        port: config.sandbox.port,
        seed: config.sandbox.seedPath,
        publicKey: config.sandbox.publicKey,
        privateKey: config.sandbox.privateKey,
      });
      sandboxUrl = sandbox.url;
      stops.push(() => sandbox.close());
    }

    const workers = await createWorkers(config, address, (msg, f) => log.info(f ?? {}, msg));
    const workersDone = workers.run();
    const schedules = await ensureDigestSchedules(workers.client, { taskQueue: config.temporal.taskQueue, timezone: config.policy.defaultTimezone });
    log.info({ schedules }, 'digest schedules');
    stops.push(async () => {
      await workers.shutdown();
      await workersDone;
    });

    const { client, close } = await connectTemporal(config, { address });
    stops.push(close);
    const intake = await startIntake(config, {
      starter: new TemporalCallStarter(client, config.temporal.taskQueue),
      logger: log.child({ component: 'intake' }),
      reviewService: new ReviewService(client, { namespace: config.temporal.namespace, temporalUiUrl: config.temporal.uiUrl }),
      followUpService: new FollowUpService(client, { namespace: config.temporal.namespace, temporalUiUrl: config.temporal.uiUrl }),
      insightsService: new InsightsService(openInsightsStore(config.insights)),
    });
    stops.push(() => intake.close());

    printBanner(config, address, devServer?.uiUrl ?? null, sandboxUrl);
    workersDone.catch(async (err) => {
      log.error({ err }, 'worker stopped');
      await stopAll();
      process.exit(1);
    });
  } catch (err) {
    await stopAll();
    throw err;
  }

  let stopping = false;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      if (stopping) return;
      stopping = true;
      log.info('stopping');
      void stopAll().then(() => process.exit(0));
    });
  }
}

function printBanner(config: ReturnType<typeof loadConfig>, address: string, uiUrl: string | null, sandboxUrl: string | null): void {
  const lines = [
    '',
    'dialnexa-referralrock is running',
    `  intake           http://${config.intake.host}:${config.intake.port}  (POST /webhooks/calls, POST /webhooks/dialnexa)`,
    `  Temporal         ${address}${uiUrl ? `   Web UI ${uiUrl}` : ''}`,
    `  ReferralRock     ${sandboxUrl ? `${sandboxUrl}  (sandbox: GET /_sandbox/writes shows every write)` : config.referralRock.baseUrl}`,
  ];
  if (config.intake.usingDevSecrets) {
    lines.push(
      '  development webhook secrets (set CALL_WEBHOOK_SECRETS / DIALNEXA_WEBHOOK_SECRETS in production):',
      `    canonical  ${DEV_CALL_WEBHOOK_SECRET}`,
      `    DialNexa   ${DEV_DIALNEXA_WEBHOOK_SECRET}`,
    );
  }
  if (config.intake.adminToken) {
    const token = config.intake.adminToken === DEV_ADMIN_TOKEN ? DEV_ADMIN_TOKEN : '<ADMIN_TOKEN>';
    lines.push(`  review page      http://${config.intake.host}:${config.intake.port}/review?token=${token}`);
    lines.push(`  follow-ups       http://${config.intake.host}:${config.intake.port}/review/follow-ups?token=${token}`);
  }
  lines.push('  try: npm run simulate -- 01-referral-books-demo --now --wait', '  Ctrl-C stops everything.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
