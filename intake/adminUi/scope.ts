/**
 * The Fastify scope every admin route set (review, follow-ups) lives in: its own body parsers (JSON
 * and forms), security headers, and one error handler answering the API in JSON and the pages with
 * a message page. Being its own scope, none of this touches the webhook routes, which must see their
 * bodies' exact bytes.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ServiceError } from '../../services/serviceError';
import { httpStatusOf } from './httpStatus';
import { isApi, sendHtml, type MessagePage } from './http';

export interface AdminScopeOptions {
  /** The surface's own error class: its errors answer with their status, code and issues. */
  errorClass: abstract new (...args: never[]) => ServiceError;
  /** The error a body that is not JSON becomes (a 400 of the surface's own kind). */
  invalidJson: () => ServiceError;
  /** Logged with each 5xx, e.g. "review request failed". */
  failureLog: string;
  page: MessagePage;
}

export function installAdminScope(app: FastifyInstance, opts: AdminScopeOptions): void {
  // Whatever the parent app parses (the intake keeps raw bytes), this scope reads JSON and forms.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body);
    if (!text.trim()) return done(null, {});
    try {
      done(null, JSON.parse(text));
    } catch {
      done(opts.invalidJson(), undefined);
    }
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    // No script may run on these pages at all: escaping is the first defence, this the second.
    reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    return payload;
  });

  app.setErrorHandler((err: FastifyError | ServiceError, req, reply) => {
    const own = err instanceof opts.errorClass ? (err as ServiceError) : null;
    const status = own ? httpStatusOf(own) : 'statusCode' in err && err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status >= 500) req.log.error({ err }, opts.failureLog);
    const code = own ? own.code : status === 415 ? 'unsupported_media_type' : status === 413 ? 'payload_too_large' : status === 500 ? 'internal_error' : 'bad_request';
    const message = status === 500 ? 'internal error; try again' : err.message;
    if (isApi(req)) {
      return reply.code(status).send({ error: code, message, ...(own && own.issues.length ? { issues: own.issues } : {}) });
    }
    return sendHtml(reply.code(status), opts.page(status === 404 ? 'Not found' : 'Something went wrong', message));
  });
}
