/**
 * The codec server: operators who hold ADMIN_TOKEN (a bearer token, or the review page's session
 * cookie) read sealed payloads in the Temporal Web UI. In the UI, set the codec endpoint to
 * `<intake>/codec` (or start the UI with it); the UI then POSTs `{ payloads: [...] }` to
 * `/codec/decode` from its own origin, which is why these routes answer CORS for that origin only.
 *
 *   POST /codec/decode   { payloads: [{ metadata: { key: base64 }, data: base64 }] } -> same shape, opened
 *   POST /codec/encode   the reverse (the UI seals what an operator sends, e.g. an Update's argument)
 *
 * Without ADMIN_TOKEN the routes answer 404, like every admin surface.
 */
import type { ReviewerTokens } from '../services/reviewers/reviewerTokens';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { z } from 'zod';
import { ReviewAuth } from './adminUi/auth';

const jsonPayload = z.object({
  metadata: z.record(z.string(), z.string()).nullable().optional(),
  data: z.string().nullable().optional(),
});
export const codecBodySchema = z.object({ payloads: z.array(jsonPayload).max(1000) });
type JsonPayload = z.infer<typeof jsonPayload>;

const fromJson = (p: JsonPayload): Payload => ({
  metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
  data: p.data ? Buffer.from(p.data, 'base64') : undefined,
});
const toJson = (p: Payload): JsonPayload => ({
  metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
  data: p.data ? Buffer.from(p.data).toString('base64') : undefined,
});

export interface CodecRoutesOptions {
  codec: PayloadCodec;
  adminToken: string | undefined;
  /** Per-reviewer tokens (services/reviewers/reviewerTokens.ts), besides the shared ADMIN_TOKEN. */
  reviewers?: ReviewerTokens | null;
  /** The Temporal Web UI's origin (e.g. http://127.0.0.1:8233), allowed to call from the browser. */
  uiOrigin: string | null;
}

export function registerCodecRoutes(parent: FastifyInstance, opts: CodecRoutesOptions): void {
  void parent.register(async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
      try {
        done(null, JSON.parse(String(body)));
      } catch {
        done(Object.assign(new Error('the body is not valid JSON'), { statusCode: 400 }), undefined);
      }
    });
    const auth = opts.adminToken ? new ReviewAuth(opts.adminToken, opts.reviewers ?? null) : null;
    const cors = (req: FastifyRequest, reply: FastifyReply) => {
      const origin = req.headers.origin;
      if (origin && opts.uiOrigin && origin === opts.uiOrigin) {
        reply.header('access-control-allow-origin', origin);
        reply.header('access-control-allow-credentials', 'true');
        reply.header('access-control-allow-headers', 'content-type, x-namespace, authorization');
        reply.header('access-control-allow-methods', 'POST, OPTIONS');
        reply.header('vary', 'origin');
      }
    };
    for (const op of ['decode', 'encode'] as const) {
      app.options(`/codec/${op}`, async (req, reply) => {
        if (!auth) return reply.code(404).send({ error: 'not_found' });
        cors(req, reply);
        return reply.code(204).send();
      });
      app.post(`/codec/${op}`, async (req, reply) => {
        if (!auth) return reply.code(404).send({ error: 'not_found' });
        cors(req, reply);
        if (!auth.authenticate(req)) return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized' });
        const parsed = codecBodySchema.safeParse(req.body);
        if (!parsed.success) return reply.code(400).send({ error: 'invalid_body', message: 'expected { payloads: [{ metadata, data }] } with base64 values' });
        try {
          const payloads = parsed.data.payloads.map(fromJson);
          const out = op === 'decode' ? await opts.codec.decode(payloads) : await opts.codec.encode(payloads);
          return reply.send({ payloads: out.map(toJson) });
        } catch (err) {
          // A payload sealed with a key we do not hold, or tampered with: the caller's input, not our fault.
          return reply.code(422).send({ error: 'cannot_decode', message: (err as Error).message });
        }
      });
    }
  });
}
