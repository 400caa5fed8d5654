/**
 * The review API and page, mounted on the intake:
 *
 *   GET  /review/api/pending                     calls waiting for a reviewer (JSON)
 *   GET  /review/api/calls/:callId               one call: state, plan, transcript excerpt, links
 *   POST /review/api/calls/:callId/decision      { decision, reviewer, comment?, actions?, reviewId? }
 *   GET  /review                                 the queue (HTML)
 *   GET  /review/calls/:callId                   one call with its decision forms (HTML)
 *   POST /review/calls/:callId/decision          the forms' target; redirects back to the call
 *
 * Off (404) without ADMIN_TOKEN. The API takes `Authorization: Bearer <token>` or the page's session
 * cookie (then with an `x-csrf-token` header on POST); the page takes `?token=` once and sets the
 * cookie. Everything is in its own Fastify scope: its body parsers (forms) and error pages never
 * touch the webhook routes, which must see their bodies' exact bytes.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { callIdSchema } from '../../domain/call';
import type { ReviewDecision } from '../../workflows/definitions';
import { ReviewAuth, REVIEWER_COOKIE, cookie, cookiesOf, type Authenticated } from './auth';
import { callPage, type CallPageOptions } from './callPage';
import { parseActionsText, parseDecision } from './decisionInput';
import { messagePage } from './layout';
import { queuePage } from './queuePage';
import { ReviewError } from './reviewErrors';
import type { ReviewService } from './reviewService';

export interface ReviewRouteDeps {
  service: ReviewService;
  /** ADMIN_TOKEN; undefined turns review off (every /review route answers 404). */
  adminToken: string | undefined;
}

/** Call before the app listens: the routes live in an encapsulated plugin loaded at ready. */
export function registerReviewRoutes(app: FastifyInstance, deps: ReviewRouteDeps): void {
  void app.register(async (scope) => {
    installParsersAndHeaders(scope);
    if (deps.adminToken) reviewRoutes(scope, deps.service, new ReviewAuth(deps.adminToken));
    else reviewOff(scope);
  });
}

type CallParams = { Params: { callId: string } };
const DECIDED_STATUS = new Set(['approved', 'rejected', 'edited']);
const REVIEWER_COOKIE_SECONDS = 90 * 24 * 60 * 60;

