/**
 * Dead-letter admin API: list, show, replay, delete. Behind a bearer token; with no token
 * configured the routes are not registered at all (404), so an intake exposed to the internet
 * never offers an unauthenticated way to read webhook bodies (they carry caller PII).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DeadLetterStore } from './deadLetter';
import type { IntakeMetrics } from './metrics';
import type { ProcessDeps } from './processDelivery';
import { replayDeadLetter } from './replay';

export interface AdminRouteDeps {
  adminToken: string;
  deadLetters: DeadLetterStore;
  processDeps: ProcessDeps;
  metrics: IntakeMetrics;
}

export function registerAdminRoutes(root: FastifyInstance, deps: AdminRouteDeps): void {
  // An encapsulated scope, so its lenient body parser does not leak into the webhook routes.
  void root.register(async (app) => adminRoutes(app, deps));
}

async function adminRoutes(app: FastifyInstance, deps: AdminRouteDeps): Promise<void> {
  // `curl -X POST` and fetch('', ...) send an empty body with no or a text content type: accept any
  // type here and let the replay route insist on JSON only when there is a body to read.
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  const expected = sha256(deps.adminToken);
  const authorize = async (req: FastifyRequest, reply: FastifyReply) => {
    const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
    // Hashing both sides gives equal lengths, so the comparison is constant-time whatever is sent.
    if (!m || !timingSafeEqual(sha256(m[1].trim()), expected)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized', message: 'a valid admin bearer token is required' });
    }
  };

  app.get('/admin/dead-letters', { onRequest: authorize }, async () => ({ deadLetters: await deps.deadLetters.list() }));

  app.get<{ Params: { id: string } }>('/admin/dead-letters/:id', { onRequest: authorize }, async (req, reply) => {
    const entry = await deps.deadLetters.get(req.params.id);
    return entry ?? reply.code(404).send({ error: 'not_found', message: `no dead letter ${req.params.id}` });
  });

  app.delete<{ Params: { id: string } }>('/admin/dead-letters/:id', { onRequest: authorize }, async (req, reply) => {
    const removed = await deps.deadLetters.remove(req.params.id);
    return removed ? { removed: true, id: req.params.id } : reply.code(404).send({ error: 'not_found', message: `no dead letter ${req.params.id}` });
  });

  /**
   * Optional JSON body `{ "body": "<fixed raw body>" }` replaces the stored body first; query
   * `force=true` replays an unedited body whose signature no longer verifies.
   */
  app.post<{ Params: { id: string }; Querystring: { force?: string } }>(
    '/admin/dead-letters/:id/replay',
    { onRequest: authorize },
    async (req, reply) => {
      let editedBody: Buffer | undefined;
      const raw = req.body;
      if (Buffer.isBuffer(raw) && raw.length > 0) {
        if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
          return reply.code(415).send({ error: 'unsupported_media_type', message: 'send { "body": "<raw body>" } as application/json, or no body' });
        }
        let parsed: unknown;
        try {
          parsed = JSON.parse(raw.toString('utf8'));
        } catch {
          return reply.code(400).send({ error: 'invalid_json', message: 'the replay request body must be JSON: { "body": "<raw body>" }' });
        }
        const body = (parsed as { body?: unknown } | null)?.body;
        if (body !== undefined && typeof body !== 'string') {
          return reply.code(400).send({ error: 'invalid_request', message: '"body" must be the raw delivery body as a string' });
        }
        if (typeof body === 'string') editedBody = Buffer.from(body, 'utf8');
      }
      const force = req.query.force === 'true' || req.query.force === '1';
      const result = await replayDeadLetter(deps.deadLetters, req.params.id, deps.processDeps, { editedBody, force });
      if (!result) return reply.code(404).send({ error: 'not_found', message: `no dead letter ${req.params.id}` });
      deps.metrics.replays.inc({ outcome: result.outcome.kind === 'rejected' ? result.outcome.reason : result.outcome.kind });
      req.log.info({ deadLetterId: result.id, outcome: result.outcome.kind, signature: result.signature, removed: result.removed }, 'dead letter replayed');
      return reply
        .code(result.answer.statusCode)
        .headers(result.answer.headers ?? {})
        .send({ ...result.answer.body, deadLetterId: result.id, signature: result.signature, removed: result.removed });
    },
  );
}

function sha256(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}
