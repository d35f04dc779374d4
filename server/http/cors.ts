import type { FastifyInstance } from 'fastify';

/**
 * The desk calls the server from another origin: browser mode from a loopback http origin, the
 * Electron shell from app://desk. 'loopback' in the list stands for any port on 127.0.0.1,
 * localhost and [::1]; other entries are exact origins.
 */
export const defaultCorsOrigins = ['loopback', 'app://desk'] as const;

const loopback = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?$/;

export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  return allowed.some((entry) => (entry === 'loopback' ? loopback.test(origin) : entry === origin));
}

export function registerCors(app: FastifyInstance, allowed: readonly string[]): void {
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (origin === undefined || !isAllowedOrigin(origin, allowed)) return;
    reply.header('access-control-allow-origin', origin);
    reply.header('vary', 'Origin');
    reply.header('access-control-expose-headers', 'Retry-After');
    if (request.method === 'OPTIONS') {
      reply.header('access-control-allow-methods', 'GET, POST, PUT, HEAD, OPTIONS');
      reply.header('access-control-allow-headers', 'Authorization, Content-Type');
      reply.header('access-control-max-age', '600');
    }
  });
  // Preflights: answered here for every path (the headers above say whether the origin may go on).
  app.options('*', async (_request, reply) => reply.code(204).send());
}
