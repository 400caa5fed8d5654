/**
 * The insights end to end on real servers: a signed call runs through Temporal to the sandbox, its
 * outcome lands in the insights store once (the workflow's step 5), and the page, the JSON and the
 * CSV show it behind the review sign-in.
 */
import { randomUUID } from 'node:crypto';
import { startStack, exampleCall, type Stack } from '../helpers/stack';
import { sendCanonical } from '../helpers/send';
import { adminIntake, type AdminIntake } from '../helpers/adminSession';
import { eventually } from '../helpers/eventually';
import { PostgresInsightsStore } from '../../insights/postgresStore';
import { SqliteInsightsStore } from '../../insights/sqliteStore';
import type { InsightsStore } from '../../insights/store';
import { startThrowawayPostgres } from '../helpers/throwawayPostgres';
import { InsightsService } from '../../services/insights/insightsService';
import { registerInsightsRoutes } from '../../intake/insights/routes';
import type { ProcessCallResult } from '../../workflows/definitions';
import { backfillInsights } from '../../services/insights/backfill';
import { dataConverterFor } from '../../integrations/temporal/dataConverter';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const TOKEN = `insights-${randomUUID()}`;
let stack: Stack;
let store: InsightsStore;
let intake: AdminIntake;

beforeAll(async () => {
  stack = await startStack();
  store = new SqliteInsightsStore(stack.config.insights.dbFile);
  intake = await adminIntake(stack, (app) => registerInsightsRoutes(app, { service: new InsightsService(store), adminToken: TOKEN }));
});
afterAll(async () => {
  await intake?.app.close();
  await store?.close();
  await stack?.stop();
});

const get = (path: string, token: string | null = TOKEN) => fetch(`${intake.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {}, redirect: 'manual' });

test("a finished call's outcome lands once, with its attribution, and the page, JSON and CSV show it", async () => {
  const body = exampleCall('04-new-prospect-with-code.json');
  const campaign = `camp-${randomUUID().slice(0, 6)}`;
  (body.data.attribution as Record<string, unknown>).campaign = campaign;
  const answer = await sendCanonical(stack.intakeUrl, body);
  expect(answer.status).toBe(202);
  const result: ProcessCallResult = await stack.client.workflow.getHandle(answer.body.workflowId).result();

  const row = (await store.calls()).find((c) => c.callId === body.data.call_id);
  expect(row).toMatchObject({ campaign, source: 'referral', intent: result.plan.classification.intent, referralCreated: result.writes.some((w) => w.type === 'create_referral' && w.outcome === 'applied') });
  expect(row?.phrases).toEqual(result.plan.classification.prospectPhrases);

  const report = await eventually(async () => (await (await get('/insights/api/report?by=campaign')).json()) as { attribution: Array<{ key: string; calls: number }> }, {
    what: 'the campaign in the report',
    until: (r) => r.attribution.some((a) => a.key === campaign),
  });
  expect(report.attribution.find((a) => a.key === campaign)?.calls).toBe(1);

  const page = await get('/insights?by=campaign');
  expect(page.status).toBe(200);
  expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
  const html = await page.text();
  expect(html).toContain(campaign);
  expect(html).toContain('Call quality by campaign');

  const csv = await get('/insights/calls.csv');
  expect(csv.headers.get('content-type')).toContain('text/csv');
  expect((await csv.text()).split('\r\n').some((line) => line.startsWith(`${body.data.call_id},`) && line.includes(campaign))).toBe(true);
});

test('the insights need the review sign-in, and a malformed query is a 400 that names the field', async () => {
  expect((await get('/insights', null)).status).toBe(401);
  expect((await get('/insights/api/report', 'wrong')).status).toBe(401);
  const bad = await get('/insights/api/report?from=yesterday');
  expect(bad.status).toBe(400);
  expect(await bad.json()).toMatchObject({ error: 'invalid_request', issues: [expect.stringMatching(/^from: /)] });
  expect((await get('/insights?by=zodiac')).status).toBe(400);
});

test.each([
  ['a fresh SQLite file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backfill-'));
    const fresh = new SqliteInsightsStore(path.join(dir, 'insights.sqlite'));
    return { fresh, done: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }],
  ['PostgreSQL (INSIGHTS_DATABASE_URL)', async () => {
    const pg = await startThrowawayPostgres();
    return { fresh: new PostgresInsightsStore(pg.url) as InsightsStore, done: () => pg.stop() };
  }],
] as Array<[string, () => Promise<{ fresh: InsightsStore; done: () => Promise<void> }>]>)('a backfill from Temporal history into %s records exactly the rows the workflows recorded, and a second adds nothing', async (_where, open) => {
  const body = exampleCall('01-referral-books-demo.json');
  const answer = await sendCanonical(stack.intakeUrl, body);
  await stack.client.workflow.getHandle(answer.body.workflowId).result();
  const { fresh, done } = await open();
  try {
    const first = await eventually(async () => ({ report: await backfillInsights(stack.client, dataConverterFor(stack.config.temporal), fresh), has: await fresh.has(body.data.call_id) }), {
      what: 'the completed call to be listed',
      until: (r) => r.has,
    });
    expect(first.report.failed).toEqual([]);
    const live = (await store.calls()).find((c) => c.callId === body.data.call_id);
    expect(live).toBeDefined();
    expect((await fresh.calls()).find((c) => c.callId === body.data.call_id)).toEqual(live);
    const again = await backfillInsights(stack.client, dataConverterFor(stack.config.temporal), fresh);
    expect(again.recorded).toBe(0);
    expect(again.alreadyRecorded).toBe(again.seen);
  } finally {
    await fresh.close();
    await done();
  }
}, 120_000);
