/**
 * The daily digest: its Schedule is created once however many times workers start, and a run
 * reports what waits (a review, a follow-up) through the notifier.
 */
import { startStack, exampleCall, type Stack } from '../helpers/stack';
import { sendCanonical } from '../helpers/send';
import { startNoticeReceiver } from '../helpers/noticeReceiver';
import { eventually } from '../helpers/eventually';
import { ensureDigestSchedule, ensureInsightsDigestSchedule } from '../../worker/digestSchedule';
import { DIGEST_SCHEDULE_ID, INSIGHTS_DIGEST_SCHEDULE_ID } from '../../workflows/ids';
import { getStateQuery, type ProcessCallResult } from '../../workflows/definitions';
import type { Digest } from '../../activities/digest';
import { dailyDigest } from '../../workflows/dailyDigest';
import { weeklyInsightsDigest } from '../../workflows/insightsDigest';

let stack: Stack;
let notices: Awaited<ReturnType<typeof startNoticeReceiver>>;

/** A zone where it is about 08:00 now, so "in two hours" is later today whenever the test runs. */
function zoneAtEightAm(): string {
  let offset = (8 - new Date().getUTCHours() + 24) % 24;
  if (offset > 14) offset -= 24;
  // Etc/GMT zones count the other way round: Etc/GMT-8 is UTC+8.
  return offset >= 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

beforeAll(async () => {
  notices = await startNoticeReceiver();
  stack = await startStack({ env: { NOTIFIER_WEBHOOK_URL: notices.url, DEFAULT_TIMEZONE: zoneAtEightAm() } });
});
afterAll(async () => {
  await stack?.stop();
  await notices?.close();
});

test('the digest schedule is created once, then found', async () => {
  const opts = { taskQueue: stack.config.temporal.taskQueue, timezone: 'America/New_York' };
  await stack.client.schedule.getHandle(DIGEST_SCHEDULE_ID).delete().catch(() => undefined);
  expect(await ensureDigestSchedule(stack.client, opts)).toBe('created');
  expect(await ensureDigestSchedule(stack.client, opts)).toBe('exists');
  const described = await stack.client.schedule.getHandle(DIGEST_SCHEDULE_ID).describe();
  expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'dailyDigest' });
  expect(described.spec.timezone).toBe('America/New_York');
});

test('a digest run lists the pending review and the follow-up due today, and sends it', async () => {
  // A call that waits for review (high-value referral)...
  const review = exampleCall('07-high-value-ready.json');
  const answer = await sendCanonical(stack.intakeUrl, review);
  const handle = stack.client.workflow.getHandle(answer.body.workflowId);
  await eventually(() => handle.query(getStateQuery), { what: 'the call to wait for review', until: (s) => s.phase === 'waiting_for_review', intervalMs: 100, timeoutMs: 10_000 });
  // ...and one whose follow-up is due later today (the call ended just now, "in two hours").
  const soon = exampleCall('01-referral-books-demo.json');
  const now = new Date();
  soon.data.ended_at = now.toISOString();
  soon.data.started_at = new Date(now.getTime() - 200_000).toISOString();
  soon.data.transcript[3].text = 'Call me back in two hours please.';
  soon.data.transcript[4].text = 'Will do, we will call you back in two hours.';
  const followUpCall = await sendCanonical(stack.intakeUrl, soon);
  const result: ProcessCallResult = await stack.client.workflow.getHandle(followUpCall.body.workflowId).result();
  expect(result.followUps).toHaveLength(1);

  // Visibility is eventually consistent: wait until both are listed.
  let runs = 0;
  const digest: Digest = await eventually(
    () => stack.client.workflow.execute(dailyDigest, { taskQueue: stack.config.temporal.taskQueue, workflowId: `digest-${runs++}-${Date.now()}` }),
    {
      what: 'a digest listing both',
      until: (run) => [...run.followUpsDueToday, ...run.followUpsOverdue].some((f) => f.workflowId === result.followUps[0]) && run.reviewsPending.some((r) => r.workflowId === answer.body.workflowId),
    },
  );
  expect(digest.reviewsPending.map((r) => r.workflowId)).toContain(answer.body.workflowId);
  expect(digest.reviewsPending.find((r) => r.workflowId === answer.body.workflowId)?.detail).toContain('high_value');
  expect([...digest.followUpsDueToday, ...digest.followUpsOverdue].map((f) => f.workflowId)).toContain(result.followUps[0]);
  const sent = notices.received.filter((n) => n.body.kind === 'digest');
  expect(sent.length).toBeGreaterThan(0);
  expect(sent[sent.length - 1].body.text).toContain(answer.body.workflowId);
});

test('the weekly insights digest schedule is created once, then found, on Mondays', async () => {
  const opts = { taskQueue: stack.config.temporal.taskQueue, timezone: 'America/New_York' };
  await stack.client.schedule.getHandle(INSIGHTS_DIGEST_SCHEDULE_ID).delete().catch(() => undefined);
  expect(await ensureInsightsDigestSchedule(stack.client, opts)).toBe('created');
  expect(await ensureInsightsDigestSchedule(stack.client, opts)).toBe('exists');
  const described = await stack.client.schedule.getHandle(INSIGHTS_DIGEST_SCHEDULE_ID).describe();
  expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'weeklyInsightsDigest' });
  expect(described.spec.calendars?.[0]?.dayOfWeek).toEqual([{ start: 'MONDAY', end: 'MONDAY', step: 1 }]);
});

test("the weekly insights digest counts the past week's calls by campaign, and sends them", async () => {
  const body = exampleCall('04-new-prospect-with-code.json');
  const campaign = `digest-${Date.now()}`;
  (body.data.attribution as Record<string, unknown>).campaign = campaign;
  // Ended yesterday: inside the past week, whatever the hour the test runs.
  const ended = Date.now() - 24 * 60 * 60 * 1000;
  body.data.ended_at = new Date(ended).toISOString();
  body.data.started_at = new Date(ended - 180_000).toISOString();
  const answer = await sendCanonical(stack.intakeUrl, body);
  await stack.client.workflow.getHandle(answer.body.workflowId).result();

  const digest = await stack.client.workflow.execute(weeklyInsightsDigest, { taskQueue: stack.config.temporal.taskQueue, workflowId: `insights-digest-${Date.now()}` });
  expect(digest.calls).toBeGreaterThanOrEqual(1);
  expect(digest.text).toContain(`${campaign}: `);
  expect(digest.text).toMatch(/^Insights for \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}: \d+ calls/);
  const sent = await eventually(async () => notices.received.filter((n) => n.body.kind === 'insights_digest'), { what: 'the insights digest notice', until: (s) => s.length > 0 });
  expect(sent[sent.length - 1].body.text).toContain(campaign);
});
