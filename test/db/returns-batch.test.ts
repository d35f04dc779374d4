import { describe, expect, it } from 'vitest';
import {
  createReturnBatch,
  getApplication,
  listDueForReturn,
  listReturnBatches,
  readOutboxPage,
  recordTransferActPrinted,
} from '../../renderer/db';
import {
  clerkSession,
  openTestDesk,
  SequentialIds,
  TestClock,
  unwrap,
  unwrapErr,
  writeContext,
} from './helpers';
import { collegeBin, nextEventId, onShelf, pull, schoolBin, supervisorSession } from './returns-helpers';

// Monday 13 April 2026, 10:00 in Almaty: the day after a Friday 10 April last storage day.
const returnMorning = '2026-04-13T05:00:00.000Z';
const ids = new SequentialIds('7');
const asSupervisor = () => writeContext(new TestClock(returnMorning), ids, supervisorSession);

describe('due for return', () => {
  it('lists only on-shelf items whose last storage day is before today, grouped by provider', async () => {
    const { db } = await openTestDesk();
    const overSchool = await onShelf(db, 1, { storageLastDay: '2026-04-10' });
    const overCollege = await onShelf(db, 2, { storageLastDay: '2026-04-09', providerBin: collegeBin });
    // Its last day is today: it stays.
    await onShelf(db, 3, { storageLastDay: '2026-04-13' });
    await onShelf(db, 4, { storageLastDay: '2026-05-11' });
    const groups = await listDueForReturn(db, '2026-04-13');
    expect(groups.map((group) => group.provider.bin).sort()).toEqual([collegeBin, schoolBin].sort());
    const byBin = new Map(groups.map((group) => [group.provider.bin, group]));
    expect(byBin.get(schoolBin)?.applications.map((record) => record.applicationId)).toEqual([overSchool]);
    expect(byBin.get(collegeBin)?.applications.map((record) => record.applicationId)).toEqual([overCollege]);
    expect(byBin.get(schoolBin)?.provider.name.kk).toBe('№ 42 мектеп-гимназиясы');
    // The day before, the school's item is not over yet.
    expect((await listDueForReturn(db, '2026-04-10')).map((group) => group.provider.bin)).toEqual([
      collegeBin,
    ]);
  });
});

