import type { FastifyInstance } from 'fastify';
import { syncPaths } from '../../../shared/sync';
import { readEpoch } from '../../store/meta';
import type { ServerContext } from '../context';

export function registerHealth(app: FastifyInstance, context: ServerContext): void {
  app.get(syncPaths.health, async (request, reply) => {
    try {
      const serverEpoch = await readEpoch(context.database.db);
      return await reply.send({
        status: 'ok',
        database: context.database.kind,
        serverEpoch,
        version: context.version,
        serverTime: context.now().toISOString(),
      });
    } catch (error) {
      request.log.error({ err: error }, 'health check: database unreachable');
      return reply
        .code(503)
        .send({ status: 'unavailable', database: context.database.kind, version: context.version });
    }
  });
}
