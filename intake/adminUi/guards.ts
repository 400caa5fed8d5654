/**
 * The sign-in guards of the admin routes (review, follow-ups share one ADMIN_TOKEN and one session
 * cookie, so one sign-in covers both): the API takes a bearer token or the session cookie; a page
 * takes `?token=` once, trades it for the cookie, and otherwise asks to sign in.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Authenticated, ReviewAuth } from './auth';
import { sendHtml, type MessagePage } from './http';

export interface AdminGuards {
  /** onRequest hook of the API routes: 401 without a bearer token or session. */
  requireApi(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined>;
  /** onRequest hook of the pages: trades `?token=` for the cookie, else asks to sign in. */
  requirePage(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined>;
  /** Who a guarded request was authenticated as. */
  authOf(req: FastifyRequest): Authenticated;
  /** A cookie rides along on any request the browser makes: a cookie-authenticated POST must prove it came from our page. */
  csrfOk(req: FastifyRequest, presented: unknown): boolean;
  /** The CSRF token the page's forms carry ('' for a bearer request, which needs none). */
  csrfTokenOf(req: FastifyRequest): string;
  /**
   * Who a change is recorded as: a named reviewer's own name whatever was typed; with the shared
   * token, the typed name marked as such (the token, not the name, is what was checked).
   */
  actor(req: FastifyRequest, typed: unknown): unknown;
  /** The named reviewer signed in, or null with the shared token. */
  reviewerOf(req: FastifyRequest): Authenticated['reviewer'];
}

/** How a name typed behind the shared token is recorded. */
export const SHARED_TOKEN_MARK = ' (shared token)';

export function adminGuards(auth: ReviewAuth, opts: { page: MessagePage; signInLink: string }): AdminGuards {
  const who = new WeakMap<FastifyRequest, Authenticated>();
  const authOf = (req: FastifyRequest): Authenticated => who.get(req)!;

  return {
    async requireApi(req, reply) {
      const found = auth.authenticate(req);
      if (!found) {
        return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized', message: 'a valid admin bearer token is required' });
      }
      who.set(req, found);
    },

    async requirePage(req, reply) {
      const url = new URL(req.url, 'http://review.invalid');
      const presented = url.searchParams.get('token');
      if (presented !== null) {
        const holder = auth.holderOf(presented);
        if (!holder) return sendHtml(reply.code(401), opts.page('Sign-in failed', 'That review token is not valid (or has expired, or was revoked).'));
        // Trade the token for a session cookie and drop it from the address bar (and the history).
        url.searchParams.delete('token');
        return reply.header('set-cookie', auth.sessionCookie(auth.newSession(holder), req.protocol === 'https')).redirect(`${url.pathname}${url.search}`, 303);
      }
      const found = auth.authenticate(req);
      if (!found) {
        return sendHtml(reply.code(401), opts.page('Sign-in needed', `Open the review link that includes the review token (${opts.signInLink}) to sign in.`));
      }
      who.set(req, found);
    },

    authOf,

    csrfOk(req, presented) {
      const found = authOf(req);
      return found.via === 'bearer' || auth.csrfMatches(found.session, presented);
    },

    csrfTokenOf(req) {
      const found = authOf(req);
      return found.via === 'session' ? auth.csrfTokenFor(found.session) : '';
    },

    actor(req, typed) {
      const { reviewer } = authOf(req);
      if (reviewer) return reviewer.name;
      return typeof typed === 'string' && typed.trim() ? `${typed.trim()}${SHARED_TOKEN_MARK}` : typed;
    },

    reviewerOf(req) {
      return authOf(req).reviewer;
    },
  };
}
