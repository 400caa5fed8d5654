/**
 * The intake HTTP server: both webhook routes, health, metrics and the dead-letter admin API.
 * Routes stay thin: processDelivery decides, answers.ts words the answer, the store keeps what
 * must not be lost. The server starts nothing itself except through the injected CallStarter, so
 * tests and the in-process orchestrator can build it with any starter.
 */
import type { IncomingMessage } from 'node:http';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import type { CountryCode } from 'libphonenumber-js';
import type { Config } from '../config';
import type { CallStarter } from '../services/startCall';
import { resolveFieldMap } from '../integrations/dialnexa/fieldMap';
import { registerAdminRoutes } from './adminRoutes';
import { registerReviewRoutes } from './review/routes';
import { registerCodecRoutes } from './codecRoutes';
import type { PayloadCodec } from '@temporalio/common';
import type { ReviewService } from '../services/review/reviewService';
import { registerFollowUpRoutes } from './followUps/routes';
import { openApiDocument } from './openapi';
import { version as SERVICE_VERSION } from '../package.json';
import type { FollowUpService } from '../services/followUps/followUpService';
import type { InsightsService } from '../services/insights/insightsService';
import type { ReviewerTokens } from '../services/reviewers/reviewerTokens';
import { registerInsightsRoutes } from './insights/routes';
import { registerSlackRoutes } from './slackRoutes';
import { answerFor, deadLetterReasonOf, outcomeLabel } from './answers';
import type { DeadLetterStore, IntakeEndpoint } from './deadLetter';
import { createIntakeMetrics } from './metrics';
import { processDelivery, type Outcome, type ProcessDeps } from './processDelivery';
import { readRawBody } from './rawBody';

/** The contract's body limit: 1 MiB. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** How long `/readyz` waits for Temporal before it says no. */
export const READY_DEADLINE_MS = 2000;

export interface IntakeServerOptions {
  config: Config['intake'];
  starter: CallStarter;
  deadLetters: DeadLetterStore;
  /** A pino logger (Fastify's loggerInstance); silent when absent. */
  logger?: FastifyBaseLogger;
  /** Bearer token of the /admin routes; when absent they are not registered (404). */
  adminToken?: string;
  /** Region for DialNexa numbers written without a country code (default US). */
  defaultRegion?: CountryCode;
  /** Clock (tests). */
  now?: () => Date;
  /** The review API and page; they answer 404 while adminToken is unset. */
  reviewService?: ReviewService;
  /** The follow-up list, reschedule and cancel API and page (same sign-in as review). */
  followUpService?: FollowUpService;
  /** The insights page and CSV (same sign-in as review). */
  insightsService?: InsightsService;
  /** Per-reviewer sign-in tokens, besides the shared adminToken. */
  reviewerTokens?: ReviewerTokens | null;
  /** Slack's signing secret: the review notice's buttons decide through /slack/interactions (404 without it). */
  slackSigningSecret?: string | null;
  /** The payload codec, served at /codec for the Temporal UI (same sign-in as review). */
  codec?: PayloadCodec;
  /** The Temporal UI, the one origin allowed to call /codec from a browser. */
  temporalUiUrl?: string | null;
}

const ENDPOINTS: IntakeEndpoint[] = ['/webhooks/calls', '/webhooks/dialnexa'];

export interface RegisteredRoute {
  method: string;
  url: string;
}
const REGISTERED = new WeakMap<FastifyInstance, RegisteredRoute[]>();
/** The routes an intake built by buildIntakeServer registered (HEAD left out: Fastify adds one per GET). */
export function registeredRoutes(app: FastifyInstance): RegisteredRoute[] {
  return [...(REGISTERED.get(app) ?? [])];
}

/**
 * Builds (does not listen) the intake. Throws FieldMapError when config.fieldMap names a target
 * the call model does not have, so a wrong DIALNEXA_FIELD_MAP stops the start, not a call later.
 */
