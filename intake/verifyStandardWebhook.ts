/**
 * Standard Webhooks verification (https://www.standardwebhooks.com) for POST /webhooks/calls.
 *
 * Why not the `standardwebhooks` package's Webhook.verify: it fixes the tolerance at 5 minutes (we
 * read it from config), decodes a Buffer body to a string before signing (lossy for bytes that are
 * not UTF-8, so it would no longer sign "the exact raw body"), takes one secret per instance, and
 * cannot skip the timestamp check that an operator replay of a dead letter needs. The algorithm is
 * short enough to own: HMAC-SHA256 over `${id}.${timestamp}.` + raw bytes, keyed with the decoded
 * `whsec_` secret, base64, compared in constant time. The package still signs in our tests, as an
 * independent reference implementation.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type StandardWebhookResult =
  | { ok: true; id: string; timestamp: number }
  | { ok: false; reason: string };

export interface VerifyStandardWebhookOptions {
  /** Largest allowed distance between webhook-timestamp and the server clock, either way. */
  toleranceSeconds: number;
  /** Server clock in Unix seconds (tests). */
  nowSeconds?: number;
  /** Operator replay of a stored delivery: it was fresh when received, so age no longer matters. */
  skipTimestampCheck?: boolean;
}

type HeaderBag = Record<string, string | string[] | undefined>;

/** The key bytes of a `whsec_<base64>` secret (a secret without the prefix is taken as base64 too). */
export function decodeWhsec(secret: string): Buffer {
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
  if (key.length === 0) throw new Error('webhook secret decodes to zero bytes');
  return key;
}

/** The `v1,<base64>` signature of one message: used by the simulator, tests and dead-letter tools. */
export function signStandardWebhook(secret: string, id: string, timestamp: number, rawBody: Buffer | string): string {
  return `v1,${hmac(decodeWhsec(secret), id, String(timestamp), toBuffer(rawBody)).toString('base64')}`;
}

/**
 * Checks the three headers against every configured secret (several during a rotation). Any one
 * valid `v1` signature under any one secret is enough. The reason is for logs, never for the caller.
 */
export function verifyStandardWebhook(
  rawBody: Buffer,
  headers: HeaderBag,
  secrets: readonly string[],
  opts: VerifyStandardWebhookOptions,
): StandardWebhookResult {
  const id = header(headers, 'webhook-id');
  const ts = header(headers, 'webhook-timestamp');
  const sig = header(headers, 'webhook-signature');
  if (!id || !ts || !sig) return { ok: false, reason: 'missing webhook-id, webhook-timestamp or webhook-signature' };
  // Digits only: parseInt would accept "17e9" or "123abc" and sign a different string than we check.
  if (!/^\d{1,12}$/.test(ts)) return { ok: false, reason: 'webhook-timestamp is not Unix seconds' };
  const timestamp = Number(ts);
  if (!opts.skipTimestampCheck) {
    const now = opts.nowSeconds ?? Math.floor(Date.now() / 1000);
    if (Math.abs(now - timestamp) > opts.toleranceSeconds) {
      return { ok: false, reason: `webhook-timestamp is ${now - timestamp}s away from the server clock` };
    }
  }
  const offered = sig
    .split(' ')
    .filter((s) => s.startsWith('v1,'))
    .map((s) => Buffer.from(s.slice(3), 'base64'));
  for (const secret of secrets) {
    const expected = hmac(decodeWhsec(secret), id, ts, rawBody);
    // timingSafeEqual needs equal lengths; the length of a well-formed signature is public anyway.
    if (offered.some((o) => o.length === expected.length && timingSafeEqual(o, expected))) {
      return { ok: true, id, timestamp };
    }
  }
  return { ok: false, reason: 'no matching v1 signature' };
}

function hmac(key: Buffer, id: string, ts: string, rawBody: Buffer): Buffer {
  return createHmac('sha256', key).update(`${id}.${ts}.`, 'utf8').update(rawBody).digest();
}

function header(headers: HeaderBag, name: string): string | undefined {
  const v = headers[name];
  return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
}

function toBuffer(b: Buffer | string): Buffer {
  return typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
}
