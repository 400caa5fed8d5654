/**
 * The HTTP behaviour shared by every /api route, in the order a request meets it:
 *   1. faults (latency, down, 429, 5xx): a flaky gateway answers before the app checks anything;
 *   2. Basic auth with publicKey:privateKey (reference §1);
 *   3. JSON bodies (also on DELETE, also `text/json`; an empty body is "no body");
 *   4. the write log, fed on the way out with the writes that were accepted;
 *   5. ASP.NET-style error bodies `{ Message }` for refusals, unknown routes and crashes.
 * /_sandbox routes skip 1, 2 and 4.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BadRequest } from './params';
import type { SandboxContext } from './context';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isApiPath(url: string): boolean {
  const lower = url.toLowerCase();
  return lower === '/api' || lower.startsWith('/api/') || lower.startsWith('/api?');
}

function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function authorised(header: string | undefined, ctx: SandboxContext): boolean {
  if (!header) return false;
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!m) return false;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1) return false;
  return decoded.slice(0, colon) === ctx.publicKey && decoded.slice(colon + 1) === ctx.privateKey;
}

export function installHttpBehaviour(app: FastifyInstance, ctx: SandboxContext): void {
  app.decorateRequest('sandboxNothingApplied', false);

  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!isApiPath(req.url)) return;
    const faults = ctx.faults.get();
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    const decision = ctx.faults.decide(WRITE_METHODS.has(req.method));
    if (decision.kind === 'down') {
      return reply.code(503).header('retry-after', String(faults.retryAfterSeconds)).send({ Message: 'The service is unavailable.' });
    }
    if (decision.kind === 'rateLimit') {
      return reply.code(429).header('retry-after', String(decision.retryAfterSeconds)).send(ctx.settings.rateLimitBody);
    }
    if (decision.kind === 'error') {
      return reply.code(decision.status).send({ Message: 'An error has occurred.' });
    }
    if (!authorised(req.headers.authorization, ctx)) {
      return reply.code(ctx.settings.unauthorizedStatus).send(ctx.settings.unauthorizedBody);
    }
  });

  // JSON bodies: ASP.NET accepts application/json and text/json; an empty body binds as null.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(['application/json', 'text/json'], { parseAs: 'string', bodyLimit: 5 * 1024 * 1024 }, (_req, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new BadRequest('The request is invalid: the body is not valid JSON.'), undefined);
    }
  });

  app.addHook('onSend', async (req, reply, payload) => {
    if (!isApiPath(req.url) || !WRITE_METHODS.has(req.method)) return payload;
    if (reply.statusCode < 200 || reply.statusCode >= 300 || req.sandboxNothingApplied) return payload;
    ctx.writes.record({
      at: new Date().toISOString(),
      method: req.method,
      path: pathOf(req.url),
      query: { ...(req.query as Record<string, unknown>) },
      body: req.body ?? null,
    });
    if (ctx.faults.loseResponse()) {
      // Applied and logged, but the client never hears so: its retry must not write again.
      reply.code(502).type('application/json; charset=utf-8');
      return JSON.stringify({ Message: 'Bad gateway: the response was lost.' });
    }
    return payload;
  });

  app.setErrorHandler((err: unknown, req, reply) => {
    if (err instanceof BadRequest) return reply.code(ctx.settings.validationStatus).send({ Message: err.message });
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) return reply.code(status).send({ Message: (err as Error).message });
    req.log.error({ err }, 'sandbox route failed');
    return reply.code(500).send({ Message: 'An error has occurred.' });
  });

  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send({ Message: `No HTTP resource was found that matches the request URI '${req.url}'.` });
  });
}

/** The answer of a single-get that found nothing (settings.notFoundStatus; 200 means a JSON null). */
export function sendNotFound(reply: FastifyReply, ctx: SandboxContext, message: string): FastifyReply {
  const status = ctx.settings.notFoundStatus;
  if (status >= 200 && status < 300) return reply.code(status).type('application/json; charset=utf-8').send('null');
  return reply.code(status).send({ Message: message });
}
