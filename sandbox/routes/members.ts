/**
 * Members: GET /api/members (list/search), POST /api/members (create), POST /api/members/update
 * and POST|DELETE /api/members/remove (bulk). Semantics in lists.ts, bodies.ts and bulkQuery.ts;
 * this file decides what is refused and what the answers look like.
 */
import type { FastifyInstance } from 'fastify';
import { getCaseless, isPlainObject } from '../caseless';
import type { SandboxContext } from '../context';
import { parseMemberChanges, parseNewMember } from '../bodies';
import { runBulk } from '../bulk';
import { resolveMemberQuery } from '../bulkQuery';
import { emitMember } from '../events';
import { listMembers } from '../lists';
import { BadRequest, DEFAULT_COUNT, envelope, intParam } from '../params';
import { memberView } from '../views';

export function memberRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { store } = ctx;

  app.get('/api/members', async (req) => {
    const offset = intParam(req.query, 'offset', 0);
    const count = intParam(req.query, 'count', DEFAULT_COUNT);
    const found = listMembers(store, ctx.settings, req.query);
    return envelope('members', found, offset, count, ctx.settings.listMessage, (m) => memberView(store, m));
  });

  // ?shouldSendEmail is accepted and ignored: the sandbox sends no email.
  app.post('/api/members', async (req, reply) => {
    const body = parseNewMember(req.body);
    const program = ctx.settings.createMemberProgramMatch === 'idOnly' ? store.findProgramById(body.programRef) : store.findProgram(body.programRef);
    if (!program) throw new BadRequest(`The request is invalid: programId '${body.programRef}' matches no program.`);
    const code = body.fields.referralCode;
    if (code && store.isCodeTaken(code)) throw new BadRequest(`The request is invalid: referralCode '${code}' is already used by another member.`);
    if (ctx.settings.duplicateMemberEmail === 'reject' && store.membersWithEmail(program.id, body.fields.email!).length) {
      throw new BadRequest(`The request is invalid: a member with email '${body.fields.email}' already exists in this program.`);
    }
    const member = store.createMember({ programId: program.id, fields: body.fields, disabledFlag: body.disabledFlag, payoutInfo: body.payoutInfo });
    emitMember(ctx, 'MemberAdd', member);
    return reply.code(ctx.settings.createMemberStatus).send({ member: memberView(store, member), message: ctx.settings.createMemberMessage });
  });

  app.post('/api/members/update', async (req) =>
    runBulk(req, ctx, (item) => {
      const found = resolveMemberQuery(store, getCaseless(item, 'query'));
      if (!found.ok) return { ok: false, message: found.message, fields: { member: null } };
      const changesRaw = getCaseless(item, 'member');
      if (!isPlainObject(changesRaw)) return { ok: false, message: 'member is required: the fields to change.', fields: { member: null } };
      const changes = parseMemberChanges(changesRaw, ctx.settings.updateNullMeans);
      const member = found.record;
      const code = changes.fields.referralCode;
      if (code && store.isCodeTaken(code, member.id)) {
        return { ok: false, message: `referralCode '${code}' is already used by another member.`, fields: { member: memberView(store, member) } };
      }
      const email = changes.fields.email;
      if (email && ctx.settings.duplicateMemberEmail === 'reject' && store.membersWithEmail(member.programId, email, member.id).length) {
        return { ok: false, message: `A member with email '${email}' already exists in this program.`, fields: { member: memberView(store, member) } };
      }
      store.updateMember(member, changes);
      emitMember(ctx, 'MemberUpdate', member);
      return { ok: true, fields: { member: memberView(store, member) } };
    }),
  );

  const remove = async (req: Parameters<typeof runBulk>[0]) =>
    runBulk(req, ctx, (item) => {
      const found = resolveMemberQuery(store, getCaseless(item, 'query'));
      if (!found.ok) return { ok: false, message: found.message };
      store.removeMember(found.record);
      emitMember(ctx, 'MemberDelete', found.record);
      return { ok: true };
    });
  app.post('/api/members/remove', remove);
  app.delete('/api/members/remove', remove);
}
