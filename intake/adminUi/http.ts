/** Small request and reply helpers the admin routes (review, follow-ups) share. */
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The admin APIs live under /review/api/ and /insights/api/: their answers are JSON, everything else is a page. */
export function isApi(req: FastifyRequest): boolean {
  return req.url.startsWith('/review/api/') || req.url.startsWith('/insights/api/');
}

export function sendHtml(reply: FastifyReply, body: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').send(body);
}

/** A form's (or JSON body's) string fields; anything else is left out. */
export function formFields(body: unknown): Record<string, string | undefined> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** Renders a page with a title and a one-line message (errors, sign-in, "off"). */
export type MessagePage = (title: string, message: string) => string;
