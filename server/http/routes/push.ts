import type { FastifyInstance } from 'fastify';
import { canonicalJson, pushRequestSchema, syncPaths, type PushResponse } from '../../../shared/sync';
import { sha256Hex } from '../../store/ids';
import { pushEvents } from '../../sync/push';
import { authenticateDevice } from '../auth';
import type { ServerContext } from '../context';
import { issuesOf, sendError, sendMalformed } from '../errors';

export function registerPush(app: FastifyInstance, context: ServerContext): void {
  app.post(syncPaths.push, async (request, reply) => {
    const device = await authenticateDevice(context, request, reply);
    if (device === null) return reply;
    const parsed = pushRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendMalformed(reply, issuesOf(parsed.error));
    const push = parsed.data;
    if (push.deviceId !== device.id) {
      return sendMalformed(reply, [{ path: 'deviceId', message: 'does not match the device of the token' }]);
    }
    // The canonical JSON is made once: hashed here, stored as the event's body. Made from the
    // events as they arrived (the schema's output lists its own keys first): sent in canonical
    // order, as the desk does, they are written by the fast path (see canonicalJson).
    const arrived = (request.body as { events: readonly { event: unknown }[] }).events;
    const bodies = arrived.map((entry) => canonicalJson(entry.event));
    const badHashes = push.events.flatMap((entry, i) =>
      sha256Hex(bodies[i] ?? '') === entry.hash
        ? []
        : [{ path: `events.${i}.hash`, message: 'is not the SHA-256 of the canonical event' }],
    );
    if (badHashes.length > 0) return sendMalformed(reply, badHashes);

    const now = context.now();
    const outcome = await pushEvents(context.database, device.id, push, now, bodies);
    switch (outcome.kind) {
      case 'acked': {
        const body: PushResponse = {
          ackedThroughSeq: outcome.ackedThroughSeq,
          serverTime: now.toISOString() as PushResponse['serverTime'],
          serverEpoch: outcome.serverEpoch,
        };
        return reply.send(body);
      }
      case 'revoked':
        return sendError(reply, 403, 'device-revoked', 'This device was revoked by an administrator.');
      case 'quarantined':
        return sendError(
          reply,
          409,
          'device-quarantined',
          'This device is quarantined; its pushes are held.',
        );
      case 'epoch-mismatch':
        return sendError(
          reply,
          409,
          'epoch-mismatch',
          'The server was restored; push again from lastDeviceSeq + 1.',
          {
            serverEpoch: outcome.serverEpoch,
            lastDeviceSeq: outcome.lastDeviceSeq,
          },
        );
      case 'sequence-gap':
        return sendError(
          reply,
          409,
          'sequence-gap',
          `The next sequence the server takes is ${outcome.expectedSeq}.`,
          {
            expectedSeq: outcome.expectedSeq,
          },
        );
      case 'sequence-conflict':
        request.log.warn(
          { deviceId: device.id, deviceSeq: outcome.deviceSeq },
          'sequence conflict: device quarantined',
        );
        return sendError(
          reply,
          409,
          'sequence-conflict',
          'This sequence was stored with other content; the device is quarantined.',
          {
            deviceSeq: outcome.deviceSeq,
          },
        );
    }
  });
}
