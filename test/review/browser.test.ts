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
import { ReviewService } from '../../services/review/reviewService';
import type { ProcessCallResult } from '../../workflows/definitions';
import { workflowIdForCall } from '../../workflows/ids';

const TOKEN = 'browser-review-token-0123456789';
const stack = useStack();
let app: FastifyInstance;
let base: string;
let browser: Browser;

beforeAll(async () => {
  const service = new ReviewService(stack().client, { namespace: stack().config.temporal.namespace, temporalUiUrl: 'http://127.0.0.1:8233' });
  ({ app, url: base } = await adminIntake(stack(), (intake) => registerReviewRoutes(intake, { service, adminToken: TOKEN })));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
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
  expect(cookies.find((c) => c.name === 'review_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/review' });

  await row.getByRole('link', { name: callId }).click();
  await page.waitForURL(`${base}/review/calls/${callId}`);
  expect(await page.locator('#review').textContent()).toContain('money');
  expect(await page.locator('#evidence').textContent()).toContain('turn 1');
  expect(await page.locator('#turn-1').textContent()).toContain('ready to sign the annual contract');
  expect(await page.locator('#links a', { hasText: 'Workflow in the Temporal UI' }).getAttribute('href')).toContain(`/workflows/call-${callId}/`);

  // Rejecting without a reason is stopped by the browser itself (the field is required).
  await page.fill('#reject-reviewer', 'grace@example.com');
  await page.click('#reject-form button[type=submit]');
  expect(page.url()).toBe(`${base}/review/calls/${callId}`);
  expect(await page.locator('#reject-comment:invalid').count()).toBe(1);

  await page.fill('#approve-reviewer', 'grace@example.com');
  await page.fill('#approve-comment', 'Contract value confirmed with the AE.');
  await Promise.all([page.waitForURL(`${base}/review/calls/${callId}?decided=approved`), page.click('#approve-form button[type=submit]')]);
  expect(await page.locator('[role=status]').textContent()).toBe('Decision recorded: approved.');
  expect(await page.locator('#approve-form').count()).toBe(0);

  const result = (await stack().client.workflow.getHandle(workflowIdForCall(callId)).result()) as ProcessCallResult;
  expect(result.review).toMatchObject({ status: 'approved', reviewer: 'grace@example.com', comment: 'Contract value confirmed with the AE.' });
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
