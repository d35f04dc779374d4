import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { SyncError, SyncErrorCode } from '../../shared/sync';

/** Every non-2xx answer: `{ error, message, ...details }` (shared/sync syncErrorSchema). */
export function sendError(
  reply: FastifyReply,
  status: number,
  error: SyncErrorCode,
  message: string,
  details: Omit<SyncError, 'error' | 'message'> = {},
): FastifyReply {
  return reply.code(status).send({ error, message, ...details });
}

export function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.slice(0, 50).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

export function sendMalformed(
  reply: FastifyReply,
  issues: { path: string; message: string }[],
): FastifyReply {
  return sendError(reply, 400, 'malformed', 'The request does not parse; nothing was changed.', { issues });
}
