import { expect, it } from 'vitest';
import { pushRequestSchema } from '../../shared/sync';
import { insertEvents, type EventRow } from '../../server/store/events';
import { writeTransaction } from '../../server/store/transaction';
import { pushEvents } from '../../server/sync/push';
import { describeOnDatabases } from './helpers/databases';
import { TestDesk } from './helpers/desk';
import { applicationAt, unlistedBin } from './helpers/events';
import { startTestServer } from './helpers/server';

const centre = 'ALM05';

describeOnDatabases('group commit', (kind) => {
  it('stores pages of many desks arriving at once together, answering each as if it were alone', async () => {
    const server = await startTestServer(kind);
    const desks = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        TestDesk.enrol(server, { centreCode: centre, workstationCode: String(i + 1) }),
      ),
    );
    const [revoked, gapped, unlisted, ...plain] = desks as [TestDesk, TestDesk, TestDesk, ...TestDesk[]];
    await server.admin.revokeDevice(revoked.deviceId);
    const pageOf = (desk: TestDesk, providerBin?: string) => {
      const apps = Array.from({ length: 3 }, () => applicationAt(desk.place, providerBin));
      return apps.flatMap((app) => [app.drafted(), app.accepted()]);
    };

    const answers = await Promise.all([
      revoked.push(pageOf(revoked)),
      gapped.pushEntries(gapped.entries(pageOf(gapped), 5)),
      unlisted.push(pageOf(unlisted, unlistedBin)),
      ...plain.map((desk) => desk.push(pageOf(desk))),
    ]);

    expect(answers[0]).toMatchObject({ status: 403, body: { error: 'device-revoked' } });
    expect(answers[1]).toMatchObject({ status: 409, body: { error: 'sequence-gap', expectedSeq: 1 } });
    // An unknown provider is a business failure: stored, acknowledged, answered by a server event.
    expect(answers[2]).toMatchObject({ status: 200, body: { ackedThroughSeq: 6 } });
    for (const answer of answers.slice(3))
      expect(answer).toMatchObject({ status: 200, body: { ackedThroughSeq: 6 } });

    const log = await server.database.db
      .selectFrom('events')
      .select(['server_seq', 'device_id', 'device_seq', 'type', 'outcome'])
      .orderBy('server_seq')
      .execute();
    // Server sequences without a hole, whatever the grouping.
    expect(log.map((row) => Number(row.server_seq))).toEqual(log.map((_, i) => i + 1));
    for (const desk of [unlisted, ...plain]) {
      const own = log.filter((row) => row.device_id === desk.deviceId).map((row) => Number(row.device_seq));
      expect(own, desk.place.workstationCode).toEqual([1, 2, 3, 4, 5, 6]);
    }
    expect(log.some((row) => row.device_id === revoked.deviceId || row.device_id === gapped.deviceId)).toBe(
      false,
    );
    const routed = log.filter((row) => row.type === 'sent-to-provider').length;
    expect(routed).toBe(3 * plain.length);
    expect(log.filter((row) => row.type === 'event-rejected')).toHaveLength(3);

    const devices = await server.database.db
      .selectFrom('devices')
      .select(['id', 'last_device_seq'])
      .execute();
    const lastSeq = new Map(devices.map((device) => [device.id, Number(device.last_device_seq)]));
    expect(lastSeq.get(revoked.deviceId)).toBe(0);
    expect(lastSeq.get(gapped.deviceId)).toBe(0);
    for (const desk of [unlisted, ...plain]) expect(lastSeq.get(desk.deviceId)).toBe(6);
  });

  it("keeps one desk's two waiting pages apart: the second is stored after the first, not refused as a gap", async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, { centreCode: centre, workstationCode: '1' });
    const [first, second] = [applicationAt(desk.place), applicationAt(desk.place)] as const;
    const pageOne = pushRequestSchema.parse({
      deviceId: desk.deviceId,
      serverEpoch: desk.epoch,
      events: desk.entries([first.drafted(), first.accepted()], 1),
    });
    const pageTwo = pushRequestSchema.parse({
      deviceId: desk.deviceId,
      serverEpoch: desk.epoch,
      events: desk.entries([second.drafted(), second.accepted()], 3),
    });
    // Queued in the same turn of the event loop: they would share a group if a device could.
    const now = new Date();
    const outcomes = await Promise.all([
      pushEvents(server.database, desk.deviceId, pageOne, now),
      pushEvents(server.database, desk.deviceId, pageTwo, now),
    ]);
    expect(outcomes).toEqual([
      { kind: 'acked', ackedThroughSeq: 2, serverEpoch: desk.epoch },
      { kind: 'acked', ackedThroughSeq: 4, serverEpoch: desk.epoch },
    ]);
  });

  it('undoes only the write that failed when writes committed together meet an error', async () => {
    const server = await startTestServer(kind, { seed: false });
    const { database } = server;
    const put = (key: string) =>
      writeTransaction(database, async (trx) => {
        await trx.insertInto('meta').values({ key, value: 'v' }).execute();
        return key;
      });
    const failure = new Error('this write fails after its insert');
    const settled = await Promise.allSettled([
      put('group-a'),
      writeTransaction(database, async (trx) => {
        await trx.insertInto('meta').values({ key: 'group-b', value: 'v' }).execute();
        throw failure;
      }),
      put('group-c'),
      // A constraint violation (the same key twice) is the database's own error.
      put('group-a'),
    ]);
    expect(settled[0]).toEqual({ status: 'fulfilled', value: 'group-a' });
    expect(settled[1]).toEqual({ status: 'rejected', reason: failure });
    expect(settled[2]).toEqual({ status: 'fulfilled', value: 'group-c' });
    expect(settled[3]?.status).toBe('rejected');
    const keys = await database.db
      .selectFrom('meta')
      .select('key')
      .where('key', 'like', 'group-%')
      .orderBy('key')
      .execute();
    expect(keys.map((row) => row.key)).toEqual(['group-a', 'group-c']);
  });

  it('a bulk insert of log rows that breaks a key fails alone (PostgreSQL: a failed COPY), and the database goes on', async () => {
    const server = await startTestServer(kind, { seed: false });
    const { database } = server;
    const row = (serverSeq: number): EventRow => ({
      server_seq: serverSeq,
      kind: 'event-rejected',
      event_id: null,
      application_id: `application-${serverSeq}`,
      origin: 'server',
      device_id: null,
      device_seq: null,
      target_device_id: null,
      hash: 'a'.repeat(64),
      type: 'event-rejected',
      outcome: 'applied',
      centre_code: centre,
      provider_bin: null,
      body: '{"quoted":"\\"a\\tb\\""}',
      received_at: '2026-03-02T05:00:00.000Z',
    });
    const insert = (...serverSeqs: number[]) =>
      writeTransaction(database, (trx) => insertEvents(trx, serverSeqs.map(row)));
    const settled = await Promise.allSettled([insert(901, 902), insert(903, 903), insert(904)]);
    expect(settled.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    await insert(905);
    const stored = await database.db
      .selectFrom('events')
      .select(['server_seq', 'body'])
      .orderBy('server_seq')
      .execute();
    expect(stored.map((event) => Number(event.server_seq))).toEqual([901, 902, 904, 905]);
    expect(stored[0]?.body).toBe(row(901).body);
  });
});
