/**
 * Who may review: a reviewer with their own token (`npm run reviewers -- add <name>`; the decision
 * then records that name, whatever a form says), or whoever holds the shared ADMIN_TOKEN (the
 * embedded default's development token, on loopback only, or an operator's). Scripts send a token
 * as a bearer token; browsers present it once (`/review?token=...`) and get a session cookie, so
 * links and forms work without the token in every URL (where it would end up in history and logs).
 *
 * Stateless on purpose (several intakes may serve the page): the session is
 * `<issued>-<nonce>~<reviewer id | shared>` signed with an HMAC keyed by ADMIN_TOKEN, and its CSRF
 * token is a second HMAC of the same session. Rotating ADMIN_TOKEN ends every session at once;
 * revoking a reviewer's token ends theirs on their next request (the row is read each time).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Reviewer, ReviewerTokens } from '../../services/reviewers/reviewerTokens';

export const SESSION_COOKIE = 'review_session';
export const REVIEWER_COOKIE = 'review_reviewer';
const SESSION_TTL_SECONDS = 12 * 60 * 60;

/** `reviewer`: the named reviewer whose token signed in; null for the shared ADMIN_TOKEN. */
export type Authenticated = { via: 'bearer'; reviewer: Reviewer | null } | { via: 'session'; session: string; reviewer: Reviewer | null };

/** Who a presented token is: a named reviewer, the shared token, or nobody. */
export type TokenHolder = { reviewer: Reviewer | null } | null;

const SHARED = 'shared';

export class ReviewAuth {
  private readonly tokenDigest: Buffer;

  constructor(
    private readonly token: string,
    private readonly reviewers: ReviewerTokens | null = null,
  ) {
    this.tokenDigest = sha256(token);
  }

  /** A bearer header or a valid session cookie; null when neither. */
  authenticate(req: FastifyRequest, nowMs = Date.now()): Authenticated | null {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
    if (bearer) {
      const holder = this.holderOf(bearer[1].trim(), nowMs);
      if (holder) return { via: 'bearer', reviewer: holder.reviewer };
    }
    const session = cookiesOf(req)[SESSION_COOKIE];
    if (session) {
      const holder = this.sessionHolder(session, nowMs);
      if (holder) return { via: 'session', session, reviewer: holder.reviewer };
    }
    return null;
  }

  /** The shared token (constant-time: hashing first makes the lengths equal) or a reviewer's own. */
  holderOf(candidate: string, nowMs = Date.now()): TokenHolder {
    if (timingSafeEqual(sha256(candidate), this.tokenDigest)) return { reviewer: null };
    const reviewer = this.reviewers?.verify(candidate, new Date(nowMs)) ?? null;
    return reviewer ? { reviewer } : null;
  }

  newSession(holder: NonNullable<TokenHolder>, nowMs = Date.now()): string {
    const id = `${Math.floor(nowMs / 1000)}-${randomBytes(16).toString('base64url')}~${holder.reviewer?.id ?? SHARED}`;
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

  /** Whose a signed, unexpired session is; a reviewer's only while their token stays active. */
  private sessionHolder(value: string, nowMs: number): TokenHolder {
    const dot = value.lastIndexOf('.');
    if (dot <= 0) return null;
    const id = value.slice(0, dot);
    if (!safeEqual(value.slice(dot + 1), this.mac('session', id))) return null;
    const issued = Number(id.split('-')[0]);
    if (!(Number.isFinite(issued) && nowMs / 1000 - issued < SESSION_TTL_SECONDS && issued - nowMs / 1000 < 300)) return null;
    const who = id.slice(id.lastIndexOf('~') + 1);
    if (who === SHARED) return { reviewer: null };
    const reviewer = this.reviewers?.active(who, new Date(nowMs)) ?? null;
    return reviewer ? { reviewer } : null;
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
