import type { FastifyInstance } from 'fastify';
import { sha256HexSchema, syncLimits } from '../../../shared/sync';
import { hasBlob, putBlob } from '../../store/blobs';
import { sha256Hex } from '../../store/ids';
import { authenticateDevice } from '../auth';
import type { ServerContext } from '../context';
import { sendError, sendMalformed } from '../errors';

interface BlobParams {
  sha256: string;
}

/** Scans: PUT the raw bytes to /v1/blobs/<sha256> (idempotent), HEAD to ask whether they are there. */
export function registerBlobs(app: FastifyInstance, context: ServerContext): void {
  void app.register(async (scope) => {
    // Raw bytes whatever the media type, up to one scan's limit.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: syncLimits.maxBlobBytes },
      (_request, body, done) => done(null, body),
    );

    // The token is checked before the body is read: no one unknown gets to upload 20 MB.
    scope.addHook('onRequest', async (request, reply) => {
      if ((await authenticateDevice(context, request, reply)) === null) return reply;
      return undefined;
    });

    scope.put<{ Params: BlobParams }>('/v1/blobs/:sha256', async (request, reply) => {
      const name = sha256HexSchema.safeParse(request.params.sha256);
      if (!name.success)
        return sendMalformed(reply, [{ path: 'sha256', message: 'must be 64 lower-case hex digits' }]);
      const bytes = request.body;
      if (!(bytes instanceof Uint8Array) || bytes.byteLength === 0) {
        return sendMalformed(reply, [{ path: 'body', message: 'the bytes are missing' }]);
      }
      if (sha256Hex(bytes) !== name.data) {
        return sendError(reply, 422, 'blob-hash-mismatch', 'The bytes do not hash to the named SHA-256.');
      }
      const mediaType = request.headers['content-type']?.split(';')[0]?.trim() || 'application/octet-stream';
      const created = await putBlob(context.database, { sha256: name.data, mediaType, bytes }, context.now());
      return reply.code(created ? 201 : 200).send({ sha256: name.data, length: bytes.byteLength });
    });

    scope.head<{ Params: BlobParams }>('/v1/blobs/:sha256', async (request, reply) => {
      const name = sha256HexSchema.safeParse(request.params.sha256);
      const found = name.success ? await hasBlob(context.database.db, name.data) : null;
      if (found === null) return reply.code(404).send();
      return reply.code(200).header('x-blob-length', String(found.length)).send();
    });
  });
}
