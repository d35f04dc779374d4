import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  countWaiting,
  getApplication,
  getSyncEnrolment,
  getSyncProgress,
  listQuarantine,
  readSyncOverview,
  retryQuarantined,
  saveSyncEnrolment,
  listProviders,
  saveProviderDirectory,
  systemClock,
} from '../../../renderer/db';
import { runSyncPass } from '../../../renderer/sync/sync-pass';
import { unwrap, uuid } from '../../db/helpers';
import {
  enrolledDesk,
  passDeps,
  providerBin,
  serverEventsOf,
  startSyncWorld,
  type SyncWorld,
} from './sync-harness';

let world: SyncWorld;
beforeEach(async () => {
  world = await startSyncWorld();
});
afterEach(async () => {
  await world.close();
});

function providerEvent(applicationId: string, n: number, type: 'taken-into-work' | 'result-ready') {
  return {
    id: uuid('b', n),
    applicationId,
    type,
    at: '2026-03-03T06:00:00.000Z',
    by: { userId: 'provider-staff-1', name: 'Ержан Бекұлы' },
    where: { kind: 'provider', providerId: providerBin },
    ...(type === 'result-ready' ? { resultKind: 'duplicate-general-secondary-attestation' } : {}),
  };
}

describe('sync engine against the real server (SQLite)', () => {
  it('pushes the outbox, is acknowledged, and marks the applications synced', async () => {
    const desk = await enrolledDesk(world);
    const first = await desk.accept(1);
    const second = await desk.accept(2);
    expect(await countWaiting(desk.db)).toBe(4);

    expect(await desk.pass()).toMatchObject({ kind: 'synced', pushed: 4 });

    expect(await countWaiting(desk.db)).toBe(0);
    expect((await getApplication(desk.db, first))?.record.syncState).toBe('synced');
    expect((await getApplication(desk.db, second))?.record.syncState).toBe('synced');
    const enrolment = unwrap({ ok: true, value: await getSyncEnrolment(desk.db) });
    const stored = await serverEventsOf(world, enrolment?.deviceId ?? '');
    expect(stored.map((row) => [row.deviceSeq, row.outcome])).toEqual([
      [1, 'applied'],
      [2, 'applied'],
      [3, 'applied'],
      [4, 'applied'],
    ]);
    const progress = await getSyncProgress(desk.db);
    expect(progress).toMatchObject({ ackedThroughSeq: 4, lastError: null, access: 'ok' });
    expect(progress.lastSyncAt).not.toBeNull();
  });

  it('stores the server’s provider directory for the intake wizard', async () => {
    const desk = await enrolledDesk(world);
    const outcome = await runSyncPass({
      ...passDeps(desk.db, fetch, systemClock),
      saveDirectory: (providers, at) => saveProviderDirectory(desk.db, providers, at),
    });
    expect(outcome).toMatchObject({ kind: 'synced' });
    expect((await listProviders(desk.db)).map((provider) => provider.bin)).toContain(providerBin);
  });

  it('pushes again after a dropped answer: the server acknowledges the same events once', async () => {
    const desk = await enrolledDesk(world);
    await desk.accept(1);
    // The request reaches the server and commits; the answer is lost on the way back.
    const dropAnswer = async (input: string, init: RequestInit) => {
      const response = await fetch(input, init);
      if (input.includes('/v1/sync/push')) {
        await response.arrayBuffer();
        throw new TypeError('fetch failed: connection reset');
      }
      return response;
    };
    expect(await desk.pass(dropAnswer)).toEqual({ kind: 'failed', code: 'network' });
    expect(await countWaiting(desk.db)).toBe(2);
    expect((await getSyncProgress(desk.db)).lastError?.code).toBe('network');

    expect(await desk.pass()).toMatchObject({ kind: 'synced', pushed: 2 });
    const enrolment = await getSyncEnrolment(desk.db);
    const stored = await serverEventsOf(world, enrolment?.deviceId ?? '');
    expect(stored.map((row) => row.deviceSeq)).toEqual([1, 2]);
    expect(await countWaiting(desk.db)).toBe(0);
  });

  it('pulls the provider statuses and the routing into the application', async () => {
    const desk = await enrolledDesk(world);
    const id = await desk.accept(1);
    await desk.pass();
    expect(
      await world.server.admin.recordProviderEvent(providerBin, providerEvent(id, 1, 'taken-into-work')),
    ).toMatchObject({ ok: true });
    expect(
      await world.server.admin.recordProviderEvent(providerBin, providerEvent(id, 2, 'result-ready')),
    ).toMatchObject({ ok: true });

    expect(await desk.pass()).toMatchObject({ kind: 'synced' });
    const found = await getApplication(desk.db, id);
    expect(found?.record.status).toBe('result-ready');
    expect(found?.history.map((event) => event.type)).toEqual([
      'drafted',
      'accepted',
      'sent-to-provider',
      'taken-into-work',
      'result-ready',
    ]);
    // Pulled again from the start: nothing doubles.
    const before = (await getSyncProgress(desk.db)).cursor;
    expect(before).toBeGreaterThan(0);
    expect(await desk.pass()).toMatchObject({ kind: 'synced', pulled: 0 });
    expect((await getApplication(desk.db, id))?.history).toHaveLength(5);
  });

  it('shows another workstation’s acceptance as an application of this centre', async () => {
    const here = await enrolledDesk(world, world.server.url, '03');
    const there = await enrolledDesk(world, world.server.url, '04');
    const id = await there.accept(1);
    await there.pass();
    expect(await here.pass()).toMatchObject({ kind: 'synced' });
    const found = await getApplication(here.db, id);
    expect(found?.record).toMatchObject({ status: 'sent-to-provider', syncState: 'synced' });
    expect(found?.record.intakeWhere.workstationCode).toBe('04');
    expect(await countWaiting(here.db)).toBe(0);
  });

  it('quarantines a rejected event and flags its application; retry after the fix gets it through', async () => {
    const desk = await enrolledDesk(world);
    const id = await desk.accept(1);
    // The application names a provider the server's directory lacks.
    await world.server.database.db.deleteFrom('providers').execute();
    expect(await desk.pass()).toMatchObject({ kind: 'synced' });
    expect(await countWaiting(desk.db)).toBe(0);
    const [item] = await listQuarantine(desk.db);
    expect(item).toMatchObject({ kind: 'rejection', reason: 'unknown-provider', deviceSeq: 2 });
    expect((await getApplication(desk.db, id))?.record.syncState).toBe('rejected');

    await world.server.admin.addProvider({
      bin: providerBin,
      name: { kk: '№ 42 мектеп-гимназиясы', ru: 'Школа-гимназия № 42' },
      kind: 'secondary-school',
    });
    unwrap(await retryQuarantined(desk.db, item?.id ?? '', '2026-03-02T06:00:00.000Z'));
    expect(await desk.pass()).toMatchObject({ kind: 'synced', pushed: 1 });
    expect(await listQuarantine(desk.db)).toEqual([]);
    const found = await getApplication(desk.db, id);
    expect(found?.record).toMatchObject({ syncState: 'synced', status: 'sent-to-provider' });
  });

  it('stops when the device is revoked, and says so', async () => {
    const desk = await enrolledDesk(world);
    await desk.accept(1);
    const enrolment = await getSyncEnrolment(desk.db);
    expect(await world.server.admin.revokeDevice(enrolment?.deviceId ?? '')).toBe(true);
    expect(await desk.pass()).toEqual({ kind: 'refused', code: 'device-revoked' });
    expect(await countWaiting(desk.db)).toBe(2);
    const overview = await readSyncOverview(desk.db);
    expect(overview.progress).toMatchObject({
      access: 'device-revoked',
      lastError: { code: 'device-revoked' },
    });
    // No more requests until enrolled again.
    let requests = 0;
    const counting = (input: string, init: RequestInit) => {
      requests += 1;
      return fetch(input, init);
    };
    expect(await desk.pass(counting)).toEqual({ kind: 'refused', code: 'device-revoked' });
    expect(requests).toBe(0);
  });

  it('re-pushes from the history after the server starts a new epoch (restored from a backup)', async () => {
    const desk = await enrolledDesk(world);
    await desk.accept(1);
    await desk.pass();
    const enrolment = await getSyncEnrolment(desk.db);
    // A restore: the server lost the device's events and answers under a new epoch.
    await world.server.database.db.deleteFrom('events').execute();
    await world.server.database.db.deleteFrom('applications').execute();
    await world.server.database.db.updateTable('devices').set({ last_device_seq: 0 }).execute();
    await world.server.admin.newEpoch();
    await desk.accept(2);

    expect(await desk.pass()).toMatchObject({ kind: 'synced' });
    const stored = await serverEventsOf(world, enrolment?.deviceId ?? '');
    expect(stored.map((row) => [row.deviceSeq, row.outcome])).toEqual([
      [1, 'applied'],
      [2, 'applied'],
      [3, 'applied'],
      [4, 'applied'],
    ]);
    expect(await countWaiting(desk.db)).toBe(0);
  });

  it('re-pushes after a restore even with nothing in the outbox (the pull notices the epoch)', async () => {
    const desk = await enrolledDesk(world);
    await desk.accept(1);
    await desk.pass();
    const enrolment = await getSyncEnrolment(desk.db);
    await world.server.database.db.deleteFrom('events').execute();
    await world.server.database.db.deleteFrom('applications').execute();
    await world.server.database.db.updateTable('devices').set({ last_device_seq: 0 }).execute();
    await world.server.admin.newEpoch();

    expect(await desk.pass()).toMatchObject({ kind: 'synced' });
    const stored = await serverEventsOf(world, enrolment?.deviceId ?? '');
    expect(stored.map((row) => row.deviceSeq)).toEqual([1, 2]);
  });

  it('re-pushes from the expected sequence on a gap (the server lost the tail, same epoch)', async () => {
    const desk = await enrolledDesk(world);
    await desk.accept(1);
    await desk.pass();
    const enrolment = await getSyncEnrolment(desk.db);
    await world.server.database.db.deleteFrom('events').where('device_seq', '=', 2).execute();
    await world.server.database.db.updateTable('devices').set({ last_device_seq: 1 }).execute();
    await desk.accept(2);
    expect(await desk.pass()).toMatchObject({ kind: 'synced' });
    const stored = await serverEventsOf(world, enrolment?.deviceId ?? '');
    expect(stored.map((row) => row.deviceSeq).sort()).toEqual([1, 2, 3, 4]);
    expect(await countWaiting(desk.db)).toBe(0);
  });

  it('records an error when a restored server holds more of this desk than the desk ever made', async () => {
    const desk = await enrolledDesk(world);
    await desk.accept(1);
    await desk.pass();
    await world.server.database.db.updateTable('devices').set({ last_device_seq: 40 }).execute();
    await world.server.admin.newEpoch();
    await desk.accept(2);
    expect(await desk.pass()).toEqual({ kind: 'stuck', code: 'sequence-ahead' });
    expect((await getSyncProgress(desk.db)).lastError?.code).toBe('sequence-ahead');
    expect(await countWaiting(desk.db)).toBe(2);
  });

  it('holds the whole device on a sequence conflict (a cloned desk) until a supervisor releases it', async () => {
    const original = await enrolledDesk(world);
    await original.accept(1);
    await original.pass();
    // A copy of the desk's database that went its own way: same device, same sequences, other events.
    const clone = await enrolledDesk(world, world.server.url, '05');
    const enrolment = await getSyncEnrolment(original.db);
    if (enrolment === null) throw new Error('not enrolled');
    unwrap(
      await saveSyncEnrolment(clone.db, enrolment, (await getSyncProgress(original.db)).serverEpoch ?? ''),
    );
    await clone.accept(7);

    expect(await clone.pass()).toMatchObject({ kind: 'synced', pushed: 0 });
    const overview = await readSyncOverview(clone.db);
    expect(overview).toMatchObject({
      deviceHold: true,
      waiting: 2,
      progress: { lastError: { code: 'sequence-conflict' } },
    });
    const holdOf = async () => (await listQuarantine(clone.db)).find((item) => item.kind === 'device-hold');
    expect(await holdOf()).toMatchObject({ kind: 'device-hold', code: 'sequence-conflict', deviceSeq: 1 });
    // The server kept the original events, nothing overwritten.
    const stored = await serverEventsOf(world, enrolment.deviceId);
    expect(stored.map((row) => row.deviceSeq)).toEqual([1, 2]);

    // Held: the next pass pushes nothing (the pull still runs).
    const pushes: string[] = [];
    const watching = (input: string, init: RequestInit) => {
      if (input.includes('/push')) pushes.push(input);
      return fetch(input, init);
    };
    expect(await clone.pass(watching)).toMatchObject({ kind: 'synced', pushed: 0 });
    expect(pushes).toEqual([]);

    // Released before the administrator cleared the device: the server answers device-quarantined.
    unwrap(await retryQuarantined(clone.db, 'device-hold', '2026-03-02T06:00:00.000Z'));
    expect(await clone.pass(watching)).toMatchObject({ kind: 'synced', pushed: 0 });
    expect(pushes).toHaveLength(1);
    expect(await holdOf()).toMatchObject({ kind: 'device-hold', code: 'device-quarantined' });
  });
});
