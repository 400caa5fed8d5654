/**
 * The review API and page on the real intake, against a real Temporal dev server, real workers and
 * the ReferralRock sandbox: calls that wait for a person are listed from Temporal visibility, shown,
 * and decided once, with their writes landing exactly once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ReviewerTokens } from '../../services/reviewers/reviewerTokens';
import { exampleCall } from '../helpers/stack';
import { sendCanonical, sandboxWrites } from '../helpers/send';
import { adminApi, adminIntake, csrfOf, expectAllNotFound, postForm, type AdminIntake } from '../helpers/adminSession';
import { useStack } from '../helpers/suiteStack';
import { eventually } from '../helpers/eventually';
import { registerReviewRoutes } from '../../intake/review/routes';
import { ReviewService, type CallReview, type PendingCall, type TranscriptExcerpt } from '../../services/review/reviewService';
import type { CallState, ProcessCallResult, ReviewRecord } from '../../workflows/definitions';
import { workflowIdForCall } from '../../workflows/ids';
import { ReviewDeadlineKey, ReviewReasonsKey } from '../../workflows/searchAttributes';

const TOKEN = 'review-test-token-0123456789';
const stack = useStack();
let app: FastifyInstance;
let base: string;

/** The real intake (webhooks and all) with the review routes added, as intake/server.ts will. */
function reviewIntake(adminToken: string | undefined): Promise<AdminIntake> {
  const service = new ReviewService(stack().client, { namespace: stack().config.temporal.namespace });
  return adminIntake(stack(), (intake) => registerReviewRoutes(intake, { service, adminToken, reviewers }));
}

let reviewersDir: string;
let reviewers: ReviewerTokens;
beforeAll(async () => {
  reviewersDir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-reviewers-'));
  reviewers = new ReviewerTokens(path.join(reviewersDir, 'reviewers.sqlite'));
  ({ app, url: base } = await reviewIntake(TOKEN));
});
afterAll(async () => {
  await app?.close();
  reviewers?.close();
  fs.rmSync(reviewersDir, { recursive: true, force: true });
});

/** The JSON answers of the review API, read loosely: each assertion says what must be there. */
interface ApiBody {
  pending: PendingCall[];
  review: ReviewRecord;
  error: string;
  message: string;
  issues: string[];
  state: CallState;
  transcript: TranscriptExcerpt;
  links: CallReview['links'];
}

const call = adminApi<ApiBody>(() => base, TOKEN);

/** Starts a call through the intake and waits until Temporal visibility lists it as pending. */
async function pendingCall(file: string, edit?: (body: Record<string, unknown>) => void): Promise<{ callId: string; row: PendingCall }> {
  const body = exampleCall(file);
  edit?.(body);
  const callId: string = body.data.call_id;
  expect((await sendCanonical(base, body)).status).toBe(202);
  const row = await eventually(async () => (await call('GET', '/review/api/pending')).json.pending.find((p: PendingCall) => p.callId === callId), {
    what: `call ${callId} in the review queue`,
  });
  return { callId, row };
}

async function resultOf(callId: string): Promise<ProcessCallResult> {
  return stack().client.workflow.getHandle(workflowIdForCall(callId)).result();
}

async function writesFor(callId: string) {
  return (await sandboxWrites(stack().sandbox.url)).filter((w) => JSON.stringify(w.body).includes(`dialnexa:${callId}`));
}

