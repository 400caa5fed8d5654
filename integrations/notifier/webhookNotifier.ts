/**
 * The notifier: one generic outbound webhook with a Slack-compatible body (`text` plus a few
 * structured fields), so a Slack incoming webhook, a chat bridge or a test server can receive it.
 * Without a URL configured, notices go to the log only: nothing is lost, nothing fails.
 */
import axios from 'axios';

export interface Notice {
  kind: 'review_escalated' | 'review_expired' | 'follow_up_due' | 'digest' | 'insights_digest' | 'review_requested';
  callId: string | null;
  text: string;
  owner: string | null;
  /** A call waiting for review: its review round, and whether one click may decide it (Slack buttons). */
  review?: { reviewId: string; buttons: boolean };
}

/** What a Slack button carries back to /slack/interactions (integrations/notifier/slackInteractions.ts). */
export interface ReviewButtonValue {
  callId: string;
  reviewId: string;
  decision: 'approve' | 'reject';
}

/** Slack blocks for a review notice: the text, and approve / reject buttons when one click may decide. */
export function reviewBlocks(notice: Notice): unknown[] | undefined {
  const { callId, review } = notice;
  if (!review?.buttons || !callId) return undefined;
  const value = (decision: ReviewButtonValue['decision']): string => JSON.stringify({ callId, reviewId: review.reviewId, decision } satisfies ReviewButtonValue);
  return [
    { type: 'section', text: { type: 'mrkdwn', text: notice.text.slice(0, 2900) } },
    {
      type: 'actions',
      block_id: 'review',
      elements: [
        { type: 'button', action_id: 'review_approve', style: 'primary', text: { type: 'plain_text', text: 'Approve and write' }, value: value('approve') },
        { type: 'button', action_id: 'review_reject', style: 'danger', text: { type: 'plain_text', text: 'Reject' }, value: value('reject') },
      ],
    },
  ];
}

export interface Notifier {
  send(notice: Notice, idempotencyKey: string): Promise<'sent' | 'logged'>;
}

export class WebhookNotifier implements Notifier {
  constructor(
    private readonly url: string | null,
    private readonly log: (msg: string, fields: Record<string, unknown>) => void,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(notice: Notice, idempotencyKey: string): Promise<'sent' | 'logged'> {
    if (!this.url) {
      this.log('notice (no NOTIFIER_WEBHOOK_URL configured)', { ...notice });
      return 'logged';
    }
    await axios.post(
      this.url,
      {
        text: notice.text,
        // Slack ignores unknown top-level fields; other receivers get the structure.
        kind: notice.kind,
        callId: notice.callId,
        owner: notice.owner,
        blocks: reviewBlocks(notice),
      },
      // Receivers that dedupe can use the key: a retried activity sends the same one.
      { timeout: this.timeoutMs, headers: { 'Idempotency-Key': idempotencyKey } },
    );
    return 'sent';
  }
}
