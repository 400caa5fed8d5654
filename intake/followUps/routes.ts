/**
 * The follow-up API and page, mounted on the intake next to the review routes:
 *
 *   GET  /review/api/follow-ups[?dueBefore=ISO]          waiting follow-ups, soonest first (JSON)
 *   GET  /review/api/follow-ups/:id                      one follow-up by workflow id, or a call's follow-ups by call id
 *   POST /review/api/follow-ups/:id/reschedule           { at, timezone?, by, reason? }
 *   POST /review/api/follow-ups/:id/cancel               { by, reason }
 *   GET  /review/follow-ups[?dueBefore=ISO]              the list with its forms (HTML)
 *   POST /review/follow-ups/:id/reschedule | /cancel     the forms' targets; redirect back to the list
 *
 * `at` is an ISO instant (`2026-12-04T17:00:00Z`) or a local date-time (`2026-12-04T11:00`) read in
 * the IANA `timezone` (default: the caller's zone recorded on the follow-up), DST-correct; it must
 * be in the future and at most a year ahead (400 otherwise). Unknown id 404; a follow-up that no
 * longer waits 409.
 *
 * Same sign-in as the review pages (their ReviewAuth, their cookie: one sign-in covers both): a
 * bearer ADMIN_TOKEN, or the session cookie with its CSRF token on every POST. Off (404) without
 * ADMIN_TOKEN. Its own Fastify scope keeps its body parsers away from the webhook routes.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ReviewAuth, REVIEWER_COOKIE, cookie, cookiesOf, type Authenticated } from '../review/auth';
import { messagePage } from '../review/layout';
import { parseCancel, parseReschedule } from './changeInput';
import { FollowUpError } from './followUpErrors';
import { followUpsPage, type FollowUpsPageOptions } from './followUpsPage';
import type { FollowUpService } from './followUpService';

export interface FollowUpRouteDeps {
  service: FollowUpService;
  /** ADMIN_TOKEN; undefined turns the follow-up routes off (404), as it does the review routes. */
  adminToken: string | undefined;
}

/** Call before the app listens: the routes live in an encapsulated plugin loaded at ready. */
export function registerFollowUpRoutes(app: FastifyInstance, deps: FollowUpRouteDeps): void {
  void app.register(async (scope) => {
    installParsersAndHeaders(scope);
    if (deps.adminToken) followUpRoutes(scope, deps.service, new ReviewAuth(deps.adminToken));
    else followUpsOff(scope);
  });
}

type IdParams = { Params: { id: string } };
type ListQuery = { Querystring: { dueBefore?: string } };
const BY_COOKIE_SECONDS = 90 * 24 * 60 * 60;
const DONE = { rescheduled: 'rescheduled', cancelled: 'cancelled (nobody will be contacted for it)', unchanged: 'already due then; nothing changed' } as const;