export function buildIntakeServer(opts: IntakeServerOptions): FastifyInstance {
  const fieldMap = resolveFieldMap(opts.config.fieldMap);
  const metrics = createIntakeMetrics();
  const processDeps: ProcessDeps = {
    config: opts.config,
    starter: opts.starter,
    fieldMap: fieldMap.map,
    defaultRegion: opts.defaultRegion ?? 'US',
    now: opts.now,
  };

  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    ...(opts.logger ? { loggerInstance: opts.logger } : { logger: false }),
    // Webhook senders time out in seconds; a stuck request should not hold a socket for minutes.
    requestTimeout: 30_000,
    // The longest valid call id (128) fits in a path segment, with room for its encoding.
    routerOptions: { maxParamLength: 400 },
  });

  // Every route, as registered: the OpenAPI document must describe each one (test/intake/openapi.test.ts).
  const routes: RegisteredRoute[] = [];
  REGISTERED.set(app, routes);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) if (method !== 'HEAD') routes.push({ method, url: r.url });
  });

  // Signatures cover the exact bytes, so no parser may touch the body: JSON (and only JSON) is kept
  // as a Buffer (rawBody.ts, which also answers 413 audibly) and parsed after verification. Any
  // other content type has no parser: Fastify answers 415 before reading it.
  app.removeAllContentTypeParsers();
  const keepBytes = (_req: unknown, payload: IncomingMessage, done: (err: Error | null, body?: Buffer) => void) =>
    readRawBody(payload, BODY_LIMIT_BYTES, done);
  app.addContentTypeParser('application/json', keepBytes);
  app.addContentTypeParser(/^application\/[\w.-]+\+json$/, keepBytes);

  // Requests refused before a handler runs (413 body too large, 415 content type) still get a JSON
  // answer and a metrics line.
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    const error =
      status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : status === 500 ? 'internal_error' : 'bad_request';
    if (status === 500) req.log.error({ err }, 'intake request failed');
    const endpoint = ENDPOINTS.find((e) => e === req.routeOptions.url);
    if (endpoint) metrics.deliveries.inc({ endpoint, outcome: error });
    const message =
      status === 413
        ? `the body is larger than ${BODY_LIMIT_BYTES} bytes`
        : status === 415
          ? 'the body must be application/json'
          : status === 500
            ? 'internal error; retry later'
            : err.message;
    return reply.code(status).send({ error, message });
  });

  for (const endpoint of ENDPOINTS) {
    app.post(endpoint, async (req, reply) => {
      const stopTimer = metrics.latency.startTimer({ endpoint });
      const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const delivery = { endpoint, headers: req.headers, rawBody };
      let outcome: Outcome;
      try {
        outcome = await processDelivery(delivery, processDeps);
      } catch (err) {
        // Only a verified delivery gets this far (verification cannot throw); keep it, then 500
        // so the sender retries. The stored copy is there if the retries run out.
        req.log.error({ err }, 'processing a verified delivery failed');
        const dl = await opts.deadLetters.put({
          endpoint,
          reason: 'processing_failed',
          headers: req.headers,
          rawBody,
          message: `processing failed: ${(err as Error).message}`,
          deliveryId: typeof req.headers['webhook-id'] === 'string' ? req.headers['webhook-id'] : null,
        });
        metrics.deliveries.inc({ endpoint, outcome: 'error' });
        stopTimer();
        return reply.code(500).send({ error: 'internal_error', message: 'processing failed; the delivery was kept and can be replayed', deadLetterId: dl.id });
      }

      const reason = deadLetterReasonOf(outcome);
      let deadLetterId: string | null = null;
      if (reason) {
        const dl = await opts.deadLetters.put({
          endpoint,
          reason,
          headers: req.headers,
          rawBody,
          fieldErrors: outcome.kind === 'rejected' ? outcome.fieldErrors : [],
          message: outcome.kind === 'rejected' || outcome.kind === 'unavailable' ? outcome.message : null,
          callId: outcome.kind === 'rejected' || outcome.kind === 'unavailable' ? outcome.callId : null,
          deliveryId: typeof req.headers['webhook-id'] === 'string' ? req.headers['webhook-id'] : null,
        });
        deadLetterId = dl.id;
      }
      // The sender's own redelivery got through: what was kept of its earlier tries waits no more.
      if ((outcome.kind === 'started' || outcome.kind === 'duplicate') && outcome.callId) {
        await opts.deadLetters.resolveCall(outcome.callId, outcome.workflowId).catch((err: unknown) => req.log.warn({ err }, 'could not mark dead letters resolved'));
      }
      logOutcome(req.log, endpoint, outcome, deadLetterId);
      metrics.deliveries.inc({ endpoint, outcome: outcomeLabel(outcome) });
      stopTimer();
      const answer = answerFor(outcome, deadLetterId);
      return reply.code(answer.statusCode).headers(answer.headers ?? {}).send(answer.body);
    });
  }

  // Fastify's own 404 logs the whole URL, query included (a sign-in link's token): ours does not.
  app.setNotFoundHandler((req, reply) => reply.code(404).send({ error: 'not_found', message: `no route ${req.method} ${req.url.split('?')[0]}` }));

  const apiDocument = openApiDocument(SERVICE_VERSION);
  app.get('/openapi.json', async () => apiDocument);

  // Liveness: the process answers. Readiness: it can also start workflows (Temporal answers quickly).
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    const ok = opts.starter.ready ? await opts.starter.ready(READY_DEADLINE_MS) : true;
    return reply.code(ok ? 200 : 503).send(ok ? { status: 'ready' } : { status: 'unavailable', reason: 'Temporal does not answer' });
  });
  app.get('/metrics', async (_req, reply) => {
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  if (opts.adminToken) {
    registerAdminRoutes(app, { adminToken: opts.adminToken, deadLetters: opts.deadLetters, processDeps, metrics });
  }
  if (opts.reviewService) registerReviewRoutes(app, { service: opts.reviewService, adminToken: opts.adminToken, reviewers: opts.reviewerTokens });
  if (opts.followUpService) registerFollowUpRoutes(app, { service: opts.followUpService, adminToken: opts.adminToken, reviewers: opts.reviewerTokens });
  registerSlackRoutes(app, { signingSecret: opts.slackSigningSecret ?? null, reviewService: opts.reviewService });
  if (opts.insightsService) registerInsightsRoutes(app, { service: opts.insightsService, adminToken: opts.adminToken, reviewers: opts.reviewerTokens });
  if (opts.codec) registerCodecRoutes(app, { codec: opts.codec, adminToken: opts.adminToken, reviewers: opts.reviewerTokens, uiOrigin: opts.temporalUiUrl ? new URL(opts.temporalUiUrl).origin : null });
  return app;
}

function logOutcome(
  log: FastifyBaseLogger,
  endpoint: IntakeEndpoint,
  outcome: Outcome,
  deadLetterId: string | null,
): void {
  // Call ids and reasons only: bodies carry caller PII and stay out of logs.
  const base = { endpoint, outcome: outcomeLabel(outcome), deadLetterId };
  switch (outcome.kind) {
    case 'unauthorized':
      log.warn({ ...base, reason: outcome.reason }, 'webhook refused');
      break;
    case 'hangup':
      log.info({ ...base, callId: outcome.callId, hangupReason: outcome.hangupReason }, 'call never connected; recorded, nothing started');
      break;
    case 'rejected':
      log.warn({ ...base, callId: outcome.callId, fieldErrors: outcome.fieldErrors.slice(0, 20) }, 'webhook rejected and dead-lettered');
      break;
    case 'unavailable':
      log.error({ ...base, callId: outcome.callId, err: outcome.message }, 'Temporal unavailable; delivery dead-lettered');
      break;
    case 'started':
    case 'duplicate':
      log.info({ ...base, callId: outcome.callId, workflowId: outcome.workflowId }, 'call accepted');
      break;
    default:
      log.info(base, 'webhook acknowledged');
  }
}
