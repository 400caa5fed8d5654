/**
 * The OpenAPI 3.1 description of every HTTP route the intake serves, served at `/openapi.json`.
 * Request bodies that have a zod schema are described by that schema (`z.toJSONSchema`), so the
 * document and the validation cannot drift apart; a test checks that every registered route is
 * here (test/intake/openapi.test.ts), and CI runs schemathesis against it (scripts/api-fuzz.sh).
 */
import { z } from 'zod';
import { canonicalEventSchema } from '../domain/canonicalEvent';
import { completedCallEventSchema } from '../integrations/dialnexa/nativePayload';
import { SESSION_COOKIE } from './adminUi/auth';
import { codecBodySchema } from './codecRoutes';
import { claimInputSchema, pickInputSchema, reviewDecisionSchema } from '../services/review/decisionInput';

type Json = Record<string, unknown>;

const jsonSchemaOf = (schema: z.ZodType): Json => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  return rest;
};

const error: Json = {
  type: 'object',
  required: ['error'],
  properties: { error: { type: 'string' }, message: { type: 'string' } },
};
const json = (schema: Json) => ({ content: { 'application/json': { schema } } });
const html = { content: { 'text/html': { schema: { type: 'string' } } } };
const answer = (description: string, schema: Json = error) => ({ description, ...json(schema) });

const WEBHOOK_HEADERS = [
  { name: 'webhook-id', in: 'header', required: true, schema: { type: 'string', maxLength: 256 }, description: 'Standard Webhooks delivery id' },
  { name: 'webhook-timestamp', in: 'header', required: true, schema: { type: 'string', pattern: '^[0-9]{1,12}$' }, description: 'Unix seconds; outside the tolerance window is refused' },
  { name: 'webhook-signature', in: 'header', required: true, schema: { type: 'string' }, description: 'v1,<base64 HMAC-SHA256 of id.timestamp.body>' },
];

const webhookResponses = {
  '200': answer('A duplicate, an ignored event type, a verification event or a call that never connected', { type: 'object', properties: { status: { type: 'string' }, workflowId: { type: 'string' } } }),
  '202': answer('Accepted: one workflow per call id was started', { type: 'object', required: ['workflowId', 'status'], properties: { workflowId: { type: 'string' }, status: { const: 'started' } } }),
  '400': answer('Signed but invalid: kept as a dead letter for inspection', { ...error, properties: { ...(error.properties as Json), fieldErrors: { type: 'array' }, deadLetterId: { type: ['string', 'null'] } } }),
  '401': answer('Missing or invalid signature, or a timestamp outside the window'),
  '413': answer('Body larger than 1 MiB'),
  '415': answer('Body not application/json'),
  '503': answer('Temporal unavailable: kept as a dead letter, retry later (Retry-After)'),
};

const callId = { name: 'callId', in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 128 } };
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 200 } };
const apiAuth = [{ reviewToken: [] }, { reviewCookie: [] }];
const unauthorized = { '401': answer('No or a wrong review token'), '403': answer('A change without the CSRF token of the signed-in session') };

const rescheduleSchema: Json = {
  type: 'object',
  required: ['at', 'by'],
  properties: {
    at: { type: 'string', description: 'An ISO instant, or a local date-time read in `timezone`' },
    timezone: { type: ['string', 'null'], description: 'IANA zone of a local `at`' },
    by: { type: 'string', minLength: 1, maxLength: 200 },
    reason: { type: ['string', 'null'], maxLength: 1000 },
  },
};
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
/** The insights' query: a period of whole days and the groupings (services/insights/insightsService.ts). */
const insightsQuery: Json[] = [
  { name: 'from', in: 'query', required: false, schema: day },
  { name: 'to', in: 'query', required: false, schema: day },
  { name: 'by', in: 'query', required: false, schema: { enum: ['campaign', 'source', 'medium', 'keyword', 'landingPage'] } },
  { name: 'phrasesBy', in: 'query', required: false, schema: { enum: ['all', 'campaign', 'segment'] } },
];
const cancelSchema: Json = {
  type: 'object',
  required: ['by', 'reason'],
  properties: { by: { type: 'string', minLength: 1, maxLength: 200 }, reason: { type: 'string', minLength: 1, maxLength: 1000 } },
};

