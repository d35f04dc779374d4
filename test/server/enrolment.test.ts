import { expect, it } from 'vitest';
import { syncPaths } from '../../shared/sync';
import { describeOnDatabases } from './helpers/databases';
import { request, TestDesk } from './helpers/desk';
import { startTestServer } from './helpers/server';

const place = { centreCode: 'AST02', workstationCode: '1' };
const enrol = (url: string, code: string, where = place) =>
  request(url, 'POST', syncPaths.enrol, {
    body: { code, ...where, deskLabel: 'Терезе жанындағы компьютер' },
  });

describeOnDatabases('enrolment and authentication', (kind) => {
  it('enrols once with a code issued for the centre and workstation, storing only the token hash', async () => {
    const server = await startTestServer(kind);
    const { code } = await server.admin.issueEnrolmentCode(place);
    const answer = await enrol(server.url, code.toLowerCase().replaceAll('-', ' '));
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      ...place,
      deviceId: expect.any(String),
      serverEpoch: expect.any(String),
    });
    const token = answer.body['deviceToken'] as string;
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const devices = await server.database.db.selectFrom('devices').selectAll().execute();
    expect(devices).toHaveLength(1);
    expect(JSON.stringify(devices)).not.toContain(token);
    expect(
      JSON.stringify(await server.database.db.selectFrom('enrolment_codes').selectAll().execute()),
    ).not.toContain(code);

    expect(await enrol(server.url, code)).toMatchObject({
      status: 410,
      body: { error: 'enrolment-code-invalid' },
    });
  });

  it('refuses unknown, expired and mismatching codes', async () => {
    let now = new Date('2026-03-02T05:00:00Z');
    const server = await startTestServer(kind, { now: () => now });
    expect(await enrol(server.url, 'ZZZZ-ZZZZ-ZZZZ')).toMatchObject({
      status: 404,
      body: { error: 'enrolment-code-invalid' },
    });

    const { code } = await server.admin.issueEnrolmentCode(place);
    expect(await enrol(server.url, code, { ...place, workstationCode: '2' })).toMatchObject({
      status: 409,
      body: { error: 'enrolment-code-mismatch' },
    });
    expect(await enrol(server.url, code, { ...place, centreCode: 'ALM01' })).toMatchObject({
      status: 409,
      body: { error: 'enrolment-code-mismatch' },
    });
    now = new Date(now.getTime() + 25 * 3_600_000);
    expect(await enrol(server.url, code)).toMatchObject({
      status: 410,
      body: { error: 'enrolment-code-invalid' },
    });
    expect(await server.database.db.selectFrom('devices').selectAll().execute()).toEqual([]);
    expect(await enrol(server.url, 'x')).toMatchObject({ status: 400, body: { error: 'malformed' } });
  });

  it('keeps one active device per workstation until the old one is revoked; a revoked device is refused', async () => {
    const server = await startTestServer(kind);
    const first = await TestDesk.enrol(server, place);
    const { code } = await server.admin.issueEnrolmentCode(place);
    expect(await enrol(server.url, code)).toMatchObject({
      status: 409,
      body: { error: 'enrolment-code-invalid' },
    });

    expect(await server.admin.revokeDevice(first.deviceId)).toBe(true);
    for (const answer of [
      await first.pull(),
      await first.push([{}]),
      await request(server.url, 'GET', syncPaths.directory, { token: first.token }),
    ]) {
      expect(answer).toMatchObject({ status: 403, body: { error: 'device-revoked' } });
    }
    expect(await enrol(server.url, code)).toMatchObject({ status: 201 });
  });

  it('asks for a token on every protocol request', async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, place);
    for (const token of [undefined, 'not-a-token-of-anyone-at-all-0000', `${desk.token}x`]) {
      for (const [method, path] of [
        ['GET', `${syncPaths.pull}?cursor=0`],
        ['POST', syncPaths.push],
        ['GET', syncPaths.directory],
        ['PUT', syncPaths.blob('0'.repeat(64))],
      ] as const) {
        const answer = await request(server.url, method, path, token === undefined ? {} : { token });
        expect(answer, `${method} ${path}`).toMatchObject({
          status: 401,
          body: { error: 'unauthenticated' },
        });
      }
    }
    expect((await request(server.url, 'GET', syncPaths.directory, { token: desk.token })).status).toBe(200);
  });
});
