/**
 * The review page's rendering and input rules without any server: caller-supplied text stays text,
 * links from call data are only http(s), long transcripts are cut around the evidence, and a
 * decision is checked before it goes anywhere.
 */
import { applyQueueFilter, parseQueueFilter } from '../../services/review/queueFilter';
import { callPage } from '../../intake/review/callPage';
import { parseActionsText, parseDecision } from '../../services/review/decisionInput';
import { escapeHtml, html, safeHref } from '../../intake/review/html';
import { queuePage } from '../../intake/review/queuePage';
import { ReviewError } from '../../services/review/reviewErrors';
import { excerpt, type CallReview } from '../../services/review/reviewService';
import type { Plan } from '../../domain/plan';

const EVIL = `"><script>alert(1)</script><img src=x onerror='alert(2)'>`;

function plan(): Plan {
  return {
    callId: 'call_evil',
    match: { status: 'ambiguous', record: null, confidence: 0.5, candidates: [{ type: 'member', id: EVIL, score: 0.5, matchedOn: ['name'] }] },
    classification: {
      intent: 'referral',
      intentConfidence: 0.9,
      optOut: { requested: false, possible: false, scope: null },
      consent: { marketing: 'unknown' },
      sentiment: 'neutral',
      objection: null,
      productInterest: [],
      qualityMarkers: [],
      suppression: { suppress: false, reason: null, stopFutureOutreach: false },
      followUp: null,
      referredBy: null,
      segment: null,
      outcome: 'none',
      prospectPhrases: [],
      issueReport: null,
      evidence: [{ field: 'intent', quote: EVIL, turn: 45 }],
    },
    review: { required: true, reasons: ['ambiguous_match'] },
    actions: [{ type: 'add_note', target: { type: 'member', id: 'mem_1' }, text: EVIL }],
    handoff: {
      reason: EVIL,
      urgency: 'normal',
      owner: null,
      nextStep: null,
      due: null,
      recordUrl: 'javascript:alert(3)',
      attribution: { source: null, campaign: null, utm: { source: null, medium: null, campaign: null } },
      links: { transcript: 'javascript:alert(4)', recording: 'https://rec.example/1?a=1&b="2"', call: null },
    },
    summary: EVIL,
  };
}

function review(): CallReview {
  const p = plan();
  return {
    callId: 'call_evil',
    workflowId: 'call-call_evil',
    runId: 'run-1',
    executionStatus: 'RUNNING',
    startedAt: '2026-11-27T10:00:00.000Z',
    closedAt: null,
    state: {
      callId: 'call_evil',
      phase: 'waiting_for_review',
      plan: p,
      review: { id: 'call_evil:review', status: 'pending', reasons: ['ambiguous_match'], deadlineAt: '2026-11-28T10:00:00.000Z', escalatedAt: null, decidedAt: null, reviewer: null, comment: null },
      actions: p.actions,
      writes: [],
      followUps: [],
    },
    stateError: null,
    transcript: excerpt(Array.from({ length: 60 }, (_, i) => ({ speaker: i % 2 ? 'caller' : 'agent', text: i === 45 ? EVIL : `turn text ${i}` })), [45]),
    links: { transcript: 'javascript:alert(4)', recording: 'https://rec.example/1?a=1&b="2"', call: null, temporalUi: null },
  };
}

test('caller text, ids and quotes are escaped everywhere on the call page; only http(s) links are links', () => {
  const page = callPage(review(), { csrfToken: 'tok"en', reviewer: `<b>me</b>` });
  expect(page).not.toMatch(/<script|<img|<b>me/);
  expect(page).toContain(escapeHtml(EVIL));
  expect(page).not.toContain('javascript:');
  expect(page).toContain('href="https://rec.example/1?a=1&amp;b=%222%22"');
  expect(page).toContain('name="csrf" value="tok&quot;en"');
  expect(page).toContain('value="&lt;b&gt;me&lt;/b&gt;"');
});

