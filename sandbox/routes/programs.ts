/**
 * GET /api/programs (ProgramSet envelope; `programId` narrows to one program, matched on id, name
 * or title) and GET /api/program/getsingle?programName= (the bare Program; exact name).
 */
import type { FastifyInstance } from 'fastify';
import { sameText } from '../caseless';
import type { SandboxContext } from '../context';
import { sendNotFound } from '../http';
import { BadRequest, DEFAULT_COUNT, envelope, intParam, textParam } from '../params';
import { programView } from '../views';

export function programRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  app.get('/api/programs', async (req) => {
    const offset = intParam(req.query, 'offset', 0);
    const count = intParam(req.query, 'count', DEFAULT_COUNT);
    const ref = textParam(req.query, 'programId');
    const all = [...ctx.store.programs.values()];
    const found = ref === undefined ? all : all.filter((p) => ctx.store.findProgram(ref) === p);
    return envelope('programs', found.map(programView), offset, count, ctx.settings.listMessage);
  });

  app.get('/api/program/getsingle', async (req, reply) => {
    const name = textParam(req.query, 'programName');
    if (!name) throw new BadRequest('The request is invalid: programName is required.');
    const program = [...ctx.store.programs.values()].find((p) => sameText(p.name, name));
    if (!program) return sendNotFound(reply, ctx, `No program is named '${name}'.`);
    return programView(program);
  });
}
