/**
 * Slack's side of the review buttons (reviewBlocks in webhookNotifier.ts): a click arrives at
 * /slack/interactions as a signed form post. Slack signs `v0:<timestamp>:<raw body>` with the app's
 * signing secret (HMAC-SHA256, header `X-Slack-Signature: v0=<hex>`, timestamp in
 * `X-Slack-Request-Timestamp`); a request older than five minutes is refused, so a captured one
 * cannot be replayed later. The only code that knows Slack's formats.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** Slack's own bound on a request's age. */
export const MAX_AGE_SECONDS = 5 * 60;

export function slackSignatureValid(secret: string, headers: { timestamp: unknown; signature: unknown }, rawBody: string, nowMs = Date.now()): boolean {
  if (typeof headers.timestamp !== 'string' || typeof headers.signature !== 'string' || !/^\d{1,12}$/.test(headers.timestamp)) return false;
  if (Math.abs(nowMs / 1000 - Number(headers.timestamp)) > MAX_AGE_SECONDS) return false;
  const expected = `v0=${createHmac('sha256', secret).update(`v0:${headers.timestamp}:${rawBody}`).digest('hex')}`;
  const a = Buffer.from(expected);
  const b = Buffer.from(headers.signature);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The signature a request from Slack would carry (tests, and anyone replaying Slack locally). */
export function slackSignature(secret: string, timestamp: string, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

const buttonValueSchema = z.object({ callId: z.string().min(1).max(300), reviewId: z.string().min(1).max(300), decision: z.enum(['approve', 'reject']) });

/** A `block_actions` payload with one of our review buttons. */
export const reviewClickSchema = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: z.string().min(1).max(100), username: z.string().max(200).optional(), name: z.string().max(200).optional() }),
  actions: z
    .array(z.object({ action_id: z.enum(['review_approve', 'review_reject']), value: z.string().max(2000) }))
    .min(1),
  response_url: z.url({ protocol: /^https?$/ }).optional(),
});

export interface ReviewClick {
  callId: string;
  reviewId: string;
  decision: 'approve' | 'reject';
  /** Who clicked, as Slack vouches for it: `slack:<username> (<user id>)`. */
  reviewer: string;
  responseUrl: string | null;
}

/** The click from the form's `payload` field, or the reason it is not one of ours. */
export function parseReviewClick(payloadJson: unknown): ReviewClick | { error: string } {
  if (typeof payloadJson !== 'string') return { error: 'no payload field' };
  let raw: unknown;
  try {
    raw = JSON.parse(payloadJson);
  } catch {
    return { error: 'the payload is not JSON' };
  }
  const parsed = reviewClickSchema.safeParse(raw);
  if (!parsed.success) return { error: `not a review button click: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  const p = parsed.data;
  let value: z.infer<typeof buttonValueSchema>;
  try {
    const v = buttonValueSchema.safeParse(JSON.parse(p.actions[0].value));
    if (!v.success) return { error: 'the button carries no review' };
    value = v.data;
  } catch {
    return { error: 'the button carries no review' };
  }
  const who = p.user.username ?? p.user.name ?? p.user.id;
  return { ...value, reviewer: `slack:${who} (${p.user.id})`, responseUrl: p.response_url ?? null };
}
