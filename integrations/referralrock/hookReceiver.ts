/**
 * Where ReferralRock's record webhooks land for the live record index: a small HTTP listener in the
 * worker process (the index lives there), `POST /referralrock/hooks/<secret>/<Event>`.
 *
 * ReferralRock does not document how it signs deliveries, and its body carries no event name
 * (reference §5), so the subscription URL carries both: the event, and a secret that only this
 * worker and ReferralRock know. A wrong secret is a 404 (nothing to learn); an unknown event or a
 * body that is not a JSON object is a 400, logged, never a 5xx: ReferralRock retrying cannot fix it.
 */
import { timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import type { RecordHookEvent } from './schemas';
import type { EventOutcome } from './liveDirectory';

export interface HookReceiverOptions {
  host: string;
  /** 0: any free port (read it back from `url`). */
  port: number;
  secret: string;
  apply: (event: string, body: unknown) => Promise<EventOutcome>;
  log?: (msg: string, fields?: Record<string, unknown>) => void;
}

export interface HookReceiver {
  /** The listener's own base URL, e.g. http://127.0.0.1:4020. */
  url: string;
  close(): Promise<void>;
}

/** The path a subscription for `event` posts to. */
export function hookPath(secret: string, event: RecordHookEvent): string {
  return `/referralrock/hooks/${encodeURIComponent(secret)}/${event}`;
}

export async function startHookReceiver(options: HookReceiverOptions): Promise<HookReceiver> {
  const app: FastifyInstance = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  const expected = Buffer.from(options.secret);
  app.post<{ Params: { secret: string; event: string } }>('/referralrock/hooks/:secret/:event', async (req, reply) => {
    const given = Buffer.from(req.params.secret);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return reply.code(404).send({ error: 'not_found' });
    if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body)) {
      options.log?.('record index: a webhook body that is not a JSON object', { event: req.params.event });
      return reply.code(400).send({ error: 'body must be a JSON object' });
    }
    const outcome = await options.apply(req.params.event, req.body);
    if (outcome === 'unknown_event') return reply.code(400).send({ error: `unknown event ${req.params.event}` });
    return reply.code(204).send();
  });
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { url: `http://${host}:${port}`, close: () => app.close() };
}