function reviewRoutes(app: FastifyInstance, service: ReviewService, auth: ReviewAuth): void {
  const authOf = (req: FastifyRequest): Authenticated => (req as FastifyRequest & { reviewAuth: Authenticated }).reviewAuth;
  const remember = (req: FastifyRequest, who: Authenticated) => {
    (req as FastifyRequest & { reviewAuth: Authenticated }).reviewAuth = who;
  };

  const requireApi = async (req: FastifyRequest, reply: FastifyReply) => {
    const who = auth.authenticate(req);
    if (!who) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized', message: 'a valid admin bearer token is required' });
    }
    remember(req, who);
  };

  const requirePage = async (req: FastifyRequest, reply: FastifyReply) => {
    const url = new URL(req.url, 'http://review.invalid');
    const presented = url.searchParams.get('token');
    if (presented !== null) {
      if (!auth.isToken(presented)) return sendHtml(reply.code(401), messagePage('Sign-in failed', 'That review token is not valid.'));
      // Trade the token for a session cookie and drop it from the address bar (and the history).
      url.searchParams.delete('token');
      const session = auth.newSession();
      return reply
        .header('set-cookie', auth.sessionCookie(session, req.protocol === 'https'))
        .redirect(`${url.pathname}${url.search}`, 303);
    }
    const who = auth.authenticate(req);
    if (!who) {
      return sendHtml(reply.code(401), messagePage('Sign-in needed', 'Open the review link that includes the review token (…/review?token=…) to sign in.'));
    }
    remember(req, who);
  };

  app.get('/review/api/pending', { onRequest: requireApi }, async () => ({ pending: await service.listPending() }));

  app.get<CallParams>('/review/api/calls/:callId', { onRequest: requireApi }, async (req) => service.show(checkedCallId(req.params.callId)));

  app.post<CallParams>('/review/api/calls/:callId/decision', { onRequest: requireApi }, async (req, reply) => {
    const who = authOf(req);
    // A cookie rides along on any request the browser makes, so a cookie-authenticated POST must
    // also prove it came from our page; a bearer header cannot be forged by another site.
    if (who.via === 'session' && !auth.csrfMatches(who.session, req.headers['x-csrf-token'])) {
      return reply.code(403).send({ error: 'csrf', message: 'a cookie-authenticated decision needs the x-csrf-token header of the review page' });
    }
    const callId = checkedCallId(req.params.callId);
    const review = await service.decide(callId, parseDecision(req.body ?? {}));
    return { review };
  });

  app.get('/review', { onRequest: requirePage }, async (_req, reply) => sendHtml(reply, queuePage(await service.listPending(), { temporalUiLink: service.queueUiLink() })));

  app.get<CallParams & { Querystring: { decided?: string } }>('/review/calls/:callId', { onRequest: requirePage }, async (req, reply) => {
    const decided = req.query.decided && DECIDED_STATUS.has(req.query.decided) ? req.query.decided : null;
    return renderCall(req, reply, checkedCallId(req.params.callId), { notice: decided ? `Decision recorded: ${decided}.` : null });
  });

  app.post<CallParams>('/review/calls/:callId/decision', { onRequest: requirePage }, async (req, reply) => {
    const who = authOf(req);
    const callId = checkedCallId(req.params.callId);
    const form = formFields(req.body);
    if (who.via === 'session' && !auth.csrfMatches(who.session, form.csrf)) {
      return sendHtml(reply.code(403), messagePage('Decision refused', 'The form has expired or did not come from the review page. Reload the call and decide again.'));
    }
    const kept = { decision: form.decision, comment: form.comment, actionsText: form.actions };
    let decision: ReviewDecision;
    let recorded;
    try {
      decision = parseDecision({
        decision: form.decision,
        reviewer: form.reviewer,
        comment: form.comment,
        reviewId: form.reviewId || undefined,
        actions: form.decision === 'edit' && form.actions !== undefined ? parseActionsText(form.actions) : undefined,
      });
      recorded = await service.decide(callId, decision);
    } catch (err) {
      if (!(err instanceof ReviewError) || err.code === 'not_found' || err.code === 'temporal_unavailable') throw err;
      return renderCall(req, reply.code(err.statusCode), callId, { error: { message: err.message, issues: err.issues }, form: kept });
    }
    // Post/redirect/get: a reload shows the call, it does not send the decision again.
    return reply
      .header('set-cookie', cookie(REVIEWER_COOKIE, decision.reviewer, REVIEWER_COOKIE_SECONDS, req.protocol === 'https'))
      .redirect(`/review/calls/${encodeURIComponent(callId)}?decided=${encodeURIComponent(recorded.status)}`, 303);
  });

  async function renderCall(req: FastifyRequest, reply: FastifyReply, callId: string, extra: Partial<CallPageOptions>) {
    const who = authOf(req);
    const call = await service.show(callId);
    const opts: CallPageOptions = {
      csrfToken: who.via === 'session' ? auth.csrfTokenFor(who.session) : '',
      reviewer: cookiesOf(req)[REVIEWER_COOKIE] ?? '',
      ...extra,
    };
    return sendHtml(reply, callPage(call, opts));
  }
}

function reviewOff(app: FastifyInstance): void {
  const off = async (req: FastifyRequest, reply: FastifyReply) => {
    const message = 'review is off: set ADMIN_TOKEN to enable it';
    if (isApi(req)) return reply.code(404).send({ error: 'not_found', message });
    return sendHtml(reply.code(404), messagePage('Review is off', message));
  };
  app.all('/review', off);
  app.all('/review/*', off);
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
      done(new ReviewError('invalid_decision', 'the body is not valid JSON'), undefined);
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

  app.setErrorHandler((err: FastifyError | ReviewError, req, reply) => {
    const status = err instanceof ReviewError ? err.statusCode : err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status >= 500) req.log.error({ err }, 'review request failed');
    const code = err instanceof ReviewError ? err.code : status === 415 ? 'unsupported_media_type' : status === 413 ? 'payload_too_large' : status === 500 ? 'internal_error' : 'bad_request';
    const message = status === 500 ? 'internal error; try again' : err.message;
    if (isApi(req)) {
      return reply.code(status).send({ error: code, message, ...(err instanceof ReviewError && err.issues.length ? { issues: err.issues } : {}) });
    }
    return sendHtml(reply.code(status), messagePage(status === 404 ? 'Not found' : 'Something went wrong', message));
  });
}

/** Call ids have a fixed shape: anything else cannot be a call (and never reaches Temporal). */
function checkedCallId(callId: string): string {
  if (!callIdSchema.safeParse(callId).success) throw new ReviewError('not_found', `no call ${callId}`);
  return callId;
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
