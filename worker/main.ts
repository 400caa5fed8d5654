/**
 * `npm run worker`: the worker alone, against TEMPORAL_ADDRESS (or the embedded dev server's
 * default address). Run as many as you like against one cluster to scale out.
 */
import { loadConfig, ConfigError } from '../config';
import { createLogger } from '../config/logger';
import { installRuntimeLogger } from './runtimeLogger';
import { createWorkers } from './createWorkers';
import { temporalAddress } from '../services/connectTemporal';
import { ensureDigestSchedules } from './digestSchedule';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config, 'worker');
  installRuntimeLogger(log);
  const address = temporalAddress(config);
  const workers = await createWorkers(config, address, (msg, f) => log.info(f ?? {}, msg));
  const schedules = await ensureDigestSchedules(workers.client, { taskQueue: config.temporal.taskQueue, timezone: config.policy.defaultTimezone });
  log.info({ schedules }, 'digest schedules');
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void workers.shutdown());
  log.info({ address, taskQueue: config.temporal.taskQueue }, 'worker running');
  await workers.run();
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
