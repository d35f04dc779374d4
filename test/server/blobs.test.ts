import { createHash, randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { syncLimits, syncPaths } from '../../shared/sync';
import { describeOnDatabases } from './helpers/databases';
import { request, TestDesk } from './helpers/desk';
import { startTestServer } from './helpers/server';

const place = { centreCode: 'ALM01', workstationCode: '7' };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describeOnDatabases('blobs', (kind) => {
  it('stores a scan by its SHA-256 once, answers HEAD, and keeps the bytes exactly', async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, place);
    const scan = randomBytes(300_000);
    const name = sha256(scan);
    const head = () =>
      fetch(`${server.url}${syncPaths.blob(name)}`, {
        method: 'HEAD',
        headers: { authorization: `Bearer ${desk.token}` },
      });
    expect((await head()).status).toBe(404);
    const put = () =>
      request(server.url, 'PUT', syncPaths.blob(name), {
        token: desk.token,
        rawBody: scan,
        headers: { 'content-type': 'image/jpeg' },
      });
    expect(await put()).toMatchObject({ status: 201, body: { sha256: name, length: scan.length } });
    expect(await put()).toMatchObject({ status: 200, body: { sha256: name } });
    expect((await head()).status).toBe(200);
    const row = await server.database.db.selectFrom('blobs').selectAll().executeTakeFirstOrThrow();
    expect(row.media_type).toBe('image/jpeg');
    expect(Buffer.from(row.bytes).equals(scan)).toBe(true);
  });

  it('refuses bytes that do not hash to the name, a bad name, and a scan over the limit', async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, place);
    const scan = randomBytes(1000);
    const wrongName = sha256(randomBytes(10));
    expect(
      await request(server.url, 'PUT', syncPaths.blob(wrongName), {
        token: desk.token,
        rawBody: scan,
        headers: { 'content-type': 'application/pdf' },
      }),
    ).toMatchObject({
      status: 422,
      body: { error: 'blob-hash-mismatch' },
    });
    expect(
      await request(server.url, 'PUT', syncPaths.blob('ABC'), {
        token: desk.token,
        rawBody: scan,
        headers: { 'content-type': 'application/pdf' },
      }),
    ).toMatchObject({
      status: 400,
      body: { error: 'malformed' },
    });
    const big = new Uint8Array(syncLimits.maxBlobBytes + 1);
    expect(
      await request(server.url, 'PUT', syncPaths.blob(sha256(big)), {
        token: desk.token,
        rawBody: big,
        headers: { 'content-type': 'application/octet-stream' },
      }),
    ).toMatchObject({
      status: 413,
      body: { error: 'too-large' },
    });
    // Without a token the bytes are not even read.
    expect(
      await request(server.url, 'PUT', syncPaths.blob(sha256(big)), {
        rawBody: big,
        headers: { 'content-type': 'application/octet-stream' },
      }),
    ).toMatchObject({ status: 401, body: { error: 'unauthenticated' } });
    expect(await server.database.db.selectFrom('blobs').selectAll().execute()).toEqual([]);
  });
});
