/**
 * The review page in a real browser (headless Chromium): sign in with the token link, find the
 * waiting call in the queue, read it, and approve it by clicking, with no JavaScript on the page.
 * The workflow must then finish with the plan's writes in ReferralRock exactly once.
 */
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { exampleCall } from '../helpers/stack';
import { adminIntake } from '../helpers/adminSession';
import { useStack } from '../helpers/suiteStack';
import { sendCanonical, sandboxWrites } from '../helpers/send';
import { registerReviewRoutes } from '../../intake/review/routes';
import { registerFollowUpRoutes } from '../../intake/followUps/routes';
import { registerInsightsRoutes } from '../../intake/insights/routes';
import { FollowUpService } from '../../services/followUps/followUpService';
import { InsightsService } from '../../services/insights/insightsService';
import { SqliteInsightsStore } from '../../insights/sqliteStore';
import type { InsightsStore } from '../../insights/store';
import { ReviewService } from '../../services/review/reviewService';
import type { ProcessCallResult } from '../../workflows/definitions';
import { workflowIdForCall } from '../../workflows/ids';

const TOKEN = 'browser-review-token-0123456789';
const stack = useStack();
let app: FastifyInstance;
let base: string;
let browser: Browser;
let insights: InsightsStore;

beforeAll(async () => {
  const service = new ReviewService(stack().client, { namespace: stack().config.temporal.namespace, temporalUiUrl: 'http://127.0.0.1:8233' });
  insights = new SqliteInsightsStore(stack().config.insights.dbFile);
  const followUps = new FollowUpService(stack().client, { namespace: stack().config.temporal.namespace });
  ({ app, url: base } = await adminIntake(stack(), (intake) => {
    registerReviewRoutes(intake, { service, adminToken: TOKEN });
    registerFollowUpRoutes(intake, { service: followUps, adminToken: TOKEN });
    registerInsightsRoutes(intake, { service: new InsightsService(insights), adminToken: TOKEN });
  }));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await insights?.close();
});

test('a reviewer approves a waiting call by clicking through the page; its writes land exactly once', async () => {
  const body = exampleCall('07-high-value-ready.json');
  const callId: string = body.data.call_id;
  expect((await sendCanonical(base, body)).status).toBe(202);

  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });

  // Visibility catches up within a moment of the workflow starting to wait: reload until listed.
  await page.goto(`${base}/review?token=${TOKEN}`);
  expect(new URL(page.url()).search).toBe('');
  const row = page.locator(`tr[data-call-id="${callId}"]`);
  for (let i = 0; i < 100 && (await row.count()) === 0; i++) {
    await page.waitForTimeout(200);
    await page.reload();
  }
  await expect(row.locator('.badge').first().textContent()).resolves.toBe('pending');
  expect(await row.textContent()).toContain('high_value');

  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === 'review_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });

  await row.getByRole('link', { name: callId }).click();
  await page.waitForURL(`${base}/review/calls/${callId}`);
  expect(await page.locator('#review').textContent()).toContain('money');
  expect(await page.locator('#evidence').textContent()).toContain('turn 1');
  expect(await page.locator('#turn-1').textContent()).toContain('ready to sign the annual contract');
  expect(await page.locator('#links a', { hasText: 'Workflow in the Temporal UI' }).getAttribute('href')).toContain(`/workflows/call-${callId}/`);

  // Rejecting without a reason is refused by the server, which keeps what was typed.
  await page.fill('#decision-reviewer', 'grace@example.com');
  await Promise.all([page.waitForLoadState('load'), page.click('#decision-form button[value=reject]')]);
  expect(await page.locator('[role=alert]').textContent()).toContain('a rejection needs a reason');
  expect(await page.locator('#decision-reviewer').inputValue()).toBe('grace@example.com');
  // That refusal is a 400 the browser logs; nothing else may be.
  expect(problems).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  problems.length = 0;

  // One decision bar, in view at the foot of the page.
  expect(await page.evaluate("getComputedStyle(document.querySelector('#decide')).position")).toBe('sticky');
  await page.fill('#decision-comment', 'Contract value confirmed with the AE.');
  await Promise.all([page.waitForURL(`${base}/review/calls/${callId}?decided=approved`), page.click('#decision-form button[value=approve]')]);
  expect(await page.locator('[role=status]').textContent()).toMatch(/^Decision recorded: approved\. (Next call: \S+ →|The queue is clear\.)$/);
  expect(await page.locator('#decision-form').count()).toBe(0);

  const result = (await stack().client.workflow.getHandle(workflowIdForCall(callId)).result()) as ProcessCallResult;
  expect(result.review).toMatchObject({ status: 'approved', reviewer: 'grace@example.com (shared token)', comment: 'Contract value confirmed with the AE.' });
  expect(result.writes.map((w) => [w.type, w.outcome])).toEqual([
    ['update_referral', 'applied'],
    ['add_note', 'applied'],
  ]);
  const writes = (await sandboxWrites(stack().sandbox.url)).filter((w) => JSON.stringify(w.body).includes(`dialnexa:${callId}`));
  expect(writes).toHaveLength(2);

  // Back (a reload of the decided page) decides nothing again, and the queue no longer lists it.
  await page.reload();
  await page.goto(`${base}/review`);
  expect(await page.locator(`tr[data-call-id="${callId}"]`).count()).toBe(0);
  expect((await sandboxWrites(stack().sandbox.url)).filter((w) => JSON.stringify(w.body).includes(`dialnexa:${callId}`))).toHaveLength(2);
  expect(problems).toEqual([]);
  await context.close();
});

