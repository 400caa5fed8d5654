/**
 * The plumbing the admin command lines (`npm run review`, `npm run followup`) share: they talk to
 * Temporal directly (TEMPORAL_ADDRESS, or the embedded dev server's address), read their options
 * with node:util, and answer with one exit-status convention: 0 done, 1 refused or failed, 2 wrong
 * usage (then with the usage text).
 */
import os from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Client } from '@temporalio/client';
import { loadConfig, type Config } from '../config';
import { connectTemporal, temporalAddress, type TemporalConnection } from '../services/connectTemporal';

/** Wrong usage: exit status 2, the message and the usage text. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every admin command line takes. */
const COMMON_OPTIONS = {
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The command line's positionals and options (with --json, --help); anything node:util refuses is a UsageError. */
export function parseCommandLine<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: { ...options, ...COMMON_OPTIONS } });
  } catch (err) {
    // node:util reports unknown or malformed options as a TypeError; to the user it is usage.
    throw new UsageError((err as Error).message);
  }
}

/** Who a command acts as when not told: `$USER@cli`. */
export function defaultBy(): string {
  let user = process.env.USER;
  if (!user) {
    try {
      user = os.userInfo().username;
    } catch {
      user = 'unknown';
    }
  }
  return `${user}@cli`;
}

/** Runs `fn` with a Temporal client from the configuration, and closes the connection after. */
export async function withTemporal<T>(fn: (client: Client, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  let temporal: TemporalConnection;
  try {
    temporal = await connectTemporal(config);
  } catch (err) {
    throw new Error(`cannot reach Temporal at ${temporalAddress(config)}: ${(err as Error).message}`);
  }
  try {
    return await fn(temporal.client, config);
  } finally {
    await temporal.close();
  }
}

/**
 * Runs a command line's main and exits with its status: 2 with the usage text on a UsageError, 1
 * with the message on anything else (the surfaces' errors and ConfigError say what to do).
 */
export function runCli(main: (argv: string[]) => Promise<number>, usage: string): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      if (err instanceof UsageError) {
        console.error(`error: ${err.message}\n\n${usage}`);
        process.exit(2);
      }
      console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