function followUpRoutes(app: FastifyInstance, service: FollowUpService, auth: ReviewAuth): void {
  const authOf = (req: FastifyRequest): Authenticated => (req as FastifyRequest & { followUpAuth: Authenticated }).followUpAuth;
  const remember = (req: FastifyRequest, who: Authenticated) => {
    (req as FastifyRequest & { followUpAuth: Authenticated }).followUpAuth = who;
  };

  const requireApi = async (req: FastifyRequest, reply: FastifyReply) => {
    const who = auth.authenticate(req);
    if (!who) return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized', message: 'a valid admin bearer token is required' });
    remember(req, who);
  };

  const requirePage = async (req: FastifyRequest, reply: FastifyReply) => {
    const url = new URL(req.url, 'http://review.invalid');
    const presented = url.searchParams.get('token');
    if (presented !== null) {
      if (!auth.isToken(presented)) return sendHtml(reply.code(401), messagePage('Sign-in failed', 'That review token is not valid.'));
      // Trade the token for the review session cookie and drop it from the address bar.
      url.searchParams.delete('token');
      return reply.header('set-cookie', auth.sessionCookie(auth.newSession(), req.protocol === 'https')).redirect(`${url.pathname}${url.search}`, 303);
    }
    const who = auth.authenticate(req);
    if (!who) return sendHtml(reply.code(401), messagePage('Sign-in needed', 'Open the review link that includes the review token (…/review/follow-ups?token=…) to sign in.'));
    remember(req, who);
  };

  /** A cookie rides along on any request the browser makes: a cookie-authenticated POST must prove it came from our page. */
  const csrfOk = (req: FastifyRequest, presented: unknown) => {
    const who = authOf(req);
    return who.via === 'bearer' || auth.csrfMatches(who.session, presented);
  };

  app.get<ListQuery>('/review/api/follow-ups', { onRequest: requireApi }, async (req) => ({
    followUps: await service.list({ dueBefore: req.query.dueBefore || null }),
  }));

  app.get<IdParams>('/review/api/follow-ups/:id', { onRequest: requireApi }, async (req) => ({ followUps: await service.show(req.params.id) }));

  app.post<IdParams>('/review/api/follow-ups/:id/reschedule', { onRequest: requireApi }, async (req, reply) => {
    if (!csrfOk(req, req.headers['x-csrf-token'])) return csrfRefusedApi(reply);
    return service.reschedule(req.params.id, parseReschedule(req.body));
  });

  app.post<IdParams>('/review/api/follow-ups/:id/cancel', { onRequest: requireApi }, async (req, reply) => {
    if (!csrfOk(req, req.headers['x-csrf-token'])) return csrfRefusedApi(reply);
    return service.cancel(req.params.id, parseCancel(req.body));
  });

  app.get<ListQuery & { Querystring: { done?: string; id?: string } }>('/review/follow-ups', { onRequest: requirePage }, async (req, reply) => {
    const done = req.query.done && req.query.done in DONE ? DONE[req.query.done as keyof typeof DONE] : null;
    return renderList(req, reply, { notice: done ? `Follow-up ${req.query.id ?? ''} ${done}.` : null });
  });

  for (const change of ['reschedule', 'cancel'] as const) {
    app.post<IdParams>(`/review/follow-ups/:id/${change}`, { onRequest: requirePage }, async (req, reply) => {
      const form = formFields(req.body);
      if (!csrfOk(req, form.csrf)) {
        return sendHtml(reply.code(403), messagePage('Change refused', 'The form has expired or did not come from the follow-up page. Reload the page and try again.'));
      }
      const id = req.params.id;
      let outcome: keyof typeof DONE;
      try {
        const result = change === 'reschedule' ? await service.reschedule(id, parseReschedule(form)) : await service.cancel(id, parseCancel(form));
        outcome = !result.changed && change === 'reschedule' ? 'unchanged' : change === 'reschedule' ? 'rescheduled' : 'cancelled';
      } catch (err) {
        if (!(err instanceof FollowUpError) || err.code === 'temporal_unavailable') throw err;
        return renderList(req, reply.code(err.statusCode), { error: { message: err.message, issues: err.issues, workflowId: id } });
      }
      // Post/redirect/get: a reload shows the list, it does not send the change again.
      return reply
        .header('set-cookie', cookie(REVIEWER_COOKIE, form.by?.trim() ?? '', BY_COOKIE_SECONDS, req.protocol === 'https'))
        .redirect(`/review/follow-ups?done=${outcome}&id=${encodeURIComponent(id)}`, 303);
    });
  }

  async function renderList(req: FastifyRequest, reply: FastifyReply, extra: Partial<FollowUpsPageOptions>) {
    const who = authOf(req);
    const dueBefore = (req.query as { dueBefore?: string } | undefined)?.dueBefore || null;
    const rows = await service.list({ dueBefore });
    const opts: FollowUpsPageOptions = {
      csrfToken: who.via === 'session' ? auth.csrfTokenFor(who.session) : '',
      by: cookiesOf(req)[REVIEWER_COOKIE] ?? '',
      dueBefore,
      temporalUiLink: service.listUiLink(),
      ...extra,
    };
    return sendHtml(reply, followUpsPage(rows, opts));
  }
}

function csrfRefusedApi(reply: FastifyReply): FastifyReply {
  return reply.code(403).send({ error: 'csrf', message: 'a cookie-authenticated change needs the x-csrf-token header of the review page' });
}

function followUpsOff(app: FastifyInstance): void {
  const off = async (req: FastifyRequest, reply: FastifyReply) => {
    const message = 'follow-up management is off: set ADMIN_TOKEN to enable it';
    if (isApi(req)) return reply.code(404).send({ error: 'not_found', message });
    return sendHtml(reply.code(404), messagePage('Follow-ups are off', message));
  };
  for (const path of ['/review/follow-ups', '/review/follow-ups/*', '/review/api/follow-ups', '/review/api/follow-ups/*']) app.all(path, off);
}

function installParsersAndHeaders(app: FastifyInstance): void {
  // Whatever the parent app parses (the intake keeps raw bytes), this scope reads JSON and forms.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body);
    if (!text.trim()) return done(null, {});
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new FollowUpError('invalid_request', 'the body is not valid JSON'), undefined);
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
    // The same policy as the review pages: no script may run at all.
    reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    return payload;
  });

  app.setErrorHandler((err: FastifyError | FollowUpError, req, reply) => {
    const status = err instanceof FollowUpError ? err.statusCode : err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status >= 500) req.log.error({ err }, 'follow-up request failed');
    const code = err instanceof FollowUpError ? err.code : status === 415 ? 'unsupported_media_type' : status === 413 ? 'payload_too_large' : status === 500 ? 'internal_error' : 'bad_request';
    const message = status === 500 ? 'internal error; try again' : err.message;
    if (isApi(req)) return reply.code(status).send({ error: code, message, ...(err instanceof FollowUpError && err.issues.length ? { issues: err.issues } : {}) });
    return sendHtml(reply.code(status), messagePage(status === 404 ? 'Not found' : 'Something went wrong', message));
  });
}

function formFields(body: unknown): Record<string, string | undefined> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
}

function isApi(req: FastifyRequest): boolean {
  return req.url.startsWith('/review/api/');
}

function sendHtml(reply: FastifyReply, body: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').send(body);
}
