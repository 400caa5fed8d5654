/**
 * The insights page and export, mounted on the intake next to the review routes:
 *
 *   GET /insights[?from=YYYY-MM-DD&to=YYYY-MM-DD&by=campaign|source|medium|keyword|landingPage&phrasesBy=all|campaign|segment]
 *   GET /insights/calls.csv[?from=…&to=…]    one row per recorded call
 *   GET /insights/api/report[?…]              the page's figures as JSON
 *
 * Same sign-in as the review pages (one ADMIN_TOKEN, one session cookie; a bearer token for the
 * CSV and the JSON). A malformed query is a 400 that names the field. Off (404) without ADMIN_TOKEN.
 */
import type { ReviewerTokens } from '../../services/reviewers/reviewerTokens';
import type { FastifyInstance } from 'fastify';
import { ReviewAuth } from '../adminUi/auth';
import { adminGuards } from '../adminUi/guards';
import { sendHtml } from '../adminUi/http';
import { adminOff } from '../adminUi/off';
import { installAdminScope } from '../adminUi/scope';
import { messagePage } from '../review/layout';
import { callsCsv } from '../../insights/csv';
import { InsightsError, type InsightsService } from '../../services/insights/insightsService';
import { insightsPage } from './insightsPage';

export interface InsightsRouteDeps {
  service: InsightsService;
  /** ADMIN_TOKEN; undefined turns the insights off (404), as it does the review routes. */
  adminToken: string | undefined;
  /** Per-reviewer tokens (services/reviewers/reviewerTokens.ts), besides the shared ADMIN_TOKEN. */
  reviewers?: ReviewerTokens | null;
}

export function registerInsightsRoutes(app: FastifyInstance, deps: InsightsRouteDeps): void {
  void app.register(async (scope) => {
    installAdminScope(scope, {
      errorClass: InsightsError,
      invalidJson: () => new InsightsError('invalid_request', 'the body is not valid JSON'),
      failureLog: 'insights request failed',
      page: messagePage,
    });
    if (!deps.adminToken) {
      adminOff(scope, ['/insights', '/insights/*'], { title: 'Insights are off', message: 'the insights are off: set ADMIN_TOKEN to enable them', page: messagePage });
      return;
    }
    const { requireApi, requirePage } = adminGuards(new ReviewAuth(deps.adminToken, deps.reviewers ?? null), { page: messagePage, signInLink: '…/insights?token=…' });
    const { service } = deps;

    scope.get('/insights', { onRequest: requirePage }, async (req, reply) => sendHtml(reply, insightsPage(await service.report(req.query))));

    scope.get('/insights/api/report', { onRequest: requireApi }, async (req) => service.report(req.query));

    scope.get('/insights/calls.csv', { onRequest: requirePage }, async (req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="calls.csv"')
        .send(callsCsv(await service.calls(req.query))),
    );
  });
}
