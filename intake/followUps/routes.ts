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
import type { ReviewerTokens } from '../../services/reviewers/reviewerTokens';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ReviewAuth, REVIEWER_COOKIE, cookie, cookiesOf } from '../adminUi/auth';
import { adminGuards } from '../adminUi/guards';
import { formFields, sendHtml } from '../adminUi/http';
import { adminOff } from '../adminUi/off';
import { httpStatusOf } from '../adminUi/httpStatus';
import { installAdminScope } from '../adminUi/scope';
import { messagePage } from '../review/layout';
import { parseCancel, parseReschedule } from '../../services/followUps/changeInput';
import { endOfDayIn } from '../../services/followUps/dueTime';
import { FollowUpError } from '../../services/followUps/followUpErrors';
import { followUpsPage, type FollowUpsPageOptions } from './followUpsPage';
import type { FollowUpService } from '../../services/followUps/followUpService';

export interface FollowUpRouteDeps {
  service: FollowUpService;
  /** ADMIN_TOKEN; undefined turns the follow-up routes off (404), as it does the review routes. */
  adminToken: string | undefined;
  /** Per-reviewer tokens (services/reviewers/reviewerTokens.ts), besides the shared ADMIN_TOKEN. */
  reviewers?: ReviewerTokens | null;
}

/** Call before the app listens: the routes live in an encapsulated plugin loaded at ready. */
export function registerFollowUpRoutes(app: FastifyInstance, deps: FollowUpRouteDeps): void {
  void app.register(async (scope) => {
    installAdminScope(scope, {
      errorClass: FollowUpError,
      invalidJson: () => new FollowUpError('invalid_request', 'the body is not valid JSON'),
      failureLog: 'follow-up request failed',
      page: messagePage,
    });
    if (deps.adminToken) followUpRoutes(scope, deps.service, new ReviewAuth(deps.adminToken, deps.reviewers ?? null));
    else followUpsOff(scope);
  });
}

type IdParams = { Params: { id: string } };
type ListQuery = { Querystring: { dueBefore?: string; dueBy?: string; zone?: string } };
const BY_COOKIE_SECONDS = 90 * 24 * 60 * 60;
const DONE = { rescheduled: 'rescheduled', cancelled: 'cancelled (nobody will be contacted for it)', unchanged: 'already due then; nothing changed' } as const;

function followUpRoutes(app: FastifyInstance, service: FollowUpService, auth: ReviewAuth): void {
  const { requireApi, requirePage, csrfOk, csrfTokenOf, actor } = adminGuards(auth, { page: messagePage, signInLink: '…/review/follow-ups?token=…' });
  /** A change with its `by` replaced by who signed in (guards.ts: actor). */
  const bySignedIn = (req: FastifyRequest, body: unknown) => {
    const fields = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
    return { ...fields, by: actor(req, fields.by) };
  };

  app.get<ListQuery>('/review/api/follow-ups', { onRequest: requireApi }, async (req) => ({
    followUps: await service.list({ dueBefore: req.query.dueBefore || null }),
  }));

  app.get<IdParams>('/review/api/follow-ups/:id', { onRequest: requireApi }, async (req) => ({ followUps: await service.show(req.params.id) }));

  app.post<IdParams>('/review/api/follow-ups/:id/reschedule', { onRequest: requireApi }, async (req, reply) => {
    if (!csrfOk(req, req.headers['x-csrf-token'])) return csrfRefusedApi(reply);
    return service.reschedule(req.params.id, parseReschedule(bySignedIn(req, req.body)));
  });

  app.post<IdParams>('/review/api/follow-ups/:id/cancel', { onRequest: requireApi }, async (req, reply) => {
    if (!csrfOk(req, req.headers['x-csrf-token'])) return csrfRefusedApi(reply);
    return service.cancel(req.params.id, parseCancel(bySignedIn(req, req.body)));
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
        const signed = bySignedIn(req, form);
        const result = change === 'reschedule' ? await service.reschedule(id, parseReschedule(signed)) : await service.cancel(id, parseCancel(signed));
        outcome = !result.changed && change === 'reschedule' ? 'unchanged' : change === 'reschedule' ? 'rescheduled' : 'cancelled';
      } catch (err) {
        if (!(err instanceof FollowUpError) || err.code === 'temporal_unavailable') throw err;
        return renderList(req, reply.code(httpStatusOf(err)), { error: { message: err.message, issues: err.issues, workflowId: id } });
      }
      // Post/redirect/get: a reload shows the list, it does not send the change again.
      return reply
        .header('set-cookie', cookie(REVIEWER_COOKIE, form.by?.trim() ?? '', BY_COOKIE_SECONDS, req.protocol === 'https'))
        .redirect(`/review/follow-ups?done=${outcome}&id=${encodeURIComponent(id)}`, 303);
    });
  }

  async function renderList(req: FastifyRequest, reply: FastifyReply, extra: Partial<FollowUpsPageOptions>) {
    const query = (req.query ?? {}) as { dueBefore?: string; dueBy?: string; zone?: string };
    // The page filters by a day in a zone; an instant (dueBefore, as the API takes) still works.
    const dueBy = typeof query.dueBy === 'string' && query.dueBy ? query.dueBy : null;
    const dueBefore = dueBy ? endOfDayIn(dueBy, query.zone) : (query.dueBefore || null);
    const rows = await service.list({ dueBefore });
    const opts: FollowUpsPageOptions = {
      csrfToken: csrfTokenOf(req),
      by: cookiesOf(req)[REVIEWER_COOKIE] ?? '',
      dueBy,
      zone: typeof query.zone === 'string' ? query.zone : null,
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
  adminOff(app, ['/review/follow-ups', '/review/follow-ups/*', '/review/api/follow-ups', '/review/api/follow-ups/*'], {
    title: 'Follow-ups are off',
    message: 'follow-up management is off: set ADMIN_TOKEN to enable it',
    page: messagePage,
  });
}