describe('a return batch', () => {
  it('is made by a supervisor only: a clerk is refused and nothing is written', async () => {
    const { db } = await openTestDesk();
    const id = await onShelf(db, 1, { storageLastDay: '2026-04-10' });
    const outboxBefore = (await readOutboxPage(db)).length;
    const refused = unwrapErr(
      await createReturnBatch(
        db,
        { providerBin: schoolBin, applicationIds: [id] },
        writeContext(new TestClock(returnMorning), ids, clerkSession),
      ),
    );
    expect(refused).toEqual({ kind: 'not-allowed' });
    expect((await getApplication(db, id))?.record.status).toBe('on-shelf');
    expect(await listReturnBatches(db)).toEqual([]);
    expect((await readOutboxPage(db)).length).toBe(outboxBefore);
  });

  it('writes the batch and a returned-to-provider event with its id per item, outboxed; the slots are freed', async () => {
    const { db } = await openTestDesk();
    const first = await onShelf(db, 1, { storageLastDay: '2026-04-10', slot: 'A-1-01' });
    const second = await onShelf(db, 2, { storageLastDay: '2026-04-09', slot: 'A-3-17' });
    const batch = unwrap(
      await createReturnBatch(
        db,
        { providerBin: schoolBin, applicationIds: [first, second] },
        asSupervisor(),
      ),
    );
    expect(batch).toMatchObject({
      providerBin: schoolBin,
      applicationIds: [first, second],
      createdAt: returnMorning,
      createdBy: { userId: 'supervisor-1' },
      actPrintedAt: null,
    });
    for (const id of [first, second]) {
      const found = await getApplication(db, id);
      expect(found?.record).toMatchObject({
        status: 'returned-to-provider',
        shelfSlot: null,
        syncState: 'pending',
      });
      expect(found?.history.at(-1)).toMatchObject({ type: 'returned-to-provider', batchId: batch.id });
    }
    const outbox = await readOutboxPage(db);
    expect(
      outbox.filter((row) => row.event.type === 'returned-to-provider').map((row) => row.event.applicationId),
    ).toEqual([first, second]);
    const [view] = await listReturnBatches(db);
    expect(view?.items.map((item) => item.slot)).toEqual(['A-1-01', 'A-3-17']);
    expect(view?.confirmed).toBe(false);
    expect(await listDueForReturn(db, '2026-04-13')).toEqual([]);
  });

  it('is per provider and all or nothing: an item of another provider or not due stops the whole batch', async () => {
    const { db } = await openTestDesk();
    const school = await onShelf(db, 1, { storageLastDay: '2026-04-10' });
    const college = await onShelf(db, 2, { storageLastDay: '2026-04-10', providerBin: collegeBin });
    const notDue = await onShelf(db, 3, { storageLastDay: '2026-04-13' });
    expect(
      unwrapErr(
        await createReturnBatch(
          db,
          { providerBin: schoolBin, applicationIds: [school, college] },
          asSupervisor(),
        ),
      ),
    ).toEqual({ kind: 'not-due', applicationId: college });
    expect(
      unwrapErr(
        await createReturnBatch(
          db,
          { providerBin: schoolBin, applicationIds: [school, notDue] },
          asSupervisor(),
        ),
      ),
    ).toEqual({ kind: 'not-due', applicationId: notDue });
    expect((await getApplication(db, school))?.record.status).toBe('on-shelf');
    expect(await listReturnBatches(db)).toEqual([]);
    // Two batches, one per provider.
    unwrap(await createReturnBatch(db, { providerBin: schoolBin, applicationIds: [school] }, asSupervisor()));
    unwrap(
      await createReturnBatch(db, { providerBin: collegeBin, applicationIds: [college] }, asSupervisor()),
    );
    expect((await listReturnBatches(db)).map((view) => view.batch.providerBin).sort()).toEqual(
      [collegeBin, schoolBin].sort(),
    );
    // Returned already: not again.
    expect(
      unwrapErr(
        await createReturnBatch(db, { providerBin: schoolBin, applicationIds: [school] }, asSupervisor()),
      ),
    ).toEqual({ kind: 'not-due', applicationId: school });
  });

  it('shows a batch as confirmed once every item has the provider’s return-received', async () => {
    const { db } = await openTestDesk();
    const first = await onShelf(db, 1, { storageLastDay: '2026-04-10' });
    const second = await onShelf(db, 2, { storageLastDay: '2026-04-10' });
    const batch = unwrap(
      await createReturnBatch(
        db,
        { providerBin: schoolBin, applicationIds: [first, second] },
        asSupervisor(),
      ),
    );
    const received = (applicationId: string, batchId: string) => ({
      id: nextEventId(),
      applicationId,
      type: 'return-received',
      at: '2026-04-14T05:00:00.000Z',
      by: { userId: 'provider-staff-1', name: 'Ержан Бекұлы' },
      where: { kind: 'provider', providerId: schoolBin },
      batchId,
    });
    await pull(db, [received(first, batch.id)], '2026-04-14T05:00:00.000Z');
    let [view] = await listReturnBatches(db);
    expect(view?.items.map((item) => item.received)).toEqual([true, false]);
    expect(view?.confirmed).toBe(false);
    // A confirmation of another batch does not count.
    await pull(db, [received(second, 'b0000000-0000-4000-8000-0000000000ff')], '2026-04-14T05:00:00.000Z');
    expect((await listReturnBatches(db))[0]?.confirmed).toBe(false);
    await pull(db, [received(second, batch.id)], '2026-04-14T05:00:00.000Z');
    [view] = await listReturnBatches(db);
    expect(view?.confirmed).toBe(true);
    const printed = unwrap(
      await recordTransferActPrinted(db, batch.id, { clock: new TestClock('2026-04-13T05:10:00.000Z') }),
    );
    expect(printed.actPrintedAt).toBe('2026-04-13T05:10:00.000Z');
  });
});
