/**
 * The bulk envelope of /api/members/update|remove and /api/referral/update|remove: a JSON array in,
 * one answer per item out, in order, each echoing the item's `query` as sent and adding
 * `resultInfo: { status, message }`. A failing item never stops the others, and per-item failures
 * are reported inside resultInfo, not by HTTP status (reference §2 "Errors").
 */
import type { FastifyRequest } from 'fastify';
import { getCaseless, isPlainObject } from './caseless';
import type { SandboxContext } from './context';
import { BadRequest } from './params';

export type ItemOutcome = { ok: true; fields?: Record<string, unknown> } | { ok: false; message: string; fields?: Record<string, unknown> };

export function runBulk(
  req: FastifyRequest,
  ctx: SandboxContext,
  handle: (item: Record<string, unknown>) => ItemOutcome,
): Record<string, unknown>[] {
  const body = req.body;
  if (!Array.isArray(body)) {
    throw new BadRequest('The request is invalid: the body must be a JSON array of items, each with a query.');
  }
  let applied = 0;
  const answers = body.map((item: unknown) => {
    const query = isPlainObject(item) ? (getCaseless(item, 'query') ?? null) : null;
    let outcome: ItemOutcome;
    try {
      outcome = isPlainObject(item) ? handle(item) : { ok: false, message: 'Each item must be a JSON object with a query.' };
    } catch (err) {
      if (!(err instanceof BadRequest)) throw err;
      outcome = { ok: false, message: err.message };
    }
    if (outcome.ok) applied++;
    return {
      query,
      ...(outcome.fields ?? {}),
      resultInfo: outcome.ok
        ? { status: ctx.settings.resultSuccessStatus, message: ctx.settings.resultSuccessMessage }
        : { status: ctx.settings.resultFailureStatus, message: outcome.message },
    };
  });
  // An all-failed bulk changed nothing: it is not an accepted write (see writeLog.ts).
  req.sandboxNothingApplied = applied === 0;
  return answers;
}
