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
