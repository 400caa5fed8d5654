/**
 * Referrals: GET /api/referrals (list/search), GET /api/referral/single, GET /api/referral/getsingle,
 * POST /api/referrals (create), POST /api/referral/update and POST|DELETE /api/referral/remove
 * (bulk). Note the singular/plural split, which is ReferralRock's own (reference §2).
 */
import type { FastifyInstance } from 'fastify';
import { getCaseless, isPlainObject, sameText } from '../caseless';
import type { SandboxContext } from '../context';
import { parseNewReferral, parseReferralChanges } from '../bodies';
import { runBulk } from '../bulk';
import { resolveReferralQuery } from '../bulkQuery';
import { sendNotFound } from '../http';
import { emitReferral } from '../events';
import { listReferrals } from '../lists';
import { BadRequest, DEFAULT_COUNT, envelope, intParam, textParam } from '../params';
import type { ReferralRecord } from '../records';
import { referralView } from '../views';

export function referralRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { store } = ctx;

  /** Newest first: when a single-get matches several referrals (e.g. one email), the newest answers. */
  const newest = (found: ReferralRecord[]) =>
    [...found].sort((a, b) => Date.parse(b.createDate) - Date.parse(a.createDate) || store.orderOf(b.id) - store.orderOf(a.id))[0];

  app.get('/api/referrals', async (req) => {
    const offset = intParam(req.query, 'offset', 0);
    const count = intParam(req.query, 'count', DEFAULT_COUNT);
    const found = listReferrals(store, req.query);
    return envelope('referrals', found, offset, count, ctx.settings.listMessage, (r) => referralView(store, r));
  });

  app.get('/api/referral/single', async (req, reply) => {
    const id = textParam(req.query, 'referralId');
    const email = textParam(req.query, 'email');
    const externalId = textParam(req.query, 'externalId');
    if (!id && !email && !externalId) throw new BadRequest('The request is invalid: give referralId, email or externalId.');
    const found = [...store.referrals.values()].filter(
      (r) => (!id || sameText(r.id, id)) && (!email || sameText(r.email, email)) && (!externalId || sameText(r.externalIdentifier, externalId)),
    );
    if (!found.length) return sendNotFound(reply, ctx, 'No referral matches the given referralId, email or externalId.');
    return referralView(store, newest(found));
  });

  app.get('/api/referral/getsingle', async (req, reply) => {
    const q = textParam(req.query, 'referralQuery');
    if (!q) throw new BadRequest('The request is invalid: referralQuery is required (referral id, email or external id).');
    const all = [...store.referrals.values()];
    const byId = all.find((r) => sameText(r.id, q));
    const found = byId ? [byId] : all.filter((r) => sameText(r.email, q) || sameText(r.externalIdentifier, q));
    if (!found.length) return sendNotFound(reply, ctx, `No referral matches '${q}'.`);
    return referralView(store, newest(found));
  });

  app.post('/api/referrals', async (req, reply) => {
    const body = parseNewReferral(req.body);
    const member = store.memberByCode(body.referralCode);
    if (!member) throw new BadRequest(`The request is invalid: no member has the referral code '${body.referralCode}'.`);
    const referral = store.createReferral({ member, fields: body.fields, status: body.status, amount: body.amount });
    emitReferral(ctx, 'ReferralAdd', referral);
    return reply.code(ctx.settings.createReferralStatus).send({ referral: referralView(store, referral), message: ctx.settings.createReferralMessage });
  });

  app.post('/api/referral/update', async (req) =>
    runBulk(req, ctx, (item) => {
      const found = resolveReferralQuery(store, getCaseless(item, 'query'));
      if (!found.ok) return { ok: false, message: found.message, fields: { referral: null } };
      const changesRaw = getCaseless(item, 'referral');
      if (!isPlainObject(changesRaw)) return { ok: false, message: 'referral is required: the fields to change.', fields: { referral: null } };
      const changes = parseReferralChanges(changesRaw, ctx.settings.updateNullMeans);
      const statusBefore = found.record.status;
      store.updateReferral(found.record, changes);
      // ReferralUpdate fires on any change, status included; ReferralStatusChange only on a status move.
      emitReferral(ctx, 'ReferralUpdate', found.record);
      if (found.record.status !== statusBefore) emitReferral(ctx, 'ReferralStatusChange', found.record);
      return { ok: true, fields: { referral: referralView(store, found.record) } };
    }),
  );

  const remove = async (req: Parameters<typeof runBulk>[0]) =>
    runBulk(req, ctx, (item) => {
      const found = resolveReferralQuery(store, getCaseless(item, 'query'));
      if (!found.ok) return { ok: false, message: found.message };
      store.removeReferral(found.record);
      emitReferral(ctx, 'ReferralDelete', found.record);
      return { ok: true };
    });
  app.post('/api/referral/remove', remove);
  app.delete('/api/referral/remove', remove);
}