test('a long transcript is cut to its opening and the turns around the evidence, with the gaps marked', () => {
  const r = review();
  expect(r.transcript!.partial).toBe(true);
  expect(r.transcript!.turns.map((t) => t.index)).toEqual([0, 1, 2, 43, 44, 45, 46, 47]);
  const page = callPage(r, { csrfToken: 't', reviewer: '' });
  expect(page).toContain('excerpt: 8 of 60 turns');
  expect(page).toContain('… 40 turn(s) left out …');
  expect(page).toContain('… 12 turn(s) left out …');
  expect(page).toContain('class="turn evidence" id="turn-45"');
});

test('the decision forms appear only while the call waits for review', () => {
  const r = review();
  expect(callPage(r, { csrfToken: 't', reviewer: '' })).toContain('id="decision-form"');
  r.state!.review = { ...r.state!.review, status: 'approved', decidedAt: '2026-11-27T11:00:00.000Z', reviewer: 'x' };
  r.state!.phase = 'completed';
  const decided = callPage(r, { csrfToken: 't', reviewer: '' });
  expect(decided).not.toContain('<form');
  expect(decided).toContain('approved by x');
});

test('the queue escapes what it lists and says so when nothing waits', () => {
  const page = queuePage(
    applyQueueFilter(
      [{ callId: 'c1', workflowId: 'call-c1', runId: 'r', reviewStatus: 'escalated', reviewId: 'c1:review', reasons: ['legal'], deadlineAt: '2020-01-01T00:00:00.000Z', escalatedAt: null, intent: 'complaint', matchStatus: 'matched', owner: EVIL, claimedBy: EVIL, campaign: null, summary: EVIL, startedAt: '2019-12-31T00:00:00.000Z', stateError: null }],
      parseQueueFilter({}),
    ),
  );
  expect(page).not.toMatch(/<script|<img/);
  expect(page).toContain('overdue');
  expect(queuePage(applyQueueFilter([], parseQueueFilter({})))).toContain('No call is waiting for a reviewer.');
});

test('html`` escapes interpolations and nests safely; safeHref keeps only http(s)', () => {
  expect(html`<p>${'<i>'}${html`<i>${'&'}</i>`}${['a', '<b>']}</p>`.value).toBe('<p>&lt;i&gt;<i>&amp;</i>a&lt;b&gt;</p>');
  expect(safeHref('javascript:alert(1)')).toBeNull();
  expect(safeHref('data:text/html,<script>')).toBeNull();
  expect(safeHref('not a url')).toBeNull();
  expect(safeHref('https://x.example/a b')).toBe('https://x.example/a%20b');
});

test('decisions are checked before they reach Temporal', () => {
  expect(parseDecision({ decision: 'approve', reviewer: '  ann  ', comment: '' })).toEqual({ decision: 'approve', reviewer: 'ann', comment: null });
  const refused = (input: unknown) => {
    try {
      parseDecision(input);
    } catch (err) {
      expect(err).toBeInstanceOf(ReviewError);
      return (err as ReviewError).issues;
    }
    throw new Error('accepted');
  };
  expect(refused({ decision: 'reject', reviewer: 'ann' })).toEqual(['comment: a rejection needs a reason']);
  expect(refused({ decision: 'edit', reviewer: 'ann' })).toEqual(['actions: an edit needs the list of actions to carry out']);
  expect(refused({ decision: 'approve', reviewer: 'ann', actions: [] })).toEqual(['actions: only an edit carries actions']);
  expect(refused({ decision: 'edit', reviewer: 'ann', actions: [{ type: 'add_note', target: { type: 'member', id: 'm' } }] })[0]).toMatch(/^actions\.0\.text/);
  expect(refused(null)).toHaveLength(1);
  expect(parseActionsText('{"actions": [1]}')).toEqual([1]);
  expect(() => parseActionsText('[')).toThrow(ReviewError);
});

test('after a decision the page follows the writes as they land, and stops once they have', () => {
  const r = review();
  r.state!.review = { ...r.state!.review, status: 'approved', decidedAt: '2026-11-27T11:00:00.000Z', reviewer: 'x' };
  r.state!.phase = 'writing';
  expect(callPage(r, { csrfToken: 't', reviewer: '' })).toContain('<meta http-equiv="refresh" content="2">');
  r.state!.phase = 'completed';
  expect(callPage(r, { csrfToken: 't', reviewer: '' })).not.toContain('http-equiv="refresh"');
});
