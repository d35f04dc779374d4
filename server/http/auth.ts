import type { FastifyReply, FastifyRequest } from 'fastify';
import { findDeviceByToken, touchDevice, type Device } from '../store/devices';
import type { ServerContext } from './context';
import { sendError } from './errors';

/**
 * The device behind `Authorization: Bearer <token>`, or null after answering 401/403.
 * A quarantined device is let through (it may still pull); push refuses it itself.
 */
export async function authenticateDevice(
  context: ServerContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Device | null> {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(header);
  const device = match?.[1] === undefined ? null : await findDeviceByToken(context.database.db, match[1]);
  if (device === null) {
    await sendError(reply, 401, 'unauthenticated', 'A valid device token is required.');
    return null;
  }
  if (device.status === 'revoked') {
    await sendError(reply, 403, 'device-revoked', 'This device was revoked by an administrator.');
    return null;
  }
  await touchDevice(context.database, device, context.now());
  return device;
}
