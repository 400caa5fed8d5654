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
      },
      // Receivers that dedupe can use the key: a retried activity sends the same one.
      { timeout: this.timeoutMs, headers: { 'Idempotency-Key': idempotencyKey } },
    );
    return 'sent';
  }
}
