import { describe, expect, it } from 'vitest';
import {
  acceptApplication,
  acknowledgeThrough,
  applyPulledPage,
  countWaiting,
  exportQuarantine,
  getApplication,
  getSyncProgress,
  holdDevice,
  isDeviceHeld,
  listQuarantine,
  readHistoryPage,
  readOutboxPage,
  readSyncOverview,
  retryQuarantined,
  saveSyncEnrolment,
  type DeskDatabase,
} from '../../renderer/db';
import { formatReceiptNumber, type ApplicationEvent } from '../../shared/domain';
import type { ServerEntry } from '../../shared/sync';
import {
  duplicateApplication,
  mondayMorning,
  openTestDesk,
  SequentialIds,
  TestClock,
  termCalendar,
  unwrap,
  uuid,
  writeContext,
} from './helpers';

const startedAt = '2026-03-02T04:52:30.000Z';
const ids = new SequentialIds('c');

async function accept(db: DeskDatabase, clock: TestClock, n: number): Promise<string> {
  const id = uuid('a', n);
  unwrap(
    await acceptApplication(
      db,
      { application: duplicateApplication(id), startedAt, queueTicket: 'Б-017', termCalendar },
      writeContext(clock, ids),
    ),
  );
  return id;
}

const serverTime = '2026-03-02T05:00:02.000Z';
const holds = (throughSeq: number, extra: Partial<{ resetCursor: boolean; serverEpoch: string }> = {}) => ({
  throughSeq,
  serverEpoch: extra.serverEpoch ?? 'epoch-1',
  serverTime,
  at: mondayMorning,
  ...(extra.resetCursor === undefined ? {} : { resetCursor: extra.resetCursor }),
});

function providerEvent(
  applicationId: string,
  n: number,
  type: 'sent-to-provider' | 'taken-into-work',
): ServerEntry {
  const event = {
    id: uuid('f', n),
    applicationId,
    type,
    at: '2026-03-02T06:00:00.000Z',
    by: { userId: 'provider-staff-1', name: 'Ержан Бекұлы' },
    where: { kind: 'provider', providerId: '050140001238' },
    ...(type === 'sent-to-provider' ? { providerId: '050140001238' } : {}),
  };
  return { kind: 'application-event', serverSeq: n, event };
}

describe('push queue', () => {
  it('pages the outbox in sequence order by count and by bytes, always at least one event', async () => {
    const { db } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    for (let n = 1; n <= 3; n++) await accept(db, clock, n);
    expect((await readOutboxPage(db)).map((row) => row.deviceSeq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await readOutboxPage(db, { maxEvents: 4, maxBytes: 1e9 })).map((row) => row.deviceSeq)).toEqual([
      1, 2, 3, 4,
    ]);
    const oneAccepted = (await readOutboxPage(db, { maxEvents: 10, maxBytes: 1 })).map(
      (row) => row.deviceSeq,
    );
    expect(oneAccepted).toEqual([1]);
    const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).byteLength;
    const [first, second] = await readOutboxPage(db);
    const sizeOfTwo = bytes(first?.event) + bytes(second?.event) + 240;
    expect((await readOutboxPage(db, { maxEvents: 10, maxBytes: sizeOfTwo })).length).toBe(2);
  });

  it('acknowledges through a sequence: outbox rows go, applications with nothing left are synced', async () => {
    const { db } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const first = await accept(db, clock, 1);
    const second = await accept(db, clock, 2);
    const acked = unwrap(await acknowledgeThrough(db, holds(3)));
    expect(acked.removed).toBe(3);
    expect(acked.synced).toEqual([first]);
    expect(acked.progress).toMatchObject({
      ackedThroughSeq: 3,
      serverEpoch: 'epoch-1',
      repushFrom: null,
      skewMs: 2000,
    });
    expect((await getApplication(db, first))?.record.syncState).toBe('synced');
    expect((await getApplication(db, second))?.record.syncState).toBe('pending');
    expect(await countWaiting(db)).toBe(1);
    // Acknowledged again (a repeated answer): nothing changes.
    expect(unwrap(await acknowledgeThrough(db, holds(3))).removed).toBe(0);
  });

  it('re-pushes from the history when the server holds less than the outbox starts from', async () => {
    const { db } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    for (let n = 1; n <= 3; n++) await accept(db, clock, n);
    unwrap(await acknowledgeThrough(db, holds(5)));
    // A restored server holds only 2: the events 3..5 exist only in the history now.
    const progress = unwrap(
      await acknowledgeThrough(db, holds(2, { resetCursor: true, serverEpoch: 'epoch-2' })),
    ).progress;
    expect(progress).toMatchObject({ repushFrom: 3, cursor: 0, serverEpoch: 'epoch-2' });
    const page = await readHistoryPage(db, 3);
    expect(page.map((row) => row.deviceSeq)).toEqual([3, 4, 5, 6]);
    expect(page.map((row) => row.event.type)).toEqual(['drafted', 'accepted', 'drafted', 'accepted']);
    expect(await readHistoryPage(db, 99)).toEqual([]);
    // Once the server holds 5 again the outbox (from 6) takes over.
    expect(unwrap(await acknowledgeThrough(db, holds(5))).progress.repushFrom).toBeNull();
  });
});

