/**
 * The embedded Temporal dev server (with its Web UI) used by `npm start` and the tests: the CLI's
 * `server start-dev`, persisted to a SQLite file so workflows survive a restart, with our search
 * attributes registered. SQLite in WAL mode with synchronous=NORMAL survives a process crash and is
 * about three times faster than the defaults on this size of machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { ALL_SEARCH_ATTRIBUTES } from '../workflows/searchAttributes';
import { temporalExecutable } from './temporalBinaries';

export interface DevServerOptions {
  port?: number;
  uiPort?: number;
  /** Omit for an in-memory server (tests). */
  dbFile?: string;
  namespace?: string;
  cliPath?: string;
  /** The codec server the Web UI asks to open sealed payloads (the intake's /codec). */
  uiCodecEndpoint?: string;
}

export interface DevServer {
  env: TestWorkflowEnvironment;
  address: string;
  uiUrl: string | null;
  stop(): Promise<void>;
}

export async function startDevServer(opts: DevServerOptions = {}): Promise<DevServer> {
  if (opts.dbFile) fs.mkdirSync(path.dirname(opts.dbFile), { recursive: true });
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: temporalExecutable('cli', opts.cliPath),
      port: opts.port,
      ip: '127.0.0.1',
      ui: opts.uiPort !== undefined,
      uiPort: opts.uiPort,
      dbFilename: opts.dbFile,
      namespace: opts.namespace ?? 'default',
      searchAttributes: ALL_SEARCH_ATTRIBUTES,
      extraArgs: ['--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=NORMAL', ...(opts.uiCodecEndpoint ? ['--ui-codec-endpoint', opts.uiCodecEndpoint] : [])],
    },
  });
  const address = env.connection.options.address as string;
  return {
    env,
    address,
    uiUrl: opts.uiPort !== undefined ? `http://127.0.0.1:${opts.uiPort}` : null,
    stop: () => env.teardown(),
  };
}
