/**
 * The follow-up API and page on the real intake, against a real Temporal dev server, real workers
 * and the ReferralRock sandbox: waiting follow-ups are listed from visibility, moved and cancelled
 * through the workflow's Updates, exactly once, with clear refusals.
 */
import type { FastifyInstance } from 'fastify';
import { futureExampleCall } from '../helpers/stack';
import { sendCanonical } from '../helpers/send';
import { adminApi, adminIntake, csrfOf, expectAllNotFound, postForm, type AdminIntake } from '../helpers/adminSession';
import { useStack } from '../helpers/suiteStack';
import { eventually } from '../helpers/eventually';
import { registerReviewRoutes } from '../../intake/review/routes';
import { ReviewService } from '../../services/review/reviewService';
import { registerFollowUpRoutes } from '../../intake/followUps/routes';
import { FollowUpService, type ChangeResult, type FollowUpView } from '../../services/followUps/followUpService';
import { getFollowUpQuery, type FollowUpState, type ProcessCallResult } from '../../workflows/definitions';
import { FollowUpAtKey } from '../../workflows/searchAttributes';
import { workflowIdForCall } from '../../workflows/ids';

const TOKEN = 'follow-up-test-token-0123456789';
const DAY_MS = 24 * 60 * 60 * 1000;
const stack = useStack();
let app: FastifyInstance;
let base: string;

/** The real intake with the review and follow-up routes added, as intake/server.ts will. */
function intakeWith(adminToken: string | undefined): Promise<AdminIntake> {
  const namespace = stack().config.temporal.namespace;
  return adminIntake(stack(), (intake) => {
    registerReviewRoutes(intake, { service: new ReviewService(stack().client, { namespace }), adminToken });
    registerFollowUpRoutes(intake, { service: new FollowUpService(stack().client, { namespace }), adminToken });
  });
}

beforeAll(async () => {
  ({ app, url: base } = await intakeWith(TOKEN));
});
afterAll(async () => {
  await app?.close();
});

/** The JSON answers of the API, read loosely: each assertion says what must be there. */
interface ApiBody extends Partial<ChangeResult> {
  followUps: FollowUpView[];
  error: string;
  message: string;
  issues: string[];
}

const call = adminApi<ApiBody>(() => base, TOKEN);

/** Example 01 ("Friday at 11 … I'm in Chicago") moved two days ahead, so its follow-up waits. */
async function waitingFollowUp(): Promise<{ callId: string; id: string }> {
  const body = futureExampleCall('01-referral-books-demo.json');
  expect((await sendCanonical(base, body)).status).toBe(202);
  const result: ProcessCallResult = await stack().client.workflow.getHandle(workflowIdForCall(body.data.call_id)).result();
  expect(result.followUps).toHaveLength(1);
  return { callId: body.data.call_id, id: result.followUps[0] };
}

async function listed(id: string, query = ''): Promise<FollowUpView | undefined> {
  const list = await call('GET', `/review/api/follow-ups${query}`);
  expect(list.status).toBe(200);
  return list.json.followUps.find((f) => f.workflowId === id);
}

async function eventuallyListed(id: string): Promise<FollowUpView> {
  return eventually(() => listed(id), { what: `${id} in the follow-up list` });
}

function inDays(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString();
}