describe('applying a pulled page', () => {
  it('appends provider events, refolds the application and stores the cursor, idempotently', async () => {
    const { db } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const id = await accept(db, clock, 1);
    const page = {
      entries: [providerEvent(id, 1, 'sent-to-provider'), providerEvent(id, 2, 'taken-into-work')],
      cursor: 2,
      serverEpoch: 'epoch-1',
      serverTime,
      at: mondayMorning,
    };
    const applied = unwrap(await applyPulledPage(db, page));
    expect(applied).toMatchObject({ applied: 2, duplicates: 0, rejected: 0, unapplied: 0 });
    const found = await getApplication(db, id);
    expect(found?.record.status).toBe('in-progress');
    expect(found?.history.map((event) => event.type)).toEqual([
      'drafted',
      'accepted',
      'sent-to-provider',
      'taken-into-work',
    ]);
    expect((await getSyncProgress(db)).cursor).toBe(2);
    expect(unwrap(await applyPulledPage(db, page))).toMatchObject({ applied: 0, duplicates: 2 });
    expect((await getApplication(db, id))?.history).toHaveLength(4);
  });

  it('creates an application another workstation accepted from its snapshot', async () => {
    const { db } = await openTestDesk();
    const id = uuid('a', 7);
    const application = duplicateApplication(id);
    const where = { kind: 'desk', centreCode: 'ALM01', workstationCode: '04' };
    const by = { userId: 'clerk-2', name: 'Дана Ахметова' };
    const receiptNumber = unwrap(
      formatReceiptNumber({ centreCode: 'ALM01', workstationCode: '04', sequence: 1 }),
    );
    const drafted = {
      id: uuid('f', 11),
      applicationId: id,
      type: 'drafted',
      at: startedAt,
      by,
      where,
      serviceId: application.serviceId,
    };
    const accepted = {
      id: uuid('f', 12),
      applicationId: id,
      type: 'accepted',
      at: mondayMorning,
      by,
      where,
      receiptNumber,
      dueDate: '2026-03-16',
      calendarVersion: 'kz-2026.1',
      presentedDocumentIds: application.presentedDocumentIds,
      application,
    };
    const applied = unwrap(
      await applyPulledPage(db, {
        entries: [
          { kind: 'application-event', serverSeq: 1, event: drafted },
          { kind: 'application-event', serverSeq: 2, event: accepted },
        ],
        cursor: 2,
        serverEpoch: 'epoch-1',
        serverTime,
        at: mondayMorning,
      }),
    );
    expect(await listQuarantine(db)).toEqual([]);
    expect(applied.applied).toBe(2);
    const found = await getApplication(db, id);
    expect(found?.record).toMatchObject({
      status: 'accepted',
      receiptNumber,
      syncState: 'synced',
      intakeWhere: { centreCode: 'ALM01', workstationCode: '04' },
      serviceSeconds: 450,
    });
    expect(found?.history.map((event) => event.id)).toEqual([drafted.id, accepted.id]);
    expect(await countWaiting(db)).toBe(0);
  });

  it('quarantines a rejection and flags the application; retry re-queues the same event', async () => {
    const { db } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const id = await accept(db, clock, 1);
    unwrap(await acknowledgeThrough(db, holds(2)));
    const acceptedEvent = (await getApplication(db, id))?.history[1] as ApplicationEvent;
    const rejection: ServerEntry = {
      kind: 'event-rejected',
      serverSeq: 5,
      eventId: acceptedEvent.id,
      applicationId: id,
      deviceSeq: 2,
      reason: 'unknown-provider',
      detail: 'BIN 050140001238 is not in the directory',
      at: serverTime,
    };
    const applied = unwrap(
      await applyPulledPage(db, {
        entries: [rejection],
        cursor: 5,
        serverEpoch: 'epoch-1',
        serverTime,
        at: mondayMorning,
      }),
    );
    expect(applied.rejected).toBe(1);
    expect((await getApplication(db, id))?.record.syncState).toBe('rejected');
    const [item] = await listQuarantine(db);
    expect(item).toMatchObject({
      kind: 'rejection',
      reason: 'unknown-provider',
      deviceSeq: 2,
      event: acceptedEvent,
    });
    expect((await exportQuarantine(db, serverTime)).items).toHaveLength(1);
    expect((await readSyncOverview(db)).quarantined).toBe(1);

    unwrap(await retryQuarantined(db, `rejection:${acceptedEvent.id}`, serverTime));
    expect(await listQuarantine(db)).toEqual([]);
    // The server checks a sequence once: the same event goes again under the next one.
    expect((await readOutboxPage(db)).map((row) => [row.deviceSeq, row.event])).toEqual([[3, acceptedEvent]]);
    // A restored server gets it again from the history, under both sequences.
    expect((await readHistoryPage(db, 1)).map((row) => [row.deviceSeq, row.event.id])).toEqual([
      [1, (await getApplication(db, id))?.history[0]?.id],
      [2, acceptedEvent.id],
      [3, acceptedEvent.id],
    ]);
    expect((await getApplication(db, id))?.record.syncState).toBe('pending');
    expect(await retryQuarantined(db, 'rejection:nothing', serverTime)).toEqual({
      ok: false,
      error: { kind: 'not-quarantined' },
    });
  });

  it('retrying one rejection re-queues every rejected event of the application, in their order', async () => {
    const { db } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const id = await accept(db, clock, 1);
    unwrap(await acknowledgeThrough(db, holds(2)));
    const [drafted, accepted] = (await getApplication(db, id))?.history ?? [];
    const rejection = (
      event: ApplicationEvent | undefined,
      deviceSeq: number,
      serverSeq: number,
    ): ServerEntry => ({
      kind: 'event-rejected',
      serverSeq,
      eventId: event?.id ?? '',
      applicationId: id,
      deviceSeq,
      reason: 'illegal-transition',
      detail: 'test',
      at: serverTime,
    });
    // Pulled in reverse order on purpose.
    unwrap(
      await applyPulledPage(db, {
        entries: [rejection(accepted, 2, 1), rejection(drafted, 1, 2)],
        cursor: 2,
        serverEpoch: 'epoch-1',
        serverTime,
        at: mondayMorning,
      }),
    );
    expect(await listQuarantine(db)).toHaveLength(2);
    unwrap(await retryQuarantined(db, `rejection:${accepted?.id ?? ''}`, serverTime));
    expect(await listQuarantine(db)).toEqual([]);
    expect((await readOutboxPage(db)).map((row) => [row.deviceSeq, row.event.id])).toEqual([
      [3, drafted?.id],
      [4, accepted?.id],
    ]);
    expect((await getApplication(db, id))?.record.syncState).toBe('pending');
  });

  it('quarantines a pulled event that does not follow from the history, and one that does not parse', async () => {
    const { db } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const id = await accept(db, clock, 1);
    const applied = unwrap(
      await applyPulledPage(db, {
        entries: [
          providerEvent(id, 3, 'taken-into-work'),
          {
            kind: 'application-event',
            serverSeq: 4,
            event: { id: uuid('f', 4), applicationId: id, type: 'teleported' },
          },
          providerEvent(uuid('a', 99), 5, 'taken-into-work'),
        ],
        cursor: 5,
        serverEpoch: 'epoch-1',
        serverTime,
        at: mondayMorning,
      }),
    );
    expect(applied).toMatchObject({ applied: 0, unapplied: 3 });
    expect(
      (await listQuarantine(db)).map((row) => (row.kind === 'unapplied' ? row.problem : row.kind)),
    ).toEqual(['illegal-transition', 'invalid-event', 'unknown-application']);
    expect((await getApplication(db, id))?.record.status).toBe('accepted');
    expect((await getSyncProgress(db)).cursor).toBe(5);
    unwrap(await retryQuarantined(db, `unapplied:${uuid('f', 3)}`, serverTime));
    expect((await getSyncProgress(db)).cursor).toBe(0);
  });
});

describe('sync state', () => {
  it('keeps the enrolment without showing its token, and a device hold until released', async () => {
    const { db } = await openTestDesk();
    unwrap(
      await saveSyncEnrolment(
        db,
        {
          serverUrl: 'http://127.0.0.1:8080',
          deviceId: uuid('d', 9),
          deviceToken: 'x'.repeat(40),
          centreCode: 'ALM01',
          workstationCode: '03',
          deskLabel: 'Терезе 3',
          enrolledAt: mondayMorning,
          enrolledBy: 'supervisor-1',
        },
        'epoch-1',
      ),
    );
    const overview = await readSyncOverview(db);
    expect(overview.enrolment).not.toHaveProperty('deviceToken');
    expect(overview.progress).toMatchObject({ serverEpoch: 'epoch-1', cursor: 0, access: 'ok' });
    unwrap(
      await holdDevice(db, { code: 'sequence-conflict', deviceSeq: 4, detail: 'clash', at: mondayMorning }),
    );
    expect(await isDeviceHeld(db)).toBe(true);
    expect((await readSyncOverview(db)).deviceHold).toBe(true);
    unwrap(await retryQuarantined(db, 'device-hold', serverTime));
    expect(await isDeviceHeld(db)).toBe(false);
  });
});
