/**
 * DialNexa's own webhook signature: `sha256=` + hex HMAC-SHA256 of the raw body, keyed with the
 * webhook secret as text. DialNexa's docs name the header `x-dialnexa-signature` on the webhook
 * reference and `x-nexa-signature` on the authentication page, so both are accepted. No timestamp or
 * message id is signed: replays are stopped by call-id idempotency and the freshness check instead.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const DIALNEXA_SIGNATURE_HEADERS = ['x-dialnexa-signature', 'x-nexa-signature'] as const;

type HeaderBag = Record<string, string | string[] | undefined>;

/** The header value DialNexa would send for this body (simulator, tests). */
export function signDialNexa(secret: string, rawBody: Buffer | string): string {
  return `sha256=${digest(secret, typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody).toString('hex')}`;
}

/**
 * True when either header carries a valid signature under any configured secret. DialNexa rotates
 * with no overlap, so during a change both the old and the new secret are configured here.
 * The comparison is on the 32 decoded bytes, in constant time.
 */
export function verifyDialNexaSignature(rawBody: Buffer, headers: HeaderBag, secrets: readonly string[]): boolean {
  const offered: Buffer[] = [];
  for (const name of DIALNEXA_SIGNATURE_HEADERS) {
    const raw = headers[name];
    for (const v of Array.isArray(raw) ? raw : raw ? [raw] : []) {
      const m = /^\s*sha256=([0-9a-fA-F]{64})\s*$/.exec(v);
      if (m) offered.push(Buffer.from(m[1], 'hex'));
    }
  }
  if (offered.length === 0) return false;
  for (const secret of secrets) {
    const expected = digest(secret, rawBody);
    if (offered.some((o) => timingSafeEqual(o, expected))) return true;
  }
  return false;
}

function digest(secret: string, rawBody: Buffer): Buffer {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(rawBody).digest();
}
