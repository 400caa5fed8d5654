/**
 * POST /api/email/unsubscribe { email }: adds the address to the account's email block list
 * (reference §3.30; path from the help center, body name inferred [L]). Idempotent: a repeat
 * answers 200 too and the list holds the address once. The answer body is undocumented; the
 * sandbox answers `{ email, message }`.
 */
import type { FastifyInstance } from 'fastify';
import { getCaseless } from '../caseless';
import type { SandboxContext } from '../context';
import { emitUnsubscribed } from '../events';
import { BadRequest, textParam } from '../params';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  app.post('/api/email/unsubscribe', async (req) => {
    const fromBody = getCaseless(req.body, 'email');
    const email = (typeof fromBody === 'string' ? fromBody : textParam(req.query, 'email'))?.trim();
    if (!email) throw new BadRequest('The request is invalid: email is required.');
    if (!EMAIL.test(email)) throw new BadRequest(`The request is invalid: '${email}' is not a valid email address.`);
    const added = ctx.store.unsubscribe(email);
    if (added) emitUnsubscribed(ctx, email);
    return { email, message: added ? 'Email unsubscribed' : 'Email was already unsubscribed' };
  });
}
