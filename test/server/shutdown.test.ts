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

/**
 * A push sent by hand on its own connection, all but its last byte: the request is in flight
 * until `finish()`. `answer()` is what came back so far; `closed` resolves when the server hangs up.
 */
async function pushInFlight(url: string, token: string, body: Buffer, connection: 'close' | 'keep-alive') {
  const { port, hostname } = new URL(url);
  const socket = connect(Number(port), hostname);
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
  const closed = new Promise((resolve) => socket.once('close', resolve));
  await new Promise((resolve) => socket.once('connect', resolve));
  // Keep-alive is HTTP/1.1's default, and what a desk's browser asks for.
  const asked = connection === 'close' ? 'Connection: close\r\n' : '';
  socket.write(
    `POST ${syncPaths.push} HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${token}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n${asked}\r\n`,
  );
  socket.write(body.subarray(0, -1));
  return {
    answer: () => answer,
    closed,
    // The last byte, without half-closing: the server is the one to close.
    finish: () => void socket.write(body.subarray(-1)),
  };
}

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
      const body = Buffer.from(desk.serializePush(desk.entries([app.drafted(), app.accepted()])));
      // All but the last byte, so the request is in flight when the signal comes.
      const push = await pushInFlight(child.url, desk.token, body, 'close');
      await new Promise((resolve) => setTimeout(resolve, 300));
      child.process.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      push.finish();
      await push.closed;
      const answer = push.answer();
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
    // A desk's connection, kept alive, its push in flight when closing starts.
    const push = await pushInFlight(server.url, desk.token, body, 'keep-alive');
    await new Promise((resolve) => setTimeout(resolve, 100));
    let closed = false;
    const closing = stopTestServer(server).then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(false);
    push.finish();
    // Answered in full, told the connection ends, and the server lets go of it: close resolves
    // without the desk hanging up first (before, it waited for the keep-alive timeout, 72 s).
    await push.closed;
    await closing;
    expect(push.answer()).toMatch(/^HTTP\/1\.1 200/);
    expect(push.answer()).toMatch(/\r\nconnection: close\r\n/i);
    expect(push.answer()).toContain('"ackedThroughSeq":2');
  });
});
