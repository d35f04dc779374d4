import { connect } from 'node:net';
import { expect, it } from 'vitest';
import { syncPaths } from '../../shared/sync';
import { openForAdmin } from '../../server/start';
import { spawnServer } from './helpers/child-server';
import { describeOnDatabases, freshDatabase } from './helpers/databases';
import { request, TestDesk } from './helpers/desk';
import { applicationAt, schoolBin } from './helpers/events';
import { startTestServer, stopTestServer } from './helpers/server';

const place = { centreCode: 'ALM01', workstationCode: '8' };

describeOnDatabases('graceful shutdown', (kind) => {
  it('on SIGTERM finishes the push in flight, answers it, then exits 0 and frees the data', async () => {
    const database = await freshDatabase(kind);
    const admin = await openForAdmin(database);
    try {
      await admin.admin.addProvider({
        bin: schoolBin,
        name: { kk: 'Мектеп', ru: 'Школа' },
        kind: 'secondary-school',
      });
      const child = await spawnServer(database);
      const { code } = await admin.admin.issueEnrolmentCode(place);
      const enrolled = await request(child.url, 'POST', syncPaths.enrol, {
        body: { code, ...place, deskLabel: 'shutdown' },
      });
      const desk = new TestDesk(
        child.url,
        place,
        enrolled.body['deviceId'] as string,
        enrolled.body['deviceToken'] as string,
        enrolled.body['serverEpoch'] as string,
      );
      const app = applicationAt(place);
      const body = Buffer.from(
        JSON.stringify({
          deviceId: desk.deviceId,
          serverEpoch: desk.epoch,
          events: desk.entries([app.drafted(), app.accepted()]),
        }),
      );
      // Send all but the last byte, so the request is in flight when the signal comes.
      const { port, hostname } = new URL(child.url);
      const socket = connect(Number(port), hostname);
      let answer = '';
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
      const closed = new Promise((resolve) => socket.once('close', resolve));
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(
        `POST ${syncPaths.push} HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${desk.token}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
      );
      socket.write(body.subarray(0, -1));
      await new Promise((resolve) => setTimeout(resolve, 300));
      child.process.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The last byte, without half-closing: the server closes after its answer (Connection: close).
      socket.write(body.subarray(-1));
      await closed;

      expect(answer).toMatch(/^HTTP\/1\.1 200/);
      expect(answer).toContain('"ackedThroughSeq":2');
      expect(await child.exited).toBe(0);
      const stored = await admin.database.db
        .selectFrom('events')
        .select('device_seq')
        .where('device_id', '=', desk.deviceId)
        .execute();
      expect(stored).toHaveLength(2);
      // New connections are refused once it is gone, and the data can be opened by the next server.
      await expect(fetch(`${child.url}${syncPaths.health}`)).rejects.toThrow();
      const next = await spawnServer(database);
      next.process.kill('SIGTERM');
      expect(await next.exited).toBe(0);
    } finally {
      await admin.close();
    }
  });

  it('closes a keep-alive connection after answering its request in flight, so that close ends', async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, place);
    const app = applicationAt(place);
    const body = Buffer.from(desk.serializePush(desk.entries([app.drafted(), app.accepted()])));
    const { port, hostname } = new URL(server.url);
    const socket = connect(Number(port), hostname);
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    const socketClosed = new Promise((resolve) => socket.once('close', resolve));
    await new Promise((resolve) => socket.once('connect', resolve));
    // A desk's connection: kept alive (HTTP/1.1's default), its push in flight when closing starts.
    socket.write(
      `POST ${syncPaths.push} HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${desk.token}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    socket.write(body.subarray(0, -1));
    await new Promise((resolve) => setTimeout(resolve, 100));
    let closed = false;
    const closing = stopTestServer(server).then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(false);
    socket.write(body.subarray(-1));
    // Answered in full, told the connection ends, and the server lets go of it: close resolves
    // without the desk hanging up first (before, it waited for the keep-alive timeout, 72 s).
    await socketClosed;
    await closing;
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(answer).toContain('"ackedThroughSeq":2');
  });
});
