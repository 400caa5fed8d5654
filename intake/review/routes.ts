/**
 * The review API and page, mounted on the intake:
 *
 *   GET  /review/api/pending                     calls waiting for a reviewer (JSON)
 *   GET  /review/api/calls/:callId               one call: state, plan, transcript excerpt, links
 *   POST /review/api/calls/:callId/decision      { decision, reviewer, comment?, actions?, reviewId?, optOut? }
 *   POST /review/api/calls/:callId/claim         { action: claim | release, reviewer }: others see it, and cannot decide while it holds
 *   POST /review/calls/:callId/claim             the page's claim / release buttons
 *   POST /review/api/calls/:callId/pick          { pick: <candidate id> | "none", reviewer, comment?, reviewId?, optOut? }
 *   GET  /review/api/queue[?reason&intent&match&owner&campaign&overdue&q&sort&page&pageSize]   the queue narrowed and paged (JSON)
 *   GET  /review/api/decided                     settled reviews: who decided what, when (JSON)
 *   GET  /review[?same filters | view=decided]   the queue, or the decided view (HTML)
 *   GET  /review/calls/:callId                   one call with its decision forms (HTML)
 *   POST /review/calls/:callId/decision          the forms' target; redirects back to the call
 *   POST /review/calls/:callId/pick              the candidates' "this is X" / "none of these" buttons
 *
 * Off (404) without ADMIN_TOKEN. The API takes `Authorization: Bearer <token>` or the page's session
 * cookie (then with an `x-csrf-token` header on POST); the page takes `?token=` once and sets the
 * cookie. Everything is in its own Fastify scope: its body parsers (forms) and error pages never
 * touch the webhook routes, which must see their bodies' exact bytes.
 */
import type { ReviewerTokens } from '../../services/reviewers/reviewerTokens';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { callIdSchema } from '../../domain/call';
import type { ReviewDecision } from '../../workflows/definitions';
import { ReviewAuth, REVIEWER_COOKIE, cookie, cookiesOf } from '../adminUi/auth';
import { adminGuards } from '../adminUi/guards';
import { formFields, sendHtml } from '../adminUi/http';
import { adminOff } from '../adminUi/off';
import { httpStatusOf } from '../adminUi/httpStatus';
import { installAdminScope } from '../adminUi/scope';
import { callPage, type CallPageOptions } from './callPage';
import { parseActionsText, parseClaim, parseDecision, parsePick } from '../../services/review/decisionInput';
import { messagePage } from './layout';
import { decidedPage, queuePage } from './queuePage';
import { parseQueueFilter } from '../../services/review/queueFilter';
import { ReviewError } from '../../services/review/reviewErrors';
import type { ReviewService } from '../../services/review/reviewService';

export interface ReviewRouteDeps {
  service: ReviewService;
  /** ADMIN_TOKEN; undefined turns review off (every /review route answers 404). */
  adminToken: string | undefined;
  /** Per-reviewer tokens (services/reviewers/reviewerTokens.ts), besides the shared ADMIN_TOKEN. */
  reviewers?: ReviewerTokens | null;
}

/** Call before the app listens: the routes live in an encapsulated plugin loaded at ready. */
export function registerReviewRoutes(app: FastifyInstance, deps: ReviewRouteDeps): void {
  void app.register(async (scope) => {
    installAdminScope(scope, {
      errorClass: ReviewError,
      invalidJson: () => new ReviewError('invalid_decision', 'the body is not valid JSON'),
      failureLog: 'review request failed',
      page: messagePage,
    });
    if (deps.adminToken) reviewRoutes(scope, deps.service, new ReviewAuth(deps.adminToken, deps.reviewers ?? null));
    else reviewOff(scope);
  });
}

type CallParams = { Params: { callId: string } };
const DECIDED_STATUS = new Set(['approved', 'rejected', 'edited']);
const REVIEWER_COOKIE_SECONDS = 90 * 24 * 60 * 60;

