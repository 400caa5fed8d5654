/**
 * The ReferralRock sandbox: a local Fastify server that answers every call the service makes the
 * way the documented API does (contracts/referralrock-api.md). `buildSandboxApp` gives the Fastify
 * instance (in-process tests use `app.inject` or listen themselves); `startSandbox` listens and
 * hands back its URL, its store and a `close()`.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { LoggerOptions } from 'pino';
import type { SandboxContext } from './context';
import { Faults } from './faults';
import { installHttpBehaviour } from './http';
import { controlRoutes } from './routes/control';
import { emailRoutes } from './routes/email';
import { hookRoutes } from './routes/hooks';
import { memberRoutes } from './routes/members';
import { memberStatsRoutes } from './routes/memberStats';
import { programRoutes } from './routes/programs';
import { referralRoutes } from './routes/referrals';
import { parseSeed, type SeedFile } from './seed';
import { resolveSettings, settingsPatchSchema, type SandboxSettings } from './settings';
import { SandboxStore } from './store';
import { WebhookDispatcher } from './webhooks';
import { WriteLog } from './writeLog';
import { RequestCounter } from './requestCounter';

export const DEFAULT_SANDBOX_PUBLIC_KEY = 'sandbox-public-key';
export const DEFAULT_SANDBOX_PRIVATE_KEY = 'sandbox-private-key';

export interface SandboxOptions {
  /** Default 127.0.0.1 (loopback: the control endpoints have no auth). */
  host?: string;
  /** 0 = a random free port. Default 0. */
  port?: number;
  /** The starting state: a seed object, or the path of a seed JSON file. */
  seed: SeedFile | string;
  publicKey?: string;
  privateKey?: string;
  /** false (default) = silent; otherwise pino options for Fastify's logger. */
  logger?: false | LoggerOptions;
  /** Readings of the API's unknown behaviours (see settings.ts); omitted ones keep their default. */
  settings?: Partial<SandboxSettings>;
  /** Source of randomness for faults (tests can make them deterministic). */
  random?: () => number;
}

export interface SandboxHandle {
  url: string;
  port: number;
  close(): Promise<void>;
  store: SandboxStore;
  app: FastifyInstance;
}

export { SandboxStore } from './store';
export type { SeedFile } from './seed';
export type { SandboxSettings } from './settings';
export type { FaultSettings } from './faults';
export type { WriteEntry } from './writeLog';

export function buildSandboxApp(opts: SandboxOptions): FastifyInstance {
  const given = settingsPatchSchema.safeParse(opts.settings ?? {});
  if (!given.success) throw new Error(`Invalid sandbox settings: ${given.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  const initialSettings = resolveSettings(given.data);
  const seed = parseSeed(opts.seed);
  const store = new SandboxStore(seed, initialSettings.referralUrlBase);
  const ctx: SandboxContext = {
    store,
    settings: { ...initialSettings },
    initialSettings,
    faults: new Faults(opts.random),
    writes: new WriteLog(),
    requests: new RequestCounter(),
    webhooks: new WebhookDispatcher(() => store.hooks.values()),
    publicKey: opts.publicKey ?? DEFAULT_SANDBOX_PUBLIC_KEY,
    privateKey: opts.privateKey ?? DEFAULT_SANDBOX_PRIVATE_KEY,
  };

  const app = Fastify({
    logger: opts.logger ?? false,
    // ASP.NET routes are case-insensitive (/API/Members works) and ignore a trailing slash.
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true },
    bodyLimit: 5 * 1024 * 1024,
  });
  app.decorate('sandbox', ctx);
  app.addHook('onResponse', async (req) => {
    const route = req.routeOptions.url;
    if (route && route.toLowerCase().startsWith('/api/')) ctx.requests.add(req.method, route);
  });
  installHttpBehaviour(app, ctx);
  programRoutes(app, ctx);
  memberRoutes(app, ctx);
  memberStatsRoutes(app, ctx);
  referralRoutes(app, ctx);
  emailRoutes(app, ctx);
  hookRoutes(app, ctx);
  controlRoutes(app, ctx);
  return app;
}

export async function startSandbox(opts: SandboxOptions): Promise<SandboxHandle> {
  const app = buildSandboxApp(opts);
  const host = opts.host ?? '127.0.0.1';
  await app.listen({ host, port: opts.port ?? 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 0);
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    // Waits for web-hook deliveries in flight (each times out after 5 s) so nothing outlives close().
    close: async () => {
      await app.close();
      await app.sandbox.webhooks.settle();
    },
    store: app.sandbox.store,
    app,
  };
}
