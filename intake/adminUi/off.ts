/** Without ADMIN_TOKEN an admin surface is off: its routes answer 404, saying how to turn it on. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isApi, sendHtml, type MessagePage } from './http';

export function adminOff(app: FastifyInstance, paths: string[], opts: { title: string; message: string; page: MessagePage }): void {
  const off = async (req: FastifyRequest, reply: FastifyReply) => {
    if (isApi(req)) return reply.code(404).send({ error: 'not_found', message: opts.message });
    return sendHtml(reply.code(404), opts.page(opts.title, opts.message));
  };
  for (const path of paths) app.all(path, off);
}
