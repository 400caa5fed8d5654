/**
 * `npm run sandbox`: the ReferralRock sandbox on its own, configured by config/index.ts
 * (SANDBOX_HOST, SANDBOX_PORT (4010), SANDBOX_SEED (sandbox/demo-seed.json),
 * REFERRALROCK_SANDBOX_PUBLIC_KEY / _PRIVATE_KEY). Prints its URL; stops cleanly on SIGINT/SIGTERM.
 */
import { ConfigError, loadConfig } from '../config';
import { startSandbox } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const { host, port, seedPath, publicKey, privateKey } = config.sandbox;
  const sandbox = await startSandbox({
    host,
    port,
    seed: seedPath,
    publicKey,
    privateKey,
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
  });
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
    process.stderr.write(`warning: SANDBOX_HOST=${host} exposes the unauthenticated /_sandbox control endpoints beyond this machine\n`);
  }
  process.stdout.write(`ReferralRock sandbox listening on ${sandbox.url} (seed ${seedPath}; control endpoints under ${sandbox.url}/_sandbox/)\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`ReferralRock sandbox stopping (${signal})\n`);
    sandbox.close().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`ReferralRock sandbox did not stop cleanly: ${String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
