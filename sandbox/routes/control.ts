/**
 * The sandbox's own control endpoints under /_sandbox/ (no ReferralRock auth, no faults), so tests
 * and outside checks can drive any build of the sandbox the same way (contract, "The sandbox"):
 *   GET  /_sandbox/writes    { writes: [{ at, method, path, query, body }] }, oldest first
 *   GET  /_sandbox/requests  { total, reads, writes, byRoute }: API requests answered, per route
 *   GET  /_sandbox/state     programs, members, referrals (+ unsubscribed) in the seed format
 *   GET  /_sandbox/deliveries { deliveries: [{ at, event, target_url, web_hook_id, body, status, error }] }
 *   GET  /_sandbox/faults    the current faults;  PUT: change some, omitted fields keep their value
 *   GET  /_sandbox/settings  the settings for unknown behaviours;  PUT: change some at run time
 *   POST /_sandbox/reset     back to the seed it started with, or to the seed in the body; clears
 *                            the write log, deliveries and faults, and puts the settings back
 */
import type { FastifyInstance } from 'fastify';
import { isPlainObject } from '../caseless';
import type { SandboxContext } from '../context';
import { faultPatchSchema } from '../faults';
import { BadRequest } from '../params';
import { parseSeed, SeedError } from '../seed';
import { settingsPatchSchema } from '../settings';
import { stateSnapshot } from '../views';

function invalid(issues: { path: PropertyKey[]; message: string }[]): BadRequest {
  return new BadRequest(`The request is invalid: ${issues.map((i) => `${i.path.map(String).join('.') || '(body)'} ${i.message}`).join('; ')}.`);
}

export function controlRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  app.get('/_sandbox/writes', async () => ({ writes: ctx.writes.list() }));

  app.get('/_sandbox/requests', async () => ctx.requests.summary());

  app.get('/_sandbox/deliveries', async () => ({ deliveries: ctx.webhooks.list() }));

  app.get('/_sandbox/state', async () => stateSnapshot(ctx.store));

  app.get('/_sandbox/faults', async () => ctx.faults.get());
  app.put('/_sandbox/faults', async (req) => {
    const parsed = faultPatchSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw invalid(parsed.error.issues);
    return ctx.faults.update(parsed.data);
  });

  app.get('/_sandbox/settings', async () => ctx.settings);
  app.put('/_sandbox/settings', async (req) => {
    const parsed = settingsPatchSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw invalid(parsed.error.issues);
    Object.assign(ctx.settings, parsed.data);
    return ctx.settings;
  });

  app.post('/_sandbox/reset', async (req) => {
    const body = req.body;
    if (body !== undefined && body !== null && !(isPlainObject(body) && Object.keys(body).length === 0)) {
      try {
        ctx.store.reset(parseSeed(body));
      } catch (err) {
        if (err instanceof SeedError) throw new BadRequest(err.message);
        throw err;
      }
    } else {
      ctx.store.reset();
    }
    ctx.writes.clear();
    ctx.requests.clear();
    ctx.webhooks.clear();
    ctx.faults.clear();
    for (const key of Object.keys(ctx.settings) as (keyof typeof ctx.settings)[]) delete ctx.settings[key];
    Object.assign(ctx.settings, ctx.initialSettings);
    return {
      reset: true,
      programs: ctx.store.programs.size,
      members: ctx.store.members.size,
      referrals: ctx.store.referrals.size,
    };
  });
}
