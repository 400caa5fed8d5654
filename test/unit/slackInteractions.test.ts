/** Slack's signature over the exact bytes, the click's payload, and the notice's buttons. */
import { parseReviewClick, slackSignature, slackSignatureValid } from '../../integrations/notifier/slackInteractions';
import { reviewBlocks } from '../../integrations/notifier/webhookNotifier';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const now = 1_765_000_000_000;
const ts = String(now / 1000);

test('a signature over the exact bytes, with this secret, within five minutes, is valid; nothing else is', () => {
  const body = 'payload=%7B%7D';
  const signature = slackSignature(SECRET, ts, body);
  expect(signature).toMatch(/^v0=[0-9a-f]{64}$/);
  expect(slackSignatureValid(SECRET, { timestamp: ts, signature }, body, now)).toBe(true);
  expect(slackSignatureValid(SECRET, { timestamp: ts, signature }, `${body}x`, now)).toBe(false);
  expect(slackSignatureValid('another-secret', { timestamp: ts, signature }, body, now)).toBe(false);
  expect(slackSignatureValid(SECRET, { timestamp: ts, signature }, body, now + 301_000)).toBe(false);
  expect(slackSignatureValid(SECRET, { timestamp: undefined, signature }, body, now)).toBe(false);
  expect(slackSignatureValid(SECRET, { timestamp: ts, signature: 'v0=00' }, body, now)).toBe(false);
});

test('a click names the call, the review round, the decision and the Slack user', () => {
  const value = JSON.stringify({ callId: 'call_1', reviewId: 'call_1:review', decision: 'reject' });
  const payload = JSON.stringify({ type: 'block_actions', user: { id: 'U1', username: 'dana' }, actions: [{ action_id: 'review_reject', value }], response_url: 'https://hooks.slack.com/actions/T/1/x' });
  expect(parseReviewClick(payload)).toEqual({ callId: 'call_1', reviewId: 'call_1:review', decision: 'reject', reviewer: 'slack:dana (U1)', responseUrl: 'https://hooks.slack.com/actions/T/1/x' });
  expect(parseReviewClick(undefined)).toEqual({ error: 'no payload field' });
  expect(parseReviewClick('{')).toEqual({ error: 'the payload is not JSON' });
  expect(parseReviewClick(JSON.stringify({ type: 'view_submission' }))).toMatchObject({ error: expect.stringMatching(/^not a review button click/) });
  expect(parseReviewClick(payload.replace(/"value":".*?\}"/, '"value":"{}"'))).toEqual({ error: 'the button carries no review' });
});

test('the notice carries buttons only where one click may decide', () => {
  const notice = { kind: 'review_requested' as const, callId: 'call_1', text: 'Call call_1 needs a review (high_value).', owner: null };
  const blocks = reviewBlocks({ ...notice, review: { reviewId: 'call_1:review', buttons: true } }) as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>;
  expect(blocks.find((b) => b.type === 'actions')?.elements?.map((e) => [e.action_id, JSON.parse(e.value).decision])).toEqual([['review_approve', 'approve'], ['review_reject', 'reject']]);
  expect(reviewBlocks({ ...notice, review: { reviewId: 'call_1:review', buttons: false } })).toBeUndefined();
  expect(reviewBlocks(notice)).toBeUndefined();
});
