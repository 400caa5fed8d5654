/**
 * Who may review: whoever holds ADMIN_TOKEN. Scripts send it as a bearer token; browsers present
 * it once (`/review?token=...`) and get a session cookie, so links and forms work without the
 * token in every URL (where it would end up in history and logs).
 *
 * Stateless on purpose (several intakes may serve the page): the session is `<issued>-<nonce>`
 * signed with an HMAC keyed by the token, and its CSRF token is a second HMAC of the same session.
 * Rotating ADMIN_TOKEN ends every session at once.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'review_session';
export const REVIEWER_COOKIE = 'review_reviewer';
const SESSION_TTL_SECONDS = 12 * 60 * 60;

export type Authenticated = { via: 'bearer' } | { via: 'session'; session: string };

export class ReviewAuth {
  private readonly tokenDigest: Buffer;

  constructor(private readonly token: string) {
    this.tokenDigest = sha256(token);
  }

  /** A bearer header or a valid session cookie; null when neither. */
  authenticate(req: FastifyRequest, nowMs = Date.now()): Authenticated | null {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
    if (bearer && this.isToken(bearer[1].trim())) return { via: 'bearer' };
    const session = cookiesOf(req)[SESSION_COOKIE];
    if (session && this.validSession(session, nowMs)) return { via: 'session', session };
    return null;
  }

  /** Constant-time comparison of a presented token (hashing first makes the lengths equal). */
  isToken(candidate: string): boolean {
    return timingSafeEqual(sha256(candidate), this.tokenDigest);
  }

  newSession(nowMs = Date.now()): string {
    const id = `${Math.floor(nowMs / 1000)}-${randomBytes(16).toString('base64url')}`;
    return `${id}.${this.mac('session', id)}`;
  }

  csrfTokenFor(session: string): string {
    return this.mac('csrf', session);
  }

  csrfMatches(session: string, presented: unknown): boolean {
    return typeof presented === 'string' && safeEqual(presented, this.csrfTokenFor(session));
  }

  sessionCookie(session: string, secure: boolean): string {
    return cookie(SESSION_COOKIE, session, SESSION_TTL_SECONDS, secure);
  }

  private validSession(value: string, nowMs: number): boolean {
    const dot = value.lastIndexOf('.');
    if (dot <= 0) return false;
    const id = value.slice(0, dot);
    if (!safeEqual(value.slice(dot + 1), this.mac('session', id))) return false;
    const issued = Number(id.split('-')[0]);
    return Number.isFinite(issued) && nowMs / 1000 - issued < SESSION_TTL_SECONDS && issued - nowMs / 1000 < 300;
  }

  private mac(purpose: string, value: string): string {
    return createHmac('sha256', this.token).update(`review-${purpose}:${value}`).digest('base64url');
  }
}

/**
 * HttpOnly, SameSite=Strict; Secure when served over https. Path=/: one sign-in covers every admin
 * page (/review, /insights); the webhook routes never read it.
 */
export function cookie(name: string, value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export function cookiesOf(req: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (name in out) continue;
    try {
      out[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      // A malformed cookie is ignored, as if absent.
    }
  }
  return out;
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(sha256(a), sha256(b));
}
