/**
 * The OpenAPI document describes every route the intake registers, and only those: built with every
 * surface switched on (admin token, review and follow-up services, the codec), each registered
 * method and path is in the document and each documented one is registered. It is served at
 * /openapi.json as OpenAPI 3.1, with the webhook and decision bodies taken from their zod schemas.
 */
import { randomBytes } from 'node:crypto';
import { AesGcmPayloadCodec } from '../../integrations/temporal/payloadCodec';
import { registeredRoutes } from '../../intake/server';
import type { ReviewService } from '../../services/review/reviewService';
import type { FollowUpService } from '../../services/followUps/followUpService';
import type { InsightsService } from '../../services/insights/insightsService';
import { startTestIntake, type TestIntake } from './helpers';

let intake: TestIntake;
type Doc = { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Record<string, unknown> }> } }>> };
let doc: Doc;

beforeAll(async () => {
  intake = await startTestIntake({
    // Never called here: the routes only need to exist.
    reviewService: {} as ReviewService,
    followUpService: {} as FollowUpService,
    insightsService: {} as InsightsService,
    codec: new AesGcmPayloadCodec([{ id: 'k1', key: randomBytes(32) }]),
  });
  const res = await fetch(`${intake.url}/openapi.json`);
  expect(res.status).toBe(200);
  doc = (await res.json()) as Doc;
});
afterAll(() => intake.close());

const asOpenApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

describe('/openapi.json', () => {
  it('is an OpenAPI 3.1 document', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).length).toBeGreaterThan(20);
  });

  it('describes every registered route', () => {
    expect(registeredRoutes(intake.app).length).toBeGreaterThan(25);
    const missing = registeredRoutes(intake.app)
      .filter((r) => !r.url.includes('*'))
      .filter((r) => !doc.paths[asOpenApiPath(r.url)]?.[r.method.toLowerCase()])
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('describes no route that is not registered', () => {
    const registered = new Set(registeredRoutes(intake.app).map((r) => `${r.method.toLowerCase()} ${asOpenApiPath(r.url)}`));
    const extra = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`)).filter((k) => !registered.has(k));
    expect(extra).toEqual([]);
  });

  it('takes the webhook and decision bodies from their zod schemas', () => {
    const canonical = doc.paths['/webhooks/calls'].post.requestBody!.content['application/json'].schema;
    expect(canonical).toMatchObject({ type: 'object', required: expect.arrayContaining(['data']) });
    const decision = doc.paths['/review/api/calls/{callId}/decision'].post.requestBody!.content['application/json'].schema as { properties: Record<string, { enum?: string[] }> };
    expect(decision.properties.decision.enum).toEqual(['approve', 'reject', 'edit']);
    expect(decision.properties.optOut.enum).toEqual(['confirm', 'lift']);
  });
});
