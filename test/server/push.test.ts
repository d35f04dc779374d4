import { expect, it } from 'vitest';
import { eventHash } from '../../server/store/ids';
import { describeOnDatabases } from './helpers/databases';
import { canonicalJson, TestDesk } from './helpers/desk';
import { applicationAt, schoolBin, unlistedBin } from './helpers/events';
import { startTestServer } from './helpers/server';

const place = { centreCode: 'ALM01', workstationCode: '03' };

describeOnDatabases('push', (kind) => {
  it('stores a page, acknowledges it, and routes an accepted application to its provider', async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, place);
    const app = applicationAt(place);
    const answer = await desk.push([app.drafted(), app.accepted(), app.receiptPrinted()]);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ackedThroughSeq: 3, serverEpoch: desk.epoch });

    const row = await server.database.db
      .selectFrom('applications')
      .selectAll()
      .where('id', '=', app.applicationId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent-to-provider', provider_bin: schoolBin, centre_code: 'ALM01' });
    const log = await server.database.db
      .selectFrom('events')
      .select(['server_seq', 'type', 'origin'])
      .orderBy('server_seq')
      .execute();
    expect(log.map((e) => [e.type, e.origin])).toEqual([
      ['drafted', 'desk'],
      ['accepted', 'desk'],
      ['sent-to-provider', 'server'],
      ['receipt-printed', 'desk'],
    ]);
  });

  it('stores text with quotes, backslashes, tabs and line breaks exactly as sent (PostgreSQL takes it by COPY)', async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, place);
    const app = applicationAt(place);
    const accepted = app.accepted();
    const address = 'Абай даңғылы, 10 "Б"\tкв. 5\nподъезд \\2\r\\.\n\\N 😀';
    accepted.application.applicant.address = address;
    const events = [app.drafted(), accepted, { ...app.receiptPrinted(), why: 'a\\b "c"\td' }];
    expect((await desk.push(events)).status).toBe(200);

    const stored = await server.database.db
      .selectFrom('events')
      .select(['body', 'hash'])
      .where('origin', '=', 'desk')
      .orderBy('server_seq')
      .execute();
    expect(stored.map((row) => row.body)).toEqual(events.map((event) => canonicalJson(event)));
    expect(stored.map((row) => row.hash)).toEqual(events.map((event) => eventHash(event)));
    const reader = await TestDesk.enrol(server, { ...place, workstationCode: '04' });
    const pulled = JSON.stringify(await reader.pullAll(0, 100));
    expect(pulled).toContain(JSON.stringify(address).slice(1, -1));
  });

  it('acknowledges a repeated page again without storing anything twice (idempotent)', async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, place);
    const app = applicationAt(place);
    const entries = desk.entries([app.drafted(), app.accepted()]);
    expect((await desk.pushEntries(entries)).body['ackedThroughSeq']).toBe(2);
    const again = await desk.pushEntries(entries);
    expect(again.status).toBe(200);
    expect(again.body['ackedThroughSeq']).toBe(2);
    // An overlapping page: the old part is checked, the new part stored.
    const overlap = await desk.pushEntries([...entries.slice(1), ...desk.entries([app.receiptPrinted()], 3)]);
    expect(overlap.body['ackedThroughSeq']).toBe(3);
    const count = await server.database.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(4);
  });

  it('keeps an already stored event pushed again under a new sequence, without applying it twice or rejecting it', async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, place);
    const app = applicationAt(place);
    const drafted = app.drafted();
    const answer = await desk.push([drafted, app.accepted(), drafted]);
    expect(answer.body['ackedThroughSeq']).toBe(3);
    const rows = await server.database.db
      .selectFrom('events')
      .select(['device_seq', 'outcome', 'event_id'])
      .where('device_id', '=', desk.deviceId)
      .orderBy('device_seq')
      .execute();
    expect(rows.map((r) => [Number(r.device_seq), r.outcome, r.event_id])).toEqual([
      [1, 'applied', drafted.id],
      [2, 'applied', expect.any(String)],
      [3, 'duplicate', null],
    ]);
    expect((await desk.pullAll()).filter((e) => e['kind'] === 'event-rejected')).toEqual([]);
  });

  it('answers a gap with the sequence it expects, storing nothing', async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, place);
    const app = applicationAt(place);
    await desk.push([app.drafted()]);
    const answer = await desk.pushEntries(desk.entries([app.accepted()], 3));
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ error: 'sequence-gap', expectedSeq: 2 });
    const events = await server.database.db.selectFrom('events').select('type').execute();
    expect(events).toHaveLength(1);
  });

  it('quarantines a device that repeats a sequence with other content (a clone), keeping the evidence', async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, place);
    const app = applicationAt(place);
    const original = app.drafted();
    await desk.push([original]);
    const clone = applicationAt(place).drafted();
    const answer = await desk.pushEntries(desk.entries([clone], 1));
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ error: 'sequence-conflict', deviceSeq: 1 });

    const stored = await server.database.db.selectFrom('events').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.event_id).toBe(original.id);
    const evidence = await server.database.db.selectFrom('conflicting_pushes').selectAll().execute();
    expect(evidence).toMatchObject([
      { device_id: desk.deviceId, device_seq: 1, pushed_event_id: clone.id, stored_event_id: original.id },
    ]);
    const device = await server.database.db
      .selectFrom('devices')
      .select('status')
      .where('id', '=', desk.deviceId)
      .executeTakeFirstOrThrow();
    expect(device.status).toBe('quarantined');

    // Held from now on, even a correct next page; pulling still works.
    const next = await desk.pushEntries(desk.entries([app.accepted()], 2));
    expect(next.status).toBe(409);
    expect(next.body['error']).toBe('device-quarantined');
    expect((await desk.pull()).status).toBe(200);
  });

  it('answers another epoch with the server epoch and the last sequence it holds', async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, place);
    const app = applicationAt(place);
    await desk.push([app.drafted()]);
    const answer = await desk.pushEntries(desk.entries([app.accepted()]), 'an-older-epoch');
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ error: 'epoch-mismatch', serverEpoch: desk.epoch, lastDeviceSeq: 1 });
  });

  it('stores events that fail the business rules and answers each with a rejection, without blocking the queue', async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, place);
    const known = applicationAt(place);
    const unknownProvider = applicationAt(place, unlistedBin);
    const orphan = applicationAt(place);
    const invalid = { ...known.receiptPrinted(), copy: 'one' };
    const providerSide = { ...known.providerEvent('taken-into-work'), where: { kind: 'desk', ...place } };
    const answer = await desk.push([
      known.drafted(),
      known.placedOnShelf(), // illegal-transition: draft → on shelf
      invalid, // invalid-event
      orphan.receiptPrinted(), // unknown-application
      unknownProvider.drafted(),
      unknownProvider.accepted(), // unknown-provider
      providerSide, // a provider's event from a desk
      known.accepted(), // the queue goes on
    ]);
    expect(answer.status).toBe(200);
    expect(answer.body['ackedThroughSeq']).toBe(8);

    const entries = await desk.pullAll();
    const rejections = entries.filter((e) => e['kind'] === 'event-rejected');
    expect(rejections.map((e) => [e['deviceSeq'], e['reason']])).toEqual([
      [2, 'illegal-transition'],
      [3, 'invalid-event'],
      [4, 'unknown-application'],
      [6, 'unknown-provider'],
      [7, 'illegal-transition'],
    ]);
    const app = await server.database.db
      .selectFrom('applications')
      .select('status')
      .where('id', '=', known.applicationId)
      .executeTakeFirstOrThrow();
    expect(app.status).toBe('sent-to-provider');
  });

  it('rejects an accepted application whose provider is not in the directory, and takes it once the provider is added', async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, place);
    const newSchool = unlistedBin;
    const app = applicationAt(place, newSchool);
    const accepted = app.accepted();
    await desk.push([app.drafted(), accepted]);
    const [rejection] = (await desk.pullAll()).filter((e) => e['kind'] === 'event-rejected');
    expect(rejection).toMatchObject({ reason: 'unknown-provider', eventId: accepted.id, deviceSeq: 2 });

    await server.admin.addProvider({
      bin: newSchool,
      name: { kk: 'Колледж', ru: 'Колледж' },
      kind: 'tvet-organisation',
    });
    // The desk's retry: the same event again under a new sequence.
    expect((await desk.push([accepted])).status).toBe(200);
    const row = await server.database.db
      .selectFrom('applications')
      .select(['status', 'provider_bin'])
      .where('id', '=', app.applicationId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'sent-to-provider', provider_bin: newSchool });
  });

  it('refuses a page whose hash does not match its event, changing nothing', async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, place);
    const app = applicationAt(place);
    const entries = desk.entries([app.drafted(), app.accepted()]);
    const tampered = [entries[0], { ...entries[1], hash: eventHash({ other: true }) }];
    const answer = await desk.pushEntries(tampered);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: 'malformed', issues: [{ path: 'events.1.hash' }] });
    expect(await server.database.db.selectFrom('events').selectAll().execute()).toEqual([]);
    const device = await server.database.db
      .selectFrom('devices')
      .select('last_device_seq')
      .executeTakeFirstOrThrow();
    expect(Number(device.last_device_seq)).toBe(0);
  });

  it('refuses malformed bodies and oversized ones, changing nothing', async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, place);
    const app = applicationAt(place);
    const bad = [
      { deviceId: desk.deviceId, serverEpoch: desk.epoch, events: [] },
      {
        deviceId: desk.deviceId,
        serverEpoch: desk.epoch,
        events: [{ deviceSeq: 0, hash: 'x', event: app.drafted() }],
      },
      {
        deviceId: desk.deviceId,
        serverEpoch: desk.epoch,
        events: [...desk.entries([app.drafted()], 1), ...desk.entries([app.accepted()], 3)],
      },
      {
        deviceId: '00000000-0000-4000-8000-000000000000',
        serverEpoch: desk.epoch,
        events: desk.entries([app.drafted()]),
      },
      {
        deviceId: desk.deviceId,
        serverEpoch: desk.epoch,
        events: desk.entries([{ ...app.drafted(), id: 'not-a-uuid' }]),
      },
    ];
    for (const body of bad) {
      const answer = await fetch(`${server.url}/v1/sync/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${desk.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(answer.status).toBe(400);
      expect(((await answer.json()) as { error: string }).error).toBe('malformed');
    }
    const notJson = await fetch(`${server.url}/v1/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${desk.token}`, 'content-type': 'application/json' },
      body: '{"deviceId":',
    });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: 'malformed' });
    const huge = await fetch(`${server.url}/v1/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${desk.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024 + 10) }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: 'too-large' });
    expect(await server.database.db.selectFrom('events').selectAll().execute()).toEqual([]);
  });
});
