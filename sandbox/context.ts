/**
 * What every route of one sandbox instance shares: the account (store), the settings for unknown
 * behaviours, the faults, the write log and the seed to reset to. Hung on the Fastify instance as
 * `app.sandbox` so in-process tests can reach the store directly.
 */
import type { Faults } from './faults';
import type { SandboxSettings } from './settings';
import type { SandboxStore } from './store';
import type { WebhookDispatcher } from './webhooks';
import type { RequestCounter } from './requestCounter';
import type { WriteLog } from './writeLog';

export interface SandboxContext {
  store: SandboxStore;
  /** Mutable at run time (PUT /_sandbox/settings); routes read it per request. */
  settings: SandboxSettings;
  /** The settings the sandbox started with; a reset goes back to them. */
  initialSettings: SandboxSettings;
  faults: Faults;
  writes: WriteLog;
  /** API requests answered, per route (GET /_sandbox/requests). */
  requests: RequestCounter;
  webhooks: WebhookDispatcher;
  publicKey: string;
  privateKey: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    sandbox: SandboxContext;
  }
  interface FastifyRequest {
    /** Set by a bulk route when no item was applied: the request is then not a write to log. */
    sandboxNothingApplied: boolean;
  }
}