describe('access', () => {
  test('without ADMIN_TOKEN every follow-up route answers 404', async () => {
    const off = await intakeWith(undefined);
    try {
      const routes = [
        ['GET', '/review/follow-ups'],
        ['POST', '/review/follow-ups/followup-call_x-0/cancel'],
        ['GET', '/review/api/follow-ups'],
        ['GET', '/review/api/follow-ups/followup-call_x-0'],
        ['POST', '/review/api/follow-ups/followup-call_x-0/reschedule'],
        ['POST', '/review/api/follow-ups/followup-call_x-0/cancel'],
      ];
      await expectAllNotFound(off.url, routes, TOKEN);
    } finally {
      await off.app.close();
    }
  });

  test('without the right token the API answers 401 and the page asks to sign in', async () => {
    expect((await call('GET', '/review/api/follow-ups', { token: null })).status).toBe(401);
    const wrong = await call('GET', '/review/api/follow-ups', { token: 'not-the-token-at-all' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
    expect((await call('POST', '/review/api/follow-ups/followup-call_x-0/cancel', { token: null, body: { by: 'x', reason: 'y' } })).status).toBe(401);
    const page = await call('GET', '/review/follow-ups', { token: null });
    expect(page.status).toBe(401);
    expect(page.text).toContain('Sign-in needed');
  });

  test('unknown and malformed ids are 404', async () => {
    expect((await call('GET', '/review/api/follow-ups/followup-call_nobody_made-0')).status).toBe(404);
    expect((await call('GET', '/review/api/follow-ups/call_nobody_made')).status).toBe(404);
    expect((await call('GET', `/review/api/follow-ups/${encodeURIComponent("x' OR 1=1")}`)).status).toBe(404);
    const res = await call('POST', '/review/api/follow-ups/followup-call_nobody_made-0/reschedule', { body: { at: inDays(3), by: 'ann' } });
    expect(res.status).toBe(404);
    expect(res.json.error).toBe('not_found');
    expect((await call('POST', '/review/api/follow-ups/not-a-follow-up/cancel', { body: { by: 'ann', reason: 'r' } })).status).toBe(404);
  });
});

describe('listing and changing', () => {
  test('a waiting follow-up is listed with what was promised, and shown by its id or its call id', async () => {
    const { callId, id } = await waitingFollowUp();
    const row = await eventuallyListed(id);
    expect(row).toMatchObject({ workflowId: id, callId, status: 'waiting', executionStatus: 'RUNNING', channel: 'phone', timezone: 'America/Chicago', stateError: null });
    expect(row.target).toEqual({ type: 'referral', id: 'ref_mateo' });
    // "Friday at 11 in the morning, Chicago": a Friday, 11:00 there, still ahead.
    const due = new Date(row.at!);
    expect(due.getTime()).toBeGreaterThan(Date.now());
    expect(new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', weekday: 'long', hour: 'numeric', hour12: false }).format(due)).toMatch(/^Friday,? 11$/);

    expect(await listed(id, `?dueBefore=${encodeURIComponent(new Date(due.getTime() - 60_000).toISOString())}`)).toBeUndefined();
    expect(await listed(id, `?dueBefore=${encodeURIComponent(row.at!)}`)).toBeDefined();
    expect((await call('GET', '/review/api/follow-ups?dueBefore=tomorrow')).status).toBe(400);

    const byId = await call('GET', `/review/api/follow-ups/${id}`);
    expect(byId.status).toBe(200);
    expect(byId.json.followUps.map((f) => f.workflowId)).toEqual([id]);
    const byCall = await call('GET', `/review/api/follow-ups/${callId}`);
    expect(byCall.json.followUps.map((f) => f.workflowId)).toEqual([id]);
  });

  test('reschedule moves the due time and its search attribute; a double submit changes once', async () => {
    const { id } = await waitingFollowUp();
    const at = new Date(Math.floor((Date.now() + 5 * DAY_MS) / 60_000) * 60_000).toISOString();
    const request = { at, by: 'alice@example.com', reason: 'caller asked for next week' };
    const [first, second] = await Promise.all([
      call('POST', `/review/api/follow-ups/${id}/reschedule`, { body: request }),
      call('POST', `/review/api/follow-ups/${id}/reschedule`, { body: request }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.json.state).toMatchObject({ status: 'waiting', at });
    const again = await call('POST', `/review/api/follow-ups/${id}/reschedule`, { body: request });
    expect(again.status).toBe(200);
    expect(again.json.changed).toBe(false);

    const state = await stack().client.workflow.getHandle(id).query(getFollowUpQuery);
    expect(state.at).toBe(at);
    expect(state.reschedules).toEqual([{ at, by: 'alice@example.com (shared token)', reason: 'caller asked for next week' }]);
    const described = await stack().client.workflow.getHandle(id).describe();
    expect(described.typedSearchAttributes.get(FollowUpAtKey)?.toISOString()).toBe(at);
    expect((await eventuallyListed(id)).reschedules).toHaveLength(1);
  });

  test('a local time is read in the given zone, DST-correct; malformed, past and far-off times are 400', async () => {
    const { id } = await waitingFollowUp();
    const year = new Date().getUTCFullYear() + (new Date().getUTCMonth() >= 2 ? 1 : 0);
    const reschedule = (body: Record<string, unknown>) => call('POST', `/review/api/follow-ups/${id}/reschedule`, { body: { by: 'bob', ...body } });

    // Three days ahead at 09:30 in Chicago, whatever its offset then is.
    const day = new Date(Date.now() + 3 * DAY_MS).toISOString().slice(0, 10);
    const local = await reschedule({ at: `${day}T09:30`, timezone: 'America/Chicago' });
    expect(local.status).toBe(200);
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Chicago', dateStyle: 'short', timeStyle: 'short' }).format(new Date(local.json.state!.at))).toBe(
      `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}, 09:30`,
    );
    // Without a timezone a local time is read in the caller's own zone (the follow-up's).
    const callerZone = await reschedule({ at: `${day} 10:45` });
    expect(callerZone.status).toBe(200);
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Chicago', timeStyle: 'short' }).format(new Date(callerZone.json.state!.at))).toBe('10:45');

    // The second Sunday of March skips 02:00-03:00 in Chicago: refused, not silently moved.
    const secondSunday = new Date(Date.UTC(year, 2, 8 + ((7 - new Date(Date.UTC(year, 2, 8)).getUTCDay()) % 7))).toISOString().slice(0, 10);
    const skipped = await reschedule({ at: `${secondSunday}T02:30`, timezone: 'America/Chicago' });
    expect(skipped.status).toBe(400);
    expect(skipped.json.message).toContain('does not exist in America/Chicago');

    for (const body of [
      { at: 'next tuesday' },
      { at: '2026-02-30T10:00:00Z' },
      { at: `${day}T09:30`, timezone: 'Mars/Olympus' },
      { at: new Date(Date.now() - 60_000).toISOString() },
      { at: new Date(Date.now() + 400 * DAY_MS).toISOString() },
      { at: inDays(3), by: '' },
      {},
    ]) {
      const res = await reschedule(body);
      expect([JSON.stringify(body), res.status, res.json.error]).toEqual([JSON.stringify(body), 400, 'invalid_request']);
    }
    const notJson = await fetch(`${base}/review/api/follow-ups/${id}/reschedule`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: '{"at": ' });
    expect(notJson.status).toBe(400);
    // Nothing refused changed anything: two moves only.
    expect((await stack().client.workflow.getHandle(id).query(getFollowUpQuery)).reschedules).toHaveLength(2);
  });

  test('cancel ends the follow-up without contacting anyone; the same cancel again is the same answer, another is 409', async () => {
    const { id } = await waitingFollowUp();
    expect((await call('POST', `/review/api/follow-ups/${id}/cancel`, { body: { by: 'carol' } })).status).toBe(400);
    const request = { by: 'carol', reason: 'caller booked online' };
    const cancelled = await call('POST', `/review/api/follow-ups/${id}/cancel`, { body: request });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json.state).toMatchObject({ status: 'cancelled', cancelledBy: 'carol (shared token)', cancelReason: 'caller booked online' });
    const result = await stack().client.workflow.getHandle(id).result();
    expect(result).toMatchObject({ status: 'cancelled', outcome: null });

    // A retried POST (its answer lost) is the same Update: the same answer, nothing more.
    const repeat = await call('POST', `/review/api/follow-ups/${id}/cancel`, { body: request });
    expect(repeat.status).toBe(200);
    expect(repeat.json.state).toEqual(cancelled.json.state);
    const other = await call('POST', `/review/api/follow-ups/${id}/cancel`, { body: { by: 'dave', reason: 'duplicate' } });
    expect(other.status).toBe(409);
    expect(other.json.error).toBe('not_waiting');
    expect(other.json.message).toContain('cancelled by carol (shared token)');
    const move = await call('POST', `/review/api/follow-ups/${id}/reschedule`, { body: { at: inDays(4), by: 'dave' } });
    expect(move.status).toBe(409);

    expect(await listed(id)).toBeUndefined();
    const shown = await call('GET', `/review/api/follow-ups/${id}`);
    expect(shown.json.followUps[0]).toMatchObject({ status: 'cancelled', executionStatus: 'COMPLETED', cancelledBy: 'carol (shared token)' });
  });
});

describe('the page', () => {
  test('one sign-in covers the review and follow-up pages; the forms reschedule and cancel with their CSRF token', async () => {
    const { callId, id } = await waitingFollowUp();
    await eventuallyListed(id);
    const signIn = await call('GET', `/review/follow-ups?token=${TOKEN}`, { token: null });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/review/follow-ups');
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
    expect(cookie).toMatch(/^review_session=/);
    expect((await call('GET', '/review', { token: null, headers: { cookie } })).status).toBe(200);

    const page = await call('GET', '/review/follow-ups', { token: null, headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    for (const part of [`data-follow-up-id="${id}"`, `/review/calls/${callId}`, 'America/Chicago', ' UTC', 'phone', `id="reschedule-${id}"`, `id="cancel-${id}"`, 'type="datetime-local"']) {
      expect(page.text).toContain(part);
    }
    const csrf = csrfOf(page.text);
    expect(csrf).toBeTruthy();
    // The day filter, in a zone: a day well ahead lists it, yesterday does not; a non-day is a 400.
    const ahead = new Date(Date.now() + 30 * DAY_MS).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - DAY_MS).toISOString().slice(0, 10);
    expect((await call('GET', `/review/follow-ups?dueBy=${ahead}&zone=America/Chicago`, { token: null, headers: { cookie } })).text).toContain(`data-follow-up-id="${id}"`);
    expect((await call('GET', `/review/follow-ups?dueBy=${yesterday}&zone=America/Chicago`, { token: null, headers: { cookie } })).text).not.toContain(`data-follow-up-id="${id}"`);
    expect((await call('GET', '/review/follow-ups?dueBy=someday', { token: null, headers: { cookie } })).status).toBe(400);
    const form = (change: string, fields: Record<string, string>) => postForm(`${base}/review/follow-ups/${id}/${change}`, cookie, fields);

    const day = new Date(Date.now() + 6 * DAY_MS).toISOString().slice(0, 10);
    expect((await form('reschedule', { at: `${day}T14:00`, timezone: 'America/Chicago', by: 'erin' })).status).toBe(403);
    const apiWithCookie = await call('POST', `/review/api/follow-ups/${id}/reschedule`, { token: null, headers: { cookie }, body: { at: `${day}T14:00`, by: 'erin' } });
    expect(apiWithCookie.status).toBe(403);

    const bad = await form('reschedule', { at: '2020-01-01T10:00', timezone: 'America/Chicago', by: 'erin', csrf: csrf! });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('is in the past');

    const moved = await form('reschedule', { at: `${day}T14:00`, timezone: 'America/Chicago', by: 'erin', reason: 'after lunch', csrf: csrf! });
    expect(moved.status).toBe(303);
    expect(moved.headers.get('location')).toBe(`/review/follow-ups?done=rescheduled&id=${id}`);
    const state = await stack().client.workflow.getHandle(id).query(getFollowUpQuery);
    expect(state.reschedules).toEqual([{ at: state.at, by: 'erin (shared token)', reason: 'after lunch' }]);
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Chicago', timeStyle: 'short' }).format(new Date(state.at))).toBe('14:00');
    const after = await call('GET', `/review/follow-ups?done=rescheduled&id=${id}`, { token: null, headers: { cookie } });
    expect(after.text).toContain(`Follow-up ${id} rescheduled.`);
    expect(after.text).toContain('after lunch');

    const cancelled = await form('cancel', { by: 'erin', reason: 'not needed', csrf: csrf! });
    expect(cancelled.status).toBe(303);
    expect((await stack().client.workflow.getHandle(id).result()) as FollowUpState).toMatchObject({ status: 'cancelled', cancelledBy: 'erin (shared token)' });
    const again = await form('cancel', { by: 'frank', reason: 'also not needed', csrf: csrf! });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('cancelled by erin (shared token)');
  });
});
