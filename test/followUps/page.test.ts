/**
 * The follow-up page's rendering without any server: caller-supplied text stays text, the due
 * time shows in UTC and in the caller's zone, and the forms appear only for a waiting follow-up.
 */
import { followUpsPage } from '../../intake/followUps/followUpsPage';
import type { FollowUpView } from '../../services/followUps/followUpService';

const EVIL = `"><script>alert(1)</script><img src=x onerror='alert(2)'>`;

function row(overrides: Partial<FollowUpView> = {}): FollowUpView {
  return {
    workflowId: 'followup-call_evil-2',
    runId: 'run-1',
    callId: 'call_evil',
    actionIndex: 2,
    executionStatus: 'RUNNING',
    status: 'waiting',
    at: '2026-12-04T17:00:00.000Z',
    timezone: 'America/Chicago',
    channel: 'phone',
    owner: EVIL,
    promise: EVIL,
    target: { type: 'referral', id: 'ref_1' },
    summary: null,
    laterCalls: ['call_later'],
    reschedules: [{ at: '2026-12-04T17:00:00.000Z', by: EVIL, reason: EVIL }],
    cancelledBy: null,
    cancelReason: null,
    outcome: null,
    firedAt: null,
    startedAt: '2026-11-27T10:00:00.000Z',
    closedAt: null,
    stateError: null,
    temporalUi: null,
    ...overrides,
  };
}

test('caller text is escaped; the due time shows in UTC and the caller zone; the forms carry the CSRF token', () => {
  const page = followUpsPage([row()], { csrfToken: 'tok"en', by: '<b>me</b>', error: { message: EVIL, issues: [], workflowId: 'followup-call_evil-2' } });
  expect(page).not.toMatch(/<script|<img|<b>me/);
  expect(page).toContain('2026-12-04 17:00 UTC');
  expect(page).toContain('Fri 4 Dec 2026, 11:00 CST (America/Chicago)');
  expect(page).toContain('name="at" required value="2026-12-04T11:00"');
  expect(page).toContain('name="timezone" required value="America/Chicago"');
  expect(page).toContain('name="csrf" value="tok&quot;en"');
  expect(page).toContain('href="/review/calls/call_later"');
  expect(page).toContain('action="/review/follow-ups/followup-call_evil-2/reschedule"');
  expect(page).toContain('action="/review/follow-ups/followup-call_evil-2/cancel"');
});

test('no forms for a follow-up whose state is unknown; an empty list says so', () => {
  const page = followUpsPage([row({ status: null, stateError: 'the follow-up did not answer its state query', timezone: null })], { csrfToken: 't', by: '' });
  expect(page).not.toContain('<form method="post"');
  expect(page).toContain('state unavailable');
  expect(followUpsPage([], { csrfToken: 't', by: '' })).toContain('No follow-up is waiting.');
});