function reviewRoutes(app: FastifyInstance, service: ReviewService, auth: ReviewAuth): void {
  const { requireApi, requirePage, csrfOk, csrfTokenOf, actor, reviewerOf } = adminGuards(auth, { page: messagePage, signInLink: '…/review?token=…' });
  /** A body with its reviewer replaced by who signed in (guards.ts: actor). */
  const asSignedIn = (req: FastifyRequest, body: unknown) => {
    const fields = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
    return { ...fields, reviewer: actor(req, fields.reviewer) };
  };

  app.get('/review/api/pending', { onRequest: requireApi }, async () => ({ pending: await service.listPending() }));

  app.get<CallParams>('/review/api/calls/:callId', { onRequest: requireApi }, async (req) => service.show(checkedCallId(req.params.callId)));

  app.post<CallParams>('/review/api/calls/:callId/decision', { onRequest: requireApi }, async (req, reply) => {
    // A cookie rides along on any request the browser makes, so a cookie-authenticated POST must
    // also prove it came from our page; a bearer header cannot be forged by another site.
    if (!csrfOk(req, req.headers['x-csrf-token'])) {
      return reply.code(403).send({ error: 'csrf', message: 'a cookie-authenticated decision needs the x-csrf-token header of the review page' });
    }
    const callId = checkedCallId(req.params.callId);
    const review = await service.decide(callId, parseDecision(asSignedIn(req, req.body)));
    return { review };
  });

  app.post<CallParams>('/review/api/calls/:callId/claim', { onRequest: requireApi }, async (req, reply) => {
    if (!csrfOk(req, req.headers['x-csrf-token'])) {
      return reply.code(403).send({ error: 'csrf', message: 'a cookie-authenticated claim needs the x-csrf-token header of the review page' });
    }
    const review = await service.claim(checkedCallId(req.params.callId), parseClaim(asSignedIn(req, req.body)));
    return { review };
  });

  app.post<CallParams>('/review/calls/:callId/claim', { onRequest: requirePage }, async (req, reply) => {
    const callId = checkedCallId(req.params.callId);
    const form = formFields(req.body);
    if (!csrfOk(req, form.csrf)) return sendHtml(reply.code(403), messagePage('Claim refused', 'The form has expired or did not come from the review page. Reload the call and try again.'));
    try {
      await service.claim(callId, parseClaim({ action: form.action, reviewer: actor(req, form.reviewer) }));
    } catch (err) {
      if (!(err instanceof ReviewError) || err.code === 'not_found' || err.code === 'temporal_unavailable') throw err;
      return renderCall(req, reply.code(httpStatusOf(err)), callId, { error: { message: err.message, issues: err.issues } });
    }
    return rememberTyped(req, reply, form.reviewer).redirect(`/review/calls/${encodeURIComponent(callId)}`, 303);
  });

  app.post<CallParams>('/review/api/calls/:callId/pick', { onRequest: requireApi }, async (req, reply) => {
    if (!csrfOk(req, req.headers['x-csrf-token'])) {
      return reply.code(403).send({ error: 'csrf', message: 'a cookie-authenticated decision needs the x-csrf-token header of the review page' });
    }
    const review = await service.pick(checkedCallId(req.params.callId), parsePick(asSignedIn(req, req.body)));
    return { review };
  });

  app.post<CallParams>('/review/calls/:callId/pick', { onRequest: requirePage }, async (req, reply) => {
    const callId = checkedCallId(req.params.callId);
    const form = formFields(req.body);
    if (!csrfOk(req, form.csrf)) {
      return sendHtml(reply.code(403), messagePage('Decision refused', 'The form has expired or did not come from the review page. Reload the call and decide again.'));
    }
    let input;
    let recorded;
    try {
      input = parsePick({ pick: form.pick, reviewer: actor(req, form.reviewer), comment: form.comment, reviewId: form.reviewId || undefined, optOut: form.optOut || undefined });
      recorded = await service.pick(callId, input);
    } catch (err) {
      if (!(err instanceof ReviewError) || err.code === 'not_found' || err.code === 'temporal_unavailable') throw err;
      return renderCall(req, reply.code(httpStatusOf(err)), callId, { error: { message: err.message, issues: err.issues } });
    }
    return rememberTyped(req, reply, form.reviewer).redirect(`/review/calls/${encodeURIComponent(callId)}?decided=${encodeURIComponent(recorded.status)}`, 303);
  });

  app.get<{ Querystring: Record<string, string | undefined> }>('/review', { onRequest: requirePage }, async (req, reply) => {
    if (req.query.view === 'decided') return sendHtml(reply, decidedPage(await service.listDecided()));
    const { view: _view, ...filters } = req.query;
    return sendHtml(reply, queuePage(await service.queue(parseQueueFilter(filters)), { temporalUiLink: service.queueUiLink() }));
  });

  app.get<{ Querystring: Record<string, string | undefined> }>('/review/api/queue', { onRequest: requireApi }, async (req) => service.queue(parseQueueFilter(req.query)));

  app.get('/review/api/decided', { onRequest: requireApi }, async () => ({ decided: await service.listDecided() }));

  app.get<CallParams & { Querystring: { decided?: string } }>('/review/calls/:callId', { onRequest: requirePage }, async (req, reply) => {
    const decided = req.query.decided && DECIDED_STATUS.has(req.query.decided) ? req.query.decided : null;
    const callId = checkedCallId(req.params.callId);
    // After a decision, the way on: the most urgent other call waiting (the queue's own order).
    const nextCallId = decided ? ((await service.queue(parseQueueFilter({ pageSize: '2' }))).rows.find((p) => p.callId !== callId)?.callId ?? null) : undefined;
    return renderCall(req, reply, callId, { notice: decided ? `Decision recorded: ${decided}.` : null, nextCallId });
  });

  app.post<CallParams>('/review/calls/:callId/decision', { onRequest: requirePage }, async (req, reply) => {
    const callId = checkedCallId(req.params.callId);
    const form = formFields(req.body);
    if (!csrfOk(req, form.csrf)) {
      return sendHtml(reply.code(403), messagePage('Decision refused', 'The form has expired or did not come from the review page. Reload the call and decide again.'));
    }
    const kept = { decision: form.decision, comment: form.comment, actionsText: form.actions, reviewer: form.reviewer };
    let decision: ReviewDecision;
    let recorded;
    try {
      decision = parseDecision({
        decision: form.decision,
        reviewer: actor(req, form.reviewer),
        comment: form.comment,
        reviewId: form.reviewId || undefined,
        optOut: form.optOut || undefined,
        actions: form.decision === 'edit' && form.actions !== undefined ? parseActionsText(form.actions) : undefined,
      });
      recorded = await service.decide(callId, decision);
    } catch (err) {
      if (!(err instanceof ReviewError) || err.code === 'not_found' || err.code === 'temporal_unavailable') throw err;
      return renderCall(req, reply.code(httpStatusOf(err)), callId, { error: { message: err.message, issues: err.issues }, form: kept });
    }
    // Post/redirect/get: a reload shows the call, it does not send the decision again.
    return rememberTyped(req, reply, form.reviewer).redirect(`/review/calls/${encodeURIComponent(callId)}?decided=${encodeURIComponent(recorded.status)}`, 303);
  });

  /** Behind the shared token the page remembers the typed name for the next form; a named reviewer needs none. */
  function rememberTyped(req: FastifyRequest, reply: FastifyReply, typed: string | undefined): FastifyReply {
    return reviewerOf(req) || !typed ? reply : reply.header('set-cookie', cookie(REVIEWER_COOKIE, typed.trim(), REVIEWER_COOKIE_SECONDS, req.protocol === 'https'));
  }

  async function renderCall(req: FastifyRequest, reply: FastifyReply, callId: string, extra: Partial<CallPageOptions>) {
    const call = await service.show(callId);
    const opts: CallPageOptions = {
      csrfToken: csrfTokenOf(req),
      reviewer: cookiesOf(req)[REVIEWER_COOKIE] ?? '',
      signedInAs: reviewerOf(req)?.name ?? null,
      ...extra,
    };
    return sendHtml(reply, callPage(call, opts));
  }
}

function reviewOff(app: FastifyInstance): void {
  adminOff(app, ['/review', '/review/*'], { title: 'Review is off', message: 'review is off: set ADMIN_TOKEN to enable it', page: messagePage });
}

/** Call ids have a fixed shape: anything else cannot be a call (and never reaches Temporal). */
function checkedCallId(callId: string): string {
  if (!callIdSchema.safeParse(callId).success) throw new ReviewError('not_found', `no call ${callId}`);
  return callId;
}
