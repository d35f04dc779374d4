import type { FastifyInstance } from 'fastify';
import { pullQuerySchema, syncPaths, type PullResponse } from '../../../shared/sync';
import { readEpoch } from '../../store/meta';
import { pullEntries } from '../../sync/pull';
import { authenticateDevice } from '../auth';
import type { ServerContext } from '../context';
import { issuesOf, sendMalformed } from '../errors';

export function registerPull(app: FastifyInstance, context: ServerContext): void {
  app.get(syncPaths.pull, async (request, reply) => {
    const device = await authenticateDevice(context, request, reply);
    if (device === null) return reply;
    const parsed = pullQuerySchema.safeParse(request.query);
    if (!parsed.success) return sendMalformed(reply, issuesOf(parsed.error));
    const page = await pullEntries(context.database.db, device, parsed.data);
    const body: PullResponse = {
      ...page,
      serverTime: context.now().toISOString() as PullResponse['serverTime'],
      serverEpoch: (await readEpoch(context.database.db)) ?? '',
    };
    return reply.send(body);
  });
}
