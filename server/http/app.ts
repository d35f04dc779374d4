import Fastify, { type FastifyInstance } from 'fastify';
import { syncLimits } from '../../shared/sync';
import { consolePlugin } from '../console/routes';
import type { ServerContext } from './context';
import { registerCors } from './cors';
import { sendError } from './errors';
import { registerBlobs } from './routes/blobs';
import { registerDirectory } from './routes/directory';
import { registerEnrol } from './routes/enrol';
import { registerHealth } from './routes/health';
import { registerPull } from './routes/pull';
import { registerPush } from './routes/push';

export interface AppOptions {
  readonly logLevel: string;
  readonly corsOrigins: readonly string[];
}

/**
 * Closing finishes the requests in flight, and Node's close() waits for every connection to end.
 * It drops idle keep-alive connections only once, at the start: a connection busy then would be
 * kept alive after its answer, and hold the server open — the desk goes on sending on it, to a
 * server that is going away — until the desk lets go of it. So once closing, every answer closes
 * its connection, and the few requests already on their way are answered in full (the database
 * closes only after the last connection).
 */
function closeConnectionsWhenClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });
}

/** The HTTP application: protocol routes, CORS, and answers in shared/sync's error shape. */
export function buildApp(context: ServerContext, options: AppOptions): FastifyInstance {
  const app = Fastify({
    logger: { level: options.logLevel, redact: ['req.headers.authorization'] },
    bodyLimit: syncLimits.maxJsonBodyBytes,
    // A request that reaches the server while it closes is still answered (see closeConnectionsWhenClosing).
    return503OnClosing: false,
    forceCloseConnections: 'idle',
  });
  closeConnectionsWhenClosing(app);
  registerCors(app, options.corsOrigins);

  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, 'not-found', `No route ${request.method} ${request.url}.`),
  );
  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 413) return sendError(reply, 413, 'too-large', 'The body is over the limit.');
    if (status >= 400 && status < 500) {
      return sendError(
        reply,
        status === 415 ? 415 : 400,
        'malformed',
        'The request does not parse; nothing was changed.',
        {
          issues: [{ path: '', message: error.message }],
        },
      );
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(reply, 500, 'internal', 'Internal server error.');
  });

  registerHealth(app, context);
  registerEnrol(app, context);
  registerPush(app, context);
  registerPull(app, context);
  registerDirectory(app, context);
  registerBlobs(app, context);
  // The provider console: server-rendered pages under /console.
  void app.register(consolePlugin({ database: context.database, now: context.now }));
  return app;
}