async function referral(id: string): Promise<{ status?: string; note?: string }> {
  const state = (await (await fetch(`${stack().sandbox.url}/_sandbox/state`)).json()) as { referrals: { id: string; status?: string; note?: string }[] };
  return state.referrals.find((r) => r.id === id) ?? {};
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

async function resetSandbox(): Promise<void> {
  // Example 07 moves ref_hana to "qualified" once approved; each test starts from the seed again.
  const res = await fetch(`${stack().sandbox.url}/_sandbox/reset`, { method: 'POST' });
  expect(res.status).toBe(200);
}

describe('access', () => {
  test('without ADMIN_TOKEN every review route answers 404 (review is off)', async () => {
    const off = await reviewIntake(undefined);
    try {
      const routes = [
        ['GET', '/review'],
        ['GET', '/review/calls/call_x'],
        ['GET', '/review/api/pending'],
        ['GET', '/review/api/calls/call_x'],
        ['POST', '/review/api/calls/call_x/decision'],
      ];
      await expectAllNotFound(off.url, routes, TOKEN);
    } finally {
      await off.app.close();
    }
  });

  test('without the right token the API answers 401 and the page asks to sign in', async () => {
    expect((await call('GET', '/review/api/pending', { token: null })).status).toBe(401);
    const wrong = await call('GET', '/review/api/pending', { token: 'not-the-token-at-all' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
    expect((await call('POST', '/review/api/calls/call_x/decision', { token: null, body: { decision: 'approve', reviewer: 'x' } })).status).toBe(401);
    const page = await call('GET', '/review', { token: null });
    expect(page.status).toBe(401);
    expect(page.text).toContain('Sign-in needed');
    expect((await call('GET', '/review?token=wrong-token-wrong-token', { token: null })).status).toBe(401);
  });

  test('the webhook routes of the same intake still take signed JSON (the review scope keeps its parsers to itself)', async () => {
    const body = exampleCall('05-spam.json');
    expect((await sendCanonical(base, body)).status).toBe(202);
    await resultOf(body.data.call_id);
  });
});

describe('deciding', () => {
  beforeEach(resetSandbox);

  test('a waiting call is listed from visibility and shown with plan, evidence, transcript and links', async () => {
    const { callId, row } = await pendingCall('07-high-value-ready.json');
    expect(row).toMatchObject({
      callId,
      workflowId: workflowIdForCall(callId),
      reviewStatus: 'pending',
      reviewId: `${callId}:review`,
      reasons: expect.arrayContaining(['high_value', 'money']),
      intent: 'sales_inquiry',
      matchStatus: 'matched',
      stateError: null,
    });
    expect(Date.parse(row.deadlineAt!)).toBeGreaterThan(Date.now());
    expect(Date.parse(row.startedAt)).toBeLessThanOrEqual(Date.now());

    const shown = await call('GET', `/review/api/calls/${callId}`);
    expect(shown.status).toBe(200);
    expect(shown.json.state.phase).toBe('waiting_for_review');
    expect(shown.json.state.actions.map((a) => a.type)).toEqual(['update_referral', 'add_note']);
    expect(shown.json.state.plan!.classification.evidence[0]).toMatchObject({ turn: 1 });
    expect(shown.json.transcript.turns[1]).toMatchObject({ index: 1, speaker: 'caller' });
    expect(shown.json.links.transcript).toMatch(/^https:\/\/.*transcript$/);

    const html = await call('GET', `/review/calls/${callId}`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    for (const part of ['high_value', 'amount 9,000 &gt;= 5,000', 'status pending -&gt; qualified pays a reward', 'Update referral', '<strong>status</strong>: pending → qualified', 'turn 1', 'ready to sign the annual contract', 'id="decision-form"', 'value="approve"', 'value="reject"', 'value="edit"', 'accesskey="a"']) {
      expect(html.text).toContain(part);
    }
    const queue = await call('GET', '/review');
    expect(queue.text).toContain(`/review/calls/${callId}`);
    // Left waiting on purpose: the other tests must cope with unrelated pending calls.
  });

  test('approve writes the plan exactly once; a double click decides once; a later decision gets 409', async () => {
    const { callId, row } = await pendingCall('07-high-value-ready.json');
    const decision = { decision: 'approve', reviewer: 'alice@example.com', reviewId: row.reviewId };
    const [first, second] = await Promise.all([
      call('POST', `/review/api/calls/${callId}/decision`, { body: decision }),
      call('POST', `/review/api/calls/${callId}/decision`, { body: decision }),
    ]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(first.json.review).toMatchObject({ status: 'approved', reviewer: 'alice@example.com (shared token)' });
    expect(second.json.review.decidedAt).toBe(first.json.review.decidedAt);

    const result = await resultOf(callId);
    expect(result.review.status).toBe('approved');
    expect(result.writes.map((w) => [w.type, w.outcome])).toEqual([
      ['update_referral', 'applied'],
      ['add_note', 'applied'],
    ]);
    const writes = await writesFor(callId);
    expect(writes).toHaveLength(2);
    const ref = await referral('ref_hana');
    expect(ref.status).toBe('qualified');
    expect(occurrences(ref.note ?? '', `[dialnexa:${callId}#0]`)).toBe(1);
    expect(occurrences(ref.note ?? '', `[dialnexa:${callId}#1]`)).toBe(1);

    const other = await call('POST', `/review/api/calls/${callId}/decision`, { body: { decision: 'reject', reviewer: 'bob@example.com', comment: 'no' } });
    expect(other.status).toBe(409);
    expect(other.json).toMatchObject({ error: 'already_decided' });
    expect(other.json.message).toContain('approved by alice@example.com');
    const again = await call('POST', `/review/api/calls/${callId}/decision`, { body: decision });
    expect(again.status).toBe(200);
    expect(await writesFor(callId)).toHaveLength(2);
    expect((await call('GET', '/review/api/pending')).json.pending.some((p) => p.callId === callId)).toBe(false);
  });

  test('reject needs a reason, then writes nothing the plan proposed but the note', async () => {
    const { callId } = await pendingCall('07-high-value-ready.json');
    const noReason = await call('POST', `/review/api/calls/${callId}/decision`, { body: { decision: 'reject', reviewer: 'carol' } });
    expect(noReason.status).toBe(400);
    expect(noReason.json.issues).toEqual(['comment: a rejection needs a reason']);

    const rejected = await call('POST', `/review/api/calls/${callId}/decision`, { body: { decision: 'reject', reviewer: 'carol', comment: 'Amount not confirmed' } });
    expect(rejected.status).toBe(200);
    expect(rejected.json.review).toMatchObject({ status: 'rejected', comment: 'Amount not confirmed' });
    const result = await resultOf(callId);
    expect(result.writes.map((w) => w.type)).toEqual(['add_note']);
    expect(await writesFor(callId)).toHaveLength(1);
    expect((await referral('ref_hana')).status).toBe('pending');
  });

  test("edit carries out the reviewer's action list instead, and refuses a malformed one", async () => {
    const { callId } = await pendingCall('07-high-value-ready.json');
    const malformed = await call('POST', `/review/api/calls/${callId}/decision`, {
      body: { decision: 'edit', reviewer: 'dan', actions: [{ type: 'wire_money', amount: 1e6 }] },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error).toBe('invalid_decision');

    const text = `Reviewed ${callId}: confirm the contract value before qualifying.`;
    const edited = await call('POST', `/review/api/calls/${callId}/decision`, {
      body: { decision: 'edit', reviewer: 'dan', comment: 'note only', actions: [{ type: 'add_note', target: { type: 'referral', id: 'ref_hana' }, text }] },
    });
    expect(edited.status).toBe(200);
    expect(edited.json.review.status).toBe('edited');
    const result = await resultOf(callId);
    expect(result.writes.map((w) => [w.type, w.outcome])).toEqual([['add_note', 'applied']]);
    expect(await writesFor(callId)).toHaveLength(1);
    const ref = await referral('ref_hana');
    expect(ref.status).toBe('pending');
    expect(occurrences(ref.note ?? '', text)).toBe(1);
  });

  test('stale, malformed and unknown decisions get clear 4xx answers', async () => {
    const { callId } = await pendingCall('06-ambiguous-name.json');
    const stale = await call('POST', `/review/api/calls/${callId}/decision`, { body: { decision: 'approve', reviewer: 'erin', reviewId: 'call_other:review' } });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toBe('stale_decision');
    const bad = await call('POST', `/review/api/calls/${callId}/decision`, { body: { decision: 'maybe', reviewer: '' } });
    expect(bad.status).toBe(400);
    expect(bad.json.issues).toHaveLength(2);
    const notJson = await fetch(`${base}/review/api/calls/${callId}/decision`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: '{"decision": ',
    });
    expect(notJson.status).toBe(400);
    expect((await call('GET', '/review/api/calls/call_does_not_exist')).status).toBe(404);
    expect((await call('POST', '/review/api/calls/call_does_not_exist/decision', { body: { decision: 'approve', reviewer: 'erin' } })).status).toBe(404);
    expect((await call('GET', `/review/api/calls/${encodeURIComponent("x' OR 1=1")}`)).status).toBe(404);
    expect((await call('GET', '/review/calls/call_does_not_exist')).status).toBe(404);
    // Still waiting: none of the refused decisions decided anything.
    expect((await call('GET', `/review/api/calls/${callId}`)).json.state.review.status).toBe('pending');
  });

  /** Example 01 with a caller line that may be an opt-out: rule 3 holds it. */
  const holdCall = (body: Record<string, unknown>) => {
    const data = (body as { data: { transcript: Array<Record<string, unknown>> } }).data;
    data.transcript.push({ speaker: 'caller', text: 'Honestly though, you people call me way too many times.', start_ms: 60000, end_ms: 64000 });
  };

  test('a possible opt-out is held: paused at once, shown plainly, and approve needs confirm or lift', async () => {
    const { callId, row } = await pendingCall('01-referral-books-demo.json', holdCall);
    expect(row.reasons).toContain('possible_opt_out');
    const shown = await call('GET', `/review/api/calls/${callId}`);
    expect(shown.json.state.plan!.classification.optOut).toMatchObject({ requested: false, possible: true });
    // The pause and the note never wait for the reviewer.
    expect(shown.json.state.writes.map((w) => [w.type, w.outcome])).toEqual([['suppress', 'applied'], ['add_note', 'applied']]);
    const html = await call('GET', `/review/calls/${callId}`);
    for (const part of ['possible opt-out', 'Outreach is paused until you decide', 'you people call me way too many times', 'name="optOut" value="confirm"', 'name="optOut" value="lift"']) {
      expect(html.text).toContain(part);
    }
    const vague = await call('POST', `/review/api/calls/${callId}/decision`, { body: { decision: 'approve', reviewer: 'dana', reviewId: row.reviewId } });
    expect(vague.status).toBe(400);
    expect(vague.json.message).toMatch(/possible opt-out/);

    const confirmed = await call('POST', `/review/api/calls/${callId}/decision`, { body: { decision: 'approve', reviewer: 'dana', reviewId: row.reviewId, optOut: 'confirm' } });
    expect(confirmed.status).toBe(200);
    const result = await resultOf(callId);
    // Confirmed: the full opt-out is written and nothing promotional (the demo follow-up) is.
    expect(result.writes.find((w) => w.index >= 2)).toMatchObject({ type: 'suppress', outcome: 'applied' });
    expect(result.followUps).toEqual([]);
    expect(result.writes.some((w) => w.type === 'schedule_follow_up')).toBe(false);
    const ref = await referral(result.plan.match.record!.id);
    expect(ref.note).toMatch(/Suppressed \(opt_out\): stop all future outreach/);
  });

  test('a lifted hold writes the reviewer\'s word on the record and carries out the plan', async () => {
    const { callId, row } = await pendingCall('01-referral-books-demo.json', (b) => {
      holdCall(b);
      const data = (b as { data: Record<string, unknown> }).data;
      // The demo is in the past relative to no clock here: drop the follow-up so the test ends at once.
      data.transcript = (data.transcript as Array<{ text: string }>).filter((t) => !/Friday at 11/.test(t.text));
    });
    const lifted = await call('POST', `/review/api/calls/${callId}/decision`, { body: { decision: 'approve', reviewer: 'erin', reviewId: row.reviewId, optOut: 'lift', comment: 'she was joking' } });
    expect(lifted.status).toBe(200);
    const result = await resultOf(callId);
    const ref = await referral(result.plan.match.record!.id);
    expect(ref.note).toMatch(/Possible opt-out reviewed by erin \(shared token\): not an opt-out, the pause is lifted\. she was joking/);
    expect(ref.note).not.toMatch(/Suppressed \(opt_out\)/);
  });

});

describe('reviewer identity', () => {
  beforeEach(resetSandbox);

  test("a reviewer's own token decides as that reviewer, whatever the body says; revoked, it opens nothing", async () => {
    const dana = reviewers.add('Dana Reyes');
    const asDana = adminApi<ApiBody>(() => base, dana.token);
    const { callId, row } = await pendingCall('07-high-value-ready.json');
    const decided = await asDana('POST', `/review/api/calls/${callId}/decision`, { body: { decision: 'approve', reviewer: 'the CEO', reviewId: row.reviewId } });
    expect(decided.status).toBe(200);
    expect(decided.json.review).toMatchObject({ status: 'approved', reviewer: 'Dana Reyes' });
    expect((await resultOf(callId)).review.reviewer).toBe('Dana Reyes');

    // Signed in on the page with her token: the page names her, and asks for no name.
    const signIn = await fetch(`${base}/review/calls/${callId}?token=${encodeURIComponent(dana.token)}`, { redirect: 'manual' });
    expect(signIn.status).toBe(303);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
    const other = await pendingCall('06-ambiguous-name.json');
    const page = await call('GET', `/review/calls/${other.callId}`, { token: null, headers: { cookie } });
    expect(page.text).toContain('Deciding as <strong>Dana Reyes</strong>');
    expect(page.text).not.toContain('id="decision-reviewer"');

    reviewers.revoke(dana.id);
    expect((await asDana('GET', '/review/api/pending')).status).toBe(401);
    expect((await call('GET', `/review/calls/${other.callId}`, { token: null, headers: { cookie } })).status).toBe(401);
    expect((await fetch(`${base}/review?token=${encodeURIComponent(dana.token)}`, { redirect: 'manual' })).status).toBe(401);
    await call('POST', `/review/api/calls/${other.callId}/pick`, { body: { pick: 'none', reviewer: 'cleanup', reviewId: other.row.reviewId } });
  });
});

describe('which record is this', () => {
  beforeEach(resetSandbox);

  test('the candidates are shown side by side; "this is X" writes the note on X only, once', async () => {
    const { callId, row } = await pendingCall('06-ambiguous-name.json');
    expect(row.reasons).toContain('ambiguous_match');
    const shown = await call('GET', `/review/api/calls/${callId}`);
    expect(shown.json.state.candidates?.map((c) => [c.id, c.name, c.companyName, c.email])).toEqual([
      ['ref_pat1', 'Pat Morgan', 'Lumen', 'p•••@lumen.io'],
      ['ref_pat2', 'Pat Morgan', 'Quarry', 'p•••@quarry.com'],
    ]);
    const html = await call('GET', `/review/calls/${callId}`);
    for (const part of ['Which record is this?', 'Quarry', '••• ••• 0132', 'value="referral:ref_pat2"', 'None of these']) expect(html.text).toContain(part);

    const notACandidate = await call('POST', `/review/api/calls/${callId}/pick`, { body: { pick: 'ref_hana', reviewer: 'dana', reviewId: row.reviewId } });
    expect(notACandidate.status).toBe(400);
    expect(notACandidate.json.message).toMatch(/not one of this call's candidates/);

    const picked = await call('POST', `/review/api/calls/${callId}/pick`, { body: { pick: 'ref_pat2', reviewer: 'dana', reviewId: row.reviewId } });
    expect(picked.status).toBe(200);
    expect(picked.json.review).toMatchObject({ status: 'edited', reviewer: 'dana (shared token)', picked: { type: 'referral', id: 'ref_pat2' }, comment: 'This is referral ref_pat2.' });
    const result = await resultOf(callId);
    expect(result.writes.map((w) => [w.type, w.recordId, w.outcome])).toEqual([['add_note', 'ref_pat2', 'applied']]);
    expect((await referral('ref_pat2')).note).toContain(`[dialnexa:${callId}#`);
    expect((await referral('ref_pat1')).note ?? '').not.toContain(callId);
  });

  test('"none of these" writes nothing, and a call that asks no such question refuses a pick', async () => {
    const { callId, row } = await pendingCall('06-ambiguous-name.json');
    const none = await call('POST', `/review/api/calls/${callId}/pick`, { body: { pick: 'none', reviewer: 'dana', reviewId: row.reviewId, comment: 'a third Pat' } });
    expect(none.json.review).toMatchObject({ status: 'edited', picked: 'none', comment: 'none of the candidates: nothing written. a third Pat' });
    expect((await resultOf(callId)).writes).toEqual([]);
    expect(await writesFor(callId)).toEqual([]);

    const other = await pendingCall('07-high-value-ready.json');
    const refused = await call('POST', `/review/api/calls/${other.callId}/pick`, { body: { pick: 'none', reviewer: 'dana' } });
    expect(refused.status).toBe(400);
    expect(refused.json.message).toMatch(/does not ask which record/);
    await call('POST', `/review/api/calls/${other.callId}/decision`, { body: { decision: 'reject', reviewer: 'dana', comment: 'done testing', reviewId: other.row.reviewId } });
  });
});

describe('the queue for a busy reviewer', () => {
  test('pages over visibility: what it filters and sorts on is in the search attributes; a name search asks the workflows', async () => {
    const a = await pendingCall('06-ambiguous-name.json');
    const b = await pendingCall('07-high-value-ready.json');
    for (const c of [a, b]) {
      const described = await stack().client.workflow.getHandle(workflowIdForCall(c.callId)).describe();
      const attrs = await eventually(async () => (await stack().client.workflow.getHandle(workflowIdForCall(c.callId)).describe()).typedSearchAttributes, {
        what: `${c.callId}'s queue attributes in visibility`,
        until: (t) => (t.get(ReviewReasonsKey) ?? []).length > 0,
      });
      expect(described.status.name).toBe('RUNNING');
      expect(attrs.get(ReviewReasonsKey)).toEqual(c.row.reasons);
      expect(attrs.get(ReviewDeadlineKey)?.toISOString()).toBe(c.row.deadlineAt);
    }
    const first = (await call('GET', '/review/api/queue?pageSize=1&sort=newest')).json as unknown as { rows: PendingCall[]; total: number; pages: number };
    const second = (await call('GET', '/review/api/queue?pageSize=1&page=2&sort=newest')).json as unknown as { rows: PendingCall[] };
    expect(first.total).toBeGreaterThanOrEqual(2);
    expect(first.pages).toBe(first.total);
    expect(first.rows).toHaveLength(1);
    expect(second.rows).toHaveLength(1);
    expect(second.rows[0].callId).not.toBe(first.rows[0].callId);
    // The rows on a page carry the live state (the summary) that visibility does not hold.
    expect(first.rows[0].summary).toEqual(expect.any(String));
    // The caller's name is in the summary, not in visibility: the search asks the workflows.
    const byName = (await call('GET', `/review/api/queue?q=${encodeURIComponent('Pat')}&pageSize=200`)).json as unknown as { rows: PendingCall[] };
    expect(byName.rows.map((r) => r.callId)).toContain(a.callId);
    for (const c of [a, b]) await call('POST', `/review/api/calls/${c.callId}/decision`, { body: { decision: 'reject', reviewer: 'dana', comment: 'paging test', reviewId: c.row.reviewId } });
  });

  test('filters, search and paging over the waiting calls; the decided view says who decided what', async () => {
    const { callId, row } = await pendingCall('06-ambiguous-name.json');
    const byReason = await call('GET', '/review/api/queue?reason=ambiguous_match&pageSize=200');
    expect(byReason.status).toBe(200);
    const page = byReason.json as unknown as { rows: PendingCall[]; total: number; facets: { reasons: Array<[string, number]> } };
    expect(page.rows.map((r) => r.callId)).toContain(callId);
    expect(page.rows.every((r) => r.reasons.includes('ambiguous_match'))).toBe(true);
    expect(page.facets.reasons.find(([r]) => r === 'ambiguous_match')?.[1]).toBeGreaterThanOrEqual(1);
    const searched = (await call('GET', `/review/api/queue?q=${callId}`)).json as unknown as { rows: PendingCall[] };
    expect(searched.rows.map((r) => r.callId)).toEqual([callId]);
    expect((await call('GET', '/review/api/queue?sort=sideways')).status).toBe(400);
    const html = await call('GET', '/review?reason=ambiguous_match');
    expect(html.text).toContain('id="queue-filters"');
    expect(html.text).toContain(`data-call-id="${callId}"`);

    await call('POST', `/review/api/calls/${callId}/pick`, { body: { pick: 'ref_pat1', reviewer: 'quinn', reviewId: row.reviewId } });
    await resultOf(callId);
    const decided = await eventually(async () => (await call('GET', '/review/api/decided')).json as unknown as { decided: Array<{ callId: string; reviewer: string; status: string; picked: unknown }> }, {
      what: `call ${callId} in the decided view`,
      until: (d) => d.decided.some((r) => r.callId === callId),
    });
    expect(decided.decided.find((r) => r.callId === callId)).toMatchObject({ status: 'edited', reviewer: 'quinn (shared token)', picked: { type: 'referral', id: 'ref_pat1' } });
    const view = await call('GET', '/review?view=decided');
    expect(view.text).toContain('quinn (shared token)');
    expect(view.text).toContain('picked referral ref_pat1');
  });
});

describe('claims', () => {
  beforeEach(resetSandbox);

  test('a claimed call shows who works on it, and nobody else decides it until it is released', async () => {
    const { callId, row } = await pendingCall('07-high-value-ready.json');
    const claimed = await call('POST', `/review/api/calls/${callId}/claim`, { body: { reviewer: 'ann' } });
    expect(claimed.status).toBe(200);
    expect(claimed.json.review).toMatchObject({ claimedBy: 'ann (shared token)' });
    const listed = await eventually(async () => (await call('GET', '/review/api/pending')).json.pending.find((p: PendingCall) => p.callId === callId), { what: 'the claim in the queue', until: (p) => p?.claimedBy === 'ann (shared token)' });
    expect(listed?.claimedBy).toBe('ann (shared token)');
    const page = await call('GET', `/review/calls/${callId}`);
    expect(page.text).toContain('<strong>ann (shared token)</strong> is working on this call');

    const other = await call('POST', `/review/api/calls/${callId}/decision`, { body: { decision: 'approve', reviewer: 'bob', reviewId: row.reviewId } });
    expect(other.status).toBe(409);
    expect(other.json).toMatchObject({ error: 'claimed', message: expect.stringContaining('ann (shared token) is working on this call') });
    expect((await call('POST', `/review/api/calls/${callId}/claim`, { body: { reviewer: 'bob', action: 'release' } })).status).toBe(409);
    expect((await call('POST', `/review/api/calls/${callId}/claim`, { body: { reviewer: 'ann', action: 'sideways' } })).status).toBe(400);

    expect((await call('POST', `/review/api/calls/${callId}/claim`, { body: { reviewer: 'ann', action: 'release' } })).json.review).toMatchObject({ claimedBy: null });
    const decided = await call('POST', `/review/api/calls/${callId}/decision`, { body: { decision: 'approve', reviewer: 'bob', reviewId: row.reviewId } });
    expect(decided.status).toBe(200);
    expect((await resultOf(callId)).review.reviewer).toBe('bob (shared token)');
  });
});

describe('the page in a browser session', () => {
  test('the token is traded once for an HttpOnly SameSite=Strict cookie; forms need their CSRF token', async () => {
    const { callId } = await pendingCall('06-ambiguous-name.json');
    const signIn = await call('GET', `/review/calls/${callId}?token=${TOKEN}`, { token: null });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe(`/review/calls/${callId}`);
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^review_session=[^;]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
    const cookie = setCookie.split(';')[0];

    const page = await call('GET', `/review/calls/${callId}`, { token: null, headers: { cookie } });
    expect(page.status).toBe(200);
    const csrf = csrfOf(page.text);
    expect(csrf).toBeTruthy();
    const form = (fields: Record<string, string>) => postForm(`${base}/review/calls/${callId}/decision`, cookie, fields);

    expect((await form({ decision: 'approve', reviewer: 'mallory' })).status).toBe(403);
    expect((await form({ decision: 'approve', reviewer: 'mallory', csrf: 'forged' })).status).toBe(403);
    const apiWithCookie = await call('POST', `/review/api/calls/${callId}/decision`, { token: null, headers: { cookie }, body: { decision: 'approve', reviewer: 'mallory' } });
    expect(apiWithCookie.status).toBe(403);
    expect((await call('GET', '/review/api/pending', { token: null, headers: { cookie } })).status).toBe(200);

    const missingReason = await form({ decision: 'reject', reviewer: 'frank', csrf: csrf! });
    expect(missingReason.status).toBe(400);
    expect(await missingReason.text()).toContain('a rejection needs a reason');

    const approved = await form({ decision: 'approve', reviewer: 'frank', comment: 'Pat is ref_pat_1', csrf: csrf!, reviewId: `${callId}:review` });
    expect(approved.status).toBe(303);
    expect(approved.headers.get('location')).toBe(`/review/calls/${callId}?decided=approved`);
    const result = await resultOf(callId);
    expect(result.review).toMatchObject({ status: 'approved', reviewer: 'frank (shared token)', comment: 'Pat is ref_pat_1' });
    const after = await call('GET', `/review/calls/${callId}?decided=approved`, { token: null, headers: { cookie: `${cookie}; ${(approved.headers.get('set-cookie') ?? '').split(';')[0]}` } });
    expect(after.text).toContain('Decision recorded: approved.');
    // The way on: the next call waiting, or the clear queue.
    expect(after.text).toMatch(/Next call: \S+ →|The queue is clear\./);
    expect(after.text).not.toContain('id="decision-form"');
  });

  test('transcript text is shown as text, never as markup', async () => {
    const body = exampleCall('07-high-value-ready.json');
    (body.data.transcript as unknown[]).push({ speaker: 'caller', text: '<script>alert("x")</script><img src=x onerror=alert(1)> "quoted" & more', start_ms: 12000, end_ms: 13000 });
    const callId = body.data.call_id;
    expect((await sendCanonical(base, body)).status).toBe(202);
    const page = await eventually(() => call('GET', `/review/calls/${callId}`), {
      what: `call ${callId}'s page with its transcript`,
      until: (p) => p.status === 200 && p.text.includes('id="transcript"'),
      timeoutMs: 20_000,
    });
    expect(page.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; more');
    expect(page.text).not.toContain('<script');
    expect(page.text).not.toContain('<img');
  });
});
