import type { FastifyInstance } from 'fastify';
import { syncPaths, type DirectoryResponse } from '../../../shared/sync';
import { listProviders } from '../../store/providers';
import { authenticateDevice } from '../auth';
import type { ServerContext } from '../context';

export function registerDirectory(app: FastifyInstance, context: ServerContext): void {
  app.get(syncPaths.directory, async (request, reply) => {
    if ((await authenticateDevice(context, request, reply)) === null) return reply;
    const body: DirectoryResponse = {
      providers: await listProviders(context.database.db),
      serverTime: context.now().toISOString() as DirectoryResponse['serverTime'],
    };
    return reply.send(body);
  });
}
