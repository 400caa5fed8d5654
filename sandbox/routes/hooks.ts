/**
 * POST /api/hooks { target_url, event } -> 201 { web_hook_id }; DELETE /api/hooks { web_hook_id }
 * -> 200 with no body (reference §3.27-3.28). Keys are snake_case, as documented. Events are
 * delivered by webhooks.ts to every subscription of the event.
 */
import type { FastifyInstance } from 'fastify';
import { getCaseless } from '../caseless';
import type { SandboxContext } from '../context';
import { BadRequest } from '../params';

/** Event names from the official webhook page (reference §5). */
export const HOOK_EVENTS = [
  'ProgramAdd', 'ProgramUpdate', 'ProgramDelete', 'MemberAdd', 'MemberUpdate', 'MemberDelete',
  'ReferralAdd', 'ReferralUpdate', 'ReferralDelete', 'ReferralStatusChange',
  'RewardAdd', 'RewardUpdate', 'RewardDelete', 'RewardIssue', 'EmailUnsubscribed',
] as const;

export function hookRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  app.post('/api/hooks', async (req, reply) => {
    const target = getCaseless(req.body, 'target_url');
    const eventRaw = getCaseless(req.body, 'event');
    if (typeof target !== 'string' || !/^https?:\/\/\S+$/i.test(target)) {
      throw new BadRequest('The request is invalid: target_url is required and must be an http(s) URL.');
    }
    const event = HOOK_EVENTS.find((e) => typeof eventRaw === 'string' && e.toLowerCase() === eventRaw.toLowerCase());
    if (!event) throw new BadRequest(`The request is invalid: event must be one of ${HOOK_EVENTS.join(', ')}.`);
    const hook = ctx.store.addHook(target, event);
    return reply.code(201).send({ web_hook_id: hook.web_hook_id });
  });

  app.delete('/api/hooks', async (req, reply) => {
    const id = getCaseless(req.body, 'web_hook_id');
    if (typeof id !== 'string' || id.trim() === '') throw new BadRequest('The request is invalid: web_hook_id is required.');
    if (ctx.store.removeHook(id.trim())) return reply.code(200).send();
    const status = ctx.settings.hookDeleteUnknownStatus;
    return status >= 200 && status < 300 ? reply.code(status).send() : reply.code(status).send({ Message: `No web hook has id '${id}'.` });
  });
}
