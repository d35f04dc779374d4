import type { FastifyInstance } from 'fastify';
import { enrolRequestSchema, syncPaths, type EnrolResponse } from '../../../shared/sync';
import { enrolDevice } from '../../store/enrolment';
import type { ServerContext } from '../context';
import { issuesOf, sendError, sendMalformed } from '../errors';

export function registerEnrol(app: FastifyInstance, context: ServerContext): void {
  app.post(syncPaths.enrol, async (request, reply) => {
    const parsed = enrolRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendMalformed(reply, issuesOf(parsed.error));
    const now = context.now();
    const outcome = await enrolDevice(context.database, parsed.data, now);
    switch (outcome.kind) {
      case 'enrolled': {
        const body: EnrolResponse = {
          deviceId: outcome.deviceId,
          deviceToken: outcome.deviceToken,
          centreCode: parsed.data.centreCode,
          workstationCode: parsed.data.workstationCode,
          serverEpoch: outcome.serverEpoch,
          serverTime: now.toISOString() as EnrolResponse['serverTime'],
        };
        request.log.info({ deviceId: outcome.deviceId, centre: parsed.data.centreCode }, 'device enrolled');
        return reply.code(201).send(body);
      }
      case 'unknown-code':
        return sendError(reply, 404, 'enrolment-code-invalid', 'The enrolment code is unknown.');
      case 'used-code':
        return sendError(reply, 410, 'enrolment-code-invalid', 'The enrolment code was already used.');
      case 'expired-code':
        return sendError(reply, 410, 'enrolment-code-invalid', 'The enrolment code has expired.');
      case 'mismatch':
        return sendError(
          reply,
          409,
          'enrolment-code-mismatch',
          'The code was issued for another centre or workstation.',
        );
      case 'workstation-taken':
        return sendError(
          reply,
          409,
          'enrolment-code-invalid',
          'This workstation already has an enrolled device; an administrator must revoke it first.',
        );
    }
  });
}