export function openApiDocument(version: string): Json {
  const webhook = (summary: string, body: z.ZodType) => ({
    post: { summary, parameters: WEBHOOK_HEADERS, requestBody: { required: true, ...json(jsonSchemaOf(body)) }, responses: webhookResponses },
  });
  const page = (summary: string) => ({ get: { summary, security: apiAuth, responses: { '200': { description: summary, ...html }, ...unauthorized } } });
  return {
    openapi: '3.1.0',
    info: {
      title: 'dialnexa-referralrock intake',
      version,
      description: 'Call webhooks in (DialNexa native and canonical), health, the review, follow-up and insights surfaces, dead letters and the Temporal codec endpoint.',
    },
    components: {
      securitySchemes: {
        reviewToken: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN (the review and follow-up APIs)' },
        reviewCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'The session a sign-in link (`?token=`) sets' },
        adminToken: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN (dead letters)' },
        codecToken: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN, or the review session (the Temporal UI codec endpoint)' },
      },
    },
    paths: {
      '/webhooks/calls': webhook('A call, in the canonical event format', canonicalEventSchema),
      '/webhooks/dialnexa': webhook('A call, in DialNexa\'s native call.completed format', completedCallEventSchema),
      '/healthz': { get: { summary: 'Liveness: the process answers', responses: { '200': answer('Alive', { type: 'object', properties: { status: { const: 'ok' } } }) } } },
      '/readyz': {
        get: {
          summary: 'Readiness: Temporal answers within a short deadline',
          responses: { '200': answer('Ready', { type: 'object', properties: { status: { const: 'ready' } } }), '503': answer('Temporal does not answer', { type: 'object', properties: { status: { const: 'unavailable' }, reason: { type: 'string' } } }) },
        },
      },
      '/metrics': { get: { summary: 'Prometheus metrics', responses: { '200': { description: 'Metrics in the Prometheus text format', content: { 'text/plain': { schema: { type: 'string' } } } } } } },
      '/openapi.json': { get: { summary: 'This document', responses: { '200': answer('The OpenAPI 3.1 document', { type: 'object' }) } } },
      '/review/api/pending': { get: { summary: 'Calls waiting for a review decision', security: apiAuth, responses: { '200': answer('The pending reviews', { type: 'object', properties: { pending: { type: 'array' } } }), ...unauthorized, '503': answer('Temporal unavailable') } } },
      '/review/api/calls/{callId}': { get: { summary: 'One call under review', security: apiAuth, parameters: [callId], responses: { '200': answer('The call, its plan and its review state', { type: 'object' }), '404': answer('No such call'), ...unauthorized, '503': answer('Temporal unavailable') } } },
      '/review/api/calls/{callId}/decision': {
        post: {
          summary: 'Decide a review: approve, reject or edit (and confirm or lift a held opt-out)',
          security: apiAuth,
          parameters: [callId, { name: 'x-csrf-token', in: 'header', required: false, schema: { type: 'string' } }],
          requestBody: { required: true, ...json(jsonSchemaOf(reviewDecisionSchema)) },
          responses: { '200': answer('The decision was accepted by the workflow', { type: 'object' }), '400': answer('An invalid decision'), '404': answer('No such call'), '409': answer('Not waiting for this decision (decided already, or a stale review)'), ...unauthorized, '503': answer('Temporal unavailable') },
        },
      },
      '/review/api/calls/{callId}/pick': {
        post: {
          summary: 'Which record is this: name one of an ambiguous or weak match\'s candidates (its note and follow-ups go on it), or none (nothing is written)',
          security: apiAuth,
          parameters: [callId, { name: 'x-csrf-token', in: 'header', required: false, schema: { type: 'string' } }],
          requestBody: { required: true, ...json(jsonSchemaOf(pickInputSchema)) },
          responses: { '200': answer('The pick was accepted by the workflow', { type: 'object' }), '400': answer('Not a candidate, or the call asks no such question'), '404': answer('No such call'), '409': answer('Not waiting for a decision'), ...unauthorized, '503': answer('Temporal unavailable') },
        },
      },
      '/review/calls/{callId}/pick': { post: { summary: 'Pick a candidate from the page', security: apiAuth, parameters: [callId], requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema: jsonSchemaOf(pickInputSchema) } } }, responses: { '303': { description: 'Back to the call' }, '400': { description: 'An invalid pick', ...html }, ...unauthorized } } },
      '/review/api/queue': {
        get: {
          summary: 'The review queue narrowed, sorted and paged',
          security: apiAuth,
          parameters: [
            ...['reason', 'intent', 'match', 'owner', 'campaign', 'q'].map((name) => ({ name, in: 'query', required: false, schema: { type: 'string', maxLength: 200 } })),
            { name: 'overdue', in: 'query', required: false, schema: { enum: ['1', 'true', ''] } },
            { name: 'sort', in: 'query', required: false, schema: { enum: ['deadline', 'oldest', 'newest'] } },
            { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 10000 } },
            { name: 'pageSize', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 200 } },
          ],
          responses: { '200': answer('The page of the queue', { type: 'object', properties: { rows: { type: 'array' }, total: { type: 'integer' }, waiting: { type: 'integer' }, pages: { type: 'integer' } } }), '400': answer('An invalid filter'), ...unauthorized, '503': answer('Temporal unavailable') },
        },
      },
      '/review/api/decided': { get: { summary: 'Settled reviews: who decided what, and when', security: apiAuth, responses: { '200': answer('The decided reviews', { type: 'object', properties: { decided: { type: 'array' } } }), ...unauthorized, '503': answer('Temporal unavailable') } } },
      '/slack/interactions': {
        post: {
          summary: 'A review notice\'s approve / reject button clicked in Slack (signed with SLACK_SIGNING_SECRET); 404 while Slack buttons are off',
          parameters: [
            { name: 'x-slack-request-timestamp', in: 'header', required: true, schema: { type: 'string' } },
            { name: 'x-slack-signature', in: 'header', required: true, schema: { type: 'string' } },
          ],
          requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { payload: { type: 'string' } }, required: ['payload'] } } } },
          responses: { '200': answer('Decided (or why not); the message is updated through its response_url', { type: 'object' }), '400': answer('Not a review button click'), '401': answer('Not signed by Slack, or too old'), '404': answer('Slack buttons are off') },
        },
      },
      '/review/api/calls/{callId}/claim': {
        post: {
          summary: 'Claim a waiting call (others see it and cannot decide it for 30 minutes) or release it',
          security: apiAuth,
          parameters: [callId, { name: 'x-csrf-token', in: 'header', required: false, schema: { type: 'string' } }],
          requestBody: { required: true, ...json(jsonSchemaOf(claimInputSchema)) },
          responses: { '200': answer('The review record with its claim', { type: 'object' }), '400': answer('An invalid claim'), '404': answer('No such call'), '409': answer('Claimed by someone else, or not waiting'), ...unauthorized, '503': answer('Temporal unavailable') },
        },
      },
      '/review/calls/{callId}/claim': { post: { summary: 'Claim or release from the page', security: apiAuth, parameters: [callId], requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema: jsonSchemaOf(claimInputSchema) } } }, responses: { '303': { description: 'Back to the call' }, '409': { description: 'Claimed by someone else', ...html }, ...unauthorized } } },
      '/review': page('The review queue (HTML)'),
      '/review/calls/{callId}': { get: { summary: 'One call under review (HTML)', security: apiAuth, parameters: [callId, { name: 'decided', in: 'query', required: false, schema: { type: 'string' } }], responses: { '200': { description: 'The page', ...html }, '404': { description: 'No such call', ...html }, ...unauthorized } } },
      '/review/calls/{callId}/decision': { post: { summary: 'Decide a review from the page form', security: apiAuth, parameters: [callId], requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema: { type: 'object' } } } }, responses: { '303': { description: 'Back to the call page' }, '400': { description: 'An invalid decision', ...html }, ...unauthorized } } },
      '/review/api/follow-ups': { get: { summary: 'Scheduled follow-ups', security: apiAuth, parameters: [{ name: 'dueBefore', in: 'query', required: false, schema: { type: 'string' } }], responses: { '200': answer('The follow-ups', { type: 'object', properties: { followUps: { type: 'array' } } }), '400': answer('An invalid filter'), ...unauthorized, '503': answer('Temporal unavailable') } } },
      '/review/api/follow-ups/{id}': { get: { summary: 'The follow-ups of one call, or one follow-up', security: apiAuth, parameters: [id], responses: { '200': answer('The follow-ups', { type: 'object', properties: { followUps: { type: 'array' } } }), '404': answer('No such follow-up'), ...unauthorized, '503': answer('Temporal unavailable') } } },
      '/review/api/follow-ups/{id}/reschedule': { post: { summary: 'Move a follow-up', security: apiAuth, parameters: [id], requestBody: { required: true, ...json(rescheduleSchema) }, responses: { '200': answer('Rescheduled, or unchanged', { type: 'object' }), '400': answer('An invalid request'), '404': answer('No such follow-up'), '409': answer('The follow-up is closed'), ...unauthorized, '503': answer('Temporal unavailable') } } },
      '/review/api/follow-ups/{id}/cancel': { post: { summary: 'Cancel a follow-up (a reason is required)', security: apiAuth, parameters: [id], requestBody: { required: true, ...json(cancelSchema) }, responses: { '200': answer('Cancelled', { type: 'object' }), '400': answer('An invalid request'), '404': answer('No such follow-up'), '409': answer('The follow-up is closed'), ...unauthorized, '503': answer('Temporal unavailable') } } },
      '/review/follow-ups': page('The follow-ups (HTML)'),
      '/insights': { get: { summary: 'Insights: call quality by attribution, what callers say, review turnaround (HTML)', security: apiAuth, parameters: insightsQuery, responses: { '200': { description: 'The insights page', ...html }, '400': { description: 'An invalid query', ...html }, ...unauthorized } } },
      '/insights/api/report': { get: { summary: 'The insights as JSON', security: apiAuth, parameters: insightsQuery, responses: { '200': answer('The report', { type: 'object', properties: { totals: { type: 'object' }, attribution: { type: 'array' }, phrases: { type: 'array' }, review: { type: 'object' } } }), '400': answer('An invalid query'), ...unauthorized } } },
      '/insights/calls.csv': { get: { summary: 'One row per recorded call (CSV)', security: apiAuth, parameters: insightsQuery.slice(0, 2), responses: { '200': { description: 'The calls', content: { 'text/csv': { schema: { type: 'string' } } } }, '400': { description: 'An invalid query', ...html }, ...unauthorized } } },
      '/review/follow-ups/{id}/reschedule': { post: { summary: 'Move a follow-up from the page form', security: apiAuth, parameters: [id], requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema: rescheduleSchema } } }, responses: { '303': { description: 'Back to the page' }, '400': { description: 'An invalid request', ...html }, ...unauthorized } } },
      '/review/follow-ups/{id}/cancel': { post: { summary: 'Cancel a follow-up from the page form', security: apiAuth, parameters: [id], requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema: cancelSchema } } }, responses: { '303': { description: 'Back to the page' }, '400': { description: 'An invalid request', ...html }, ...unauthorized } } },
      '/admin/dead-letters': { get: { summary: 'Deliveries kept for inspection', security: [{ adminToken: [] }], responses: { '200': answer('The dead letters', { type: 'object', properties: { deadLetters: { type: 'array' } } }), '401': answer('No or a wrong admin token') } } },
      '/admin/dead-letters/{id}': {
        get: { summary: 'One dead letter', security: [{ adminToken: [] }], parameters: [id], responses: { '200': answer('The dead letter', { type: 'object' }), '401': answer('No or a wrong admin token'), '404': answer('No such dead letter') } },
        delete: { summary: 'Drop a dead letter', security: [{ adminToken: [] }], parameters: [id], responses: { '204': { description: 'Dropped' }, '401': answer('No or a wrong admin token'), '404': answer('No such dead letter') } },
      },
      '/admin/dead-letters/{id}/replay': {
        post: {
          summary: 'Replay a dead letter (optionally with a fixed body)',
          security: [{ adminToken: [] }],
          parameters: [id, { name: 'force', in: 'query', required: false, schema: { type: 'string', enum: ['true', 'false'] } }],
          requestBody: { required: false, ...json({ type: 'object', properties: { body: { type: 'string', description: 'The fixed raw body' } } }) },
          responses: { '200': answer('Replayed: what the intake answered', { type: 'object' }), '400': answer('An invalid replay request'), '401': answer('No or a wrong admin token'), '404': answer('No such dead letter'), '409': answer('The stored signature no longer verifies (use force)'), '415': answer('Not application/json') },
        },
      },
      ...Object.fromEntries(
        (['decode', 'encode'] as const).map((op) => [
          `/codec/${op}`,
          {
            options: { summary: `CORS preflight of /codec/${op}`, responses: { '204': { description: 'Allowed' }, '404': answer('The codec endpoint is off') } },
            post: {
              summary: `${op === 'decode' ? 'Decrypt' : 'Encrypt'} Temporal payloads (the Temporal UI's codec server)`,
              security: [{ codecToken: [] }],
              requestBody: { required: true, ...json(jsonSchemaOf(codecBodySchema)) },
              responses: { '200': answer('The payloads', jsonSchemaOf(codecBodySchema)), '400': answer('Not { payloads: [...] }'), '401': answer('No or a wrong codec token'), '404': answer('The codec endpoint is off'), '422': answer('A payload sealed with a key this service does not hold') },
            },
          },
        ]),
      ),
    },
  };
}