test('a reviewer filters and pages the queue, claims an ambiguous call and clicks the right record: its note lands once, on that record', async () => {
  const ambiguous = exampleCall('06-ambiguous-name.json');
  const other = exampleCall('07-high-value-ready.json');
  const callId: string = ambiguous.data.call_id;
  for (const b of [ambiguous, other]) expect((await sendCanonical(base, b)).status).toBe(202);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/review?token=${TOKEN}`);
  // Filter by reason in the form, as a reviewer does: only the ambiguous call stays.
  const row = page.locator(`tr[data-call-id="${callId}"]`);
  for (let i = 0; i < 100; i++) {
    await page.goto(`${base}/review`);
    if ((await page.locator(`tr[data-call-id="${other.data.call_id}"]`).count()) && (await row.count())) break;
    await page.waitForTimeout(200);
  }
  await page.selectOption('#queue-filters select[name=reason]', 'ambiguous_match');
  await Promise.all([page.waitForURL(/reason=ambiguous_match/), page.click('#queue-filters button[type=submit]')]);
  expect(await row.count()).toBe(1);
  expect(await page.locator(`tr[data-call-id="${other.data.call_id}"]`).count()).toBe(0);

  // Paging: one call a page, "next →" leads to a page with another call.
  await page.goto(`${base}/review?pageSize=1&sort=newest`);
  const firstId = await page.locator('tr[data-call-id]').first().getAttribute('data-call-id');
  await Promise.all([page.waitForURL(/page=2/), page.click('a[rel=next]')]);
  const secondId = await page.locator('tr[data-call-id]').first().getAttribute('data-call-id');
  expect(secondId).not.toBe(firstId);
  expect(await page.locator('a[rel=prev]').count()).toBe(1);

  // Claim it: the page and the queue show who is working on it.
  await page.goto(`${base}/review/calls/${callId}`);
  await page.fill('#claim-reviewer', 'ivy@example.com');
  await Promise.all([page.waitForLoadState('load'), page.click('#claim button[value=claim]')]);
  expect(await page.locator('#claim').textContent()).toContain('ivy@example.com (shared token) is working on this call');
  await page.goto(`${base}/review?reason=ambiguous_match`);
  expect(await row.textContent()).toContain('claimed by ivy@example.com');

  // "Which record is this?": the candidates side by side; click the right one.
  await row.getByRole('link', { name: callId }).click();
  const cards = page.locator('#candidates form.candidate');
  expect(await cards.count()).toBeGreaterThanOrEqual(2);
  const right = cards.filter({ has: page.locator('code, a', { hasText: 'ref_pat2' }) });
  expect(await right.count()).toBe(1);
  await right.locator('input[name=reviewer]').fill('ivy@example.com');
  await Promise.all([page.waitForURL(/decided=edited/), right.getByRole('button', { name: /^This is / }).click()]);

  const result = (await stack().client.workflow.getHandle(workflowIdForCall(callId)).result()) as ProcessCallResult;
  expect(result.review).toMatchObject({ status: 'edited', reviewer: 'ivy@example.com (shared token)', picked: { type: 'referral', id: 'ref_pat2' } });
  const notes = (await sandboxWrites(stack().sandbox.url)).filter((w) => JSON.stringify(w.body).includes(`dialnexa:${callId}`));
  expect(notes).toHaveLength(1);
  expect(notes[0].body).toEqual([expect.objectContaining({ query: { primaryInfo: { referralId: 'ref_pat2' } } })]);
  await stack().client.workflow.getHandle(workflowIdForCall(other.data.call_id)).executeUpdate('review', { args: [{ decision: 'reject', reviewer: 'ivy@example.com', comment: 'browser test' }] }).catch(() => undefined);
  await context.close();
});

test('the insights page shows calls, qualified calls and the callers’ wording per campaign, with charts; its CSV matches the store', async () => {
  const body = exampleCall('04-new-prospect-with-code.json');
  const campaign = `browser-${Date.now()}`;
  (body.data.attribution as Record<string, unknown>).campaign = campaign;
  expect((await sendCanonical(base, body)).status).toBe(202);
  await stack().client.workflow.getHandle(workflowIdForCall(body.data.call_id)).result();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/insights?token=${TOKEN}&by=campaign&phrasesBy=campaign`);
  const campaignRow = page.locator('tr', { hasText: campaign }).first();
  expect(await campaignRow.count()).toBe(1);
  // A chart per row (inline SVG, readable without JavaScript), labelled with the figures it draws.
  expect(await campaignRow.locator('svg[role=img]').getAttribute('aria-label')).toMatch(/^1 calls, [01] qualified$/);
  const stored = (await insights.calls()).find((c) => c.callId === body.data.call_id)!;
  expect(stored.campaign).toBe(campaign);
  // The caller's wording, per campaign: example 04's "We want pricing for a team of 30."
  expect(stored.phrases.length).toBeGreaterThan(0);
  const wording = page.locator('tr', { hasText: stored.phrases[0] });
  expect(await wording.first().textContent()).toContain(campaign);

  // The CSV, fetched with the page's own session, holds exactly the store's rows.
  const csv = await (await context.request.get(`${base}/insights/calls.csv`)).text();
  const lines = csv.trimEnd().split('\r\n');
  const ids = lines.slice(1).map((l) => l.split(',')[0]);
  expect(ids.sort()).toEqual((await insights.calls()).map((c) => c.callId).sort());
  expect(lines.find((l) => l.startsWith(`${body.data.call_id},`))).toContain(campaign);
  await context.close();
});

test('one sign-in covers every admin page, and each fits a 390 px phone screen as well as a desktop', async () => {
  const body = exampleCall('06-ambiguous-name.json');
  const callId: string = body.data.call_id;
  expect((await sendCanonical(base, body)).status).toBe(202);
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${base}/review?token=${TOKEN}`);
    const row = page.locator(`tr[data-call-id="${callId}"]`);
    for (let i = 0; i < 100 && (await row.count()) === 0; i++) {
      await page.waitForTimeout(200);
      await page.reload();
    }
    for (const path of ['/review', `/review/calls/${callId}`, '/review/follow-ups', '/insights']) {
      const answer = await page.goto(`${base}${path}`);
      expect(answer?.status()).toBe(200);
      // Nothing wider than the screen: wide tables scroll inside their own box.
      const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
      expect({ path, width: width <= viewport.width ? 'fits' : width }).toEqual({ path, width: 'fits' });
    }
    expect(await page.locator('h1').textContent()).toBe('Insights');
    await page.goto(`${base}/review/calls/${callId}`);
    expect(await page.locator('#candidates form.candidate').count()).toBe(2);
    await context.close();
  }
});
