import { copyFileSync, rmSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { DatabaseConfig } from '../../server/db/open';
import { describeOnDatabases, freshDatabase, postgresAdmin } from './helpers/databases';
import { TestDesk } from './helpers/desk';
import { applicationAt } from './helpers/events';
import { startTestServer, stopTestServer } from './helpers/server';

const place = { centreCode: 'ALM01', workstationCode: '4' };

/** A backup of a closed server's database, and putting it back. */
async function snapshot(config: DatabaseConfig): Promise<() => Promise<void>> {
  if (config.kind === 'sqlite') {
    const copy = `${config.file}.backup`;
    copyFileSync(config.file, copy);
    return async () => {
      rmSync(`${config.file}-wal`, { force: true });
      rmSync(`${config.file}-shm`, { force: true });
      copyFileSync(copy, config.file);
    };
  }
  const name = new URL(config.url).pathname.slice(1);
  await postgresAdmin(`create database ${name}_backup template ${name}`);
  return async () => {
    await postgresAdmin(`drop database ${name} with (force)`);
    await postgresAdmin(`create database ${name} template ${name}_backup`);
  };
}

describeOnDatabases('server restored from a backup', (kind) => {
  it('tells the desk epoch-mismatch with the last sequence it holds, then sequence-gap, and takes the re-push', async () => {
    const database = await freshDatabase(kind);
    let server = await startTestServer(kind, { database });
    const desk = await TestDesk.enrol(server, place);
    const app = applicationAt(place);
    const events = [
      app.drafted(),
      app.accepted(),
      app.receiptPrinted(),
      app.receiptPrinted(),
      app.receiptPrinted(),
    ];
    expect((await desk.push(events.slice(0, 3))).body['ackedThroughSeq']).toBe(3);
    await stopTestServer(server);
    const restore = await snapshot(database);

    server = await startTestServer(kind, { database, seed: false });
    desk.url = server.url;
    expect((await desk.push(events.slice(3))).body['ackedThroughSeq']).toBe(5);
    await stopTestServer(server);

    await restore();
    server = await startTestServer(kind, { database, seed: false });
    desk.url = server.url;
    const newEpoch = await server.admin.newEpoch();
    expect(newEpoch).not.toBe(desk.epoch);
    const extra = app.receiptPrinted();

    const mismatch = await desk.pushEntries(desk.entries([extra], 6));
    expect(mismatch).toMatchObject({
      status: 409,
      body: { error: 'epoch-mismatch', serverEpoch: newEpoch, lastDeviceSeq: 3 },
    });
    desk.epoch = newEpoch;
    const gap = await desk.pushEntries(desk.entries([extra], 6));
    expect(gap).toMatchObject({ status: 409, body: { error: 'sequence-gap', expectedSeq: 4 } });

    const again = await desk.pushEntries(desk.entries([...events.slice(3), extra], 4));
    expect(again).toMatchObject({ status: 200, body: { ackedThroughSeq: 6, serverEpoch: newEpoch } });
    const stored = await server.database.db
      .selectFrom('events')
      .select(['device_seq', 'event_id'])
      .where('device_id', '=', desk.deviceId)
      .orderBy('device_seq')
      .execute();
    expect(stored.map((e) => [Number(e.device_seq), e.event_id])).toEqual(
      [...events, extra].map((e, i) => [i + 1, e.id]),
    );
  });
});
