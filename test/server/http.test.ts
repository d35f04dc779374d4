import { expect, it } from 'vitest';
import { directoryResponseSchema, syncPaths } from '../../shared/sync';
import { describeOnDatabases } from './helpers/databases';
import { request, TestDesk } from './helpers/desk';
import { schoolBin } from './helpers/events';
import { startTestServer } from './helpers/server';

const place = { centreCode: 'KAR03', workstationCode: '01' };

describeOnDatabases('http', (kind) => {
  it('reports health: database reachable, epoch and version', async () => {
    const server = await startTestServer(kind);
    const answer = await request(server.url, 'GET', syncPaths.health);
    expect(answer).toMatchObject({
      status: 200,
      body: { status: 'ok', database: kind, version: expect.any(String) },
    });
    expect(answer.body['serverEpoch']).toMatch(/^\d{8}-[0-9a-f]{12}$/);
  });

  it('serves the provider directory to an enrolled desk', async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, place);
    const answer = await request(server.url, 'GET', syncPaths.directory, { token: desk.token });
    const directory = directoryResponseSchema.parse(answer.body);
    expect(directory.providers.map((p) => p.bin)).toContain(schoolBin);
    expect(directory.providers.find((p) => p.bin === schoolBin)).toMatchObject({
      kind: 'secondary-school',
      name: { ru: 'Школа-гимназия № 42' },
    });
  });

  it("answers unknown routes with 'not-found'", async () => {
    const server = await startTestServer(kind);
    expect(await request(server.url, 'GET', '/v1/nothing')).toMatchObject({
      status: 404,
      body: { error: 'not-found' },
    });
    expect(await request(server.url, 'DELETE', syncPaths.push)).toMatchObject({
      status: 404,
      body: { error: 'not-found' },
    });
  });

  it('lets the desk call from loopback and app://desk origins (with preflight), and no other origin', async () => {
    const server = await startTestServer(kind);
    for (const origin of ['http://127.0.0.1:4173', 'http://localhost:5173', 'app://desk']) {
      const preflight = await fetch(`${server.url}${syncPaths.push}`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
      const health = await fetch(`${server.url}${syncPaths.health}`, { headers: { origin } });
      expect(health.headers.get('access-control-allow-origin')).toBe(origin);
    }
    const foreign = await fetch(`${server.url}${syncPaths.push}`, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org' },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("answers 'internal' without internals when the database is gone, and health says unavailable", async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, place);
    await server.database.db.destroy();
    const answer = await desk.pull();
    expect(answer).toEqual({ status: 500, body: { error: 'internal', message: 'Internal server error.' } });
    expect((await request(server.url, 'GET', syncPaths.health)).status).toBe(503);
  });
});
