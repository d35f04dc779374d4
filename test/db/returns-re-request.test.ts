import { describe, expect, it } from 'vitest';
import {
  createReturnBatch,
  fileReRequest,
  getApplication,
  listReRequests,
  readOutboxPage,
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
import { nextEventId, onShelf, pull, schoolBin, supervisorSession } from './returns-helpers';

const ids = new SequentialIds('6');

async function returned(n: number) {
  const opened = await openTestDesk();
  const id = await onShelf(opened.db, n, { storageLastDay: '2026-04-10' });
  unwrap(
    await createReturnBatch(
      opened.db,
      { providerBin: schoolBin, applicationIds: [id] },
      writeContext(new TestClock('2026-04-13T05:00:00.000Z'), ids, supervisorSession),
    ),
  );
  return { db: opened.db, id };
}

const asClerkAt = (instant: string) => writeContext(new TestClock(instant), ids, clerkSession);

describe('a re-request', () => {
  it('is filed by a clerk on a returned result: due the provider’s next working day, outboxed', async () => {
    const { db, id } = await returned(1);
    // Tuesday 14 April 2026, 15:00 in Almaty → due Wednesday 15 April.
    const record = unwrap(await fileReRequest(db, id, asClerkAt('2026-04-14T10:00:00.000Z')));
    expect(record).toMatchObject({
      status: 're-requested',
      providerDueDate: '2026-04-15',
      syncState: 'pending',
    });
    const found = await getApplication(db, id);
    expect(found?.history.at(-1)).toMatchObject({
      type: 're-requested',
      providerDueDate: '2026-04-15',
      by: { userId: 'clerk-1' },
    });
    const outbox = await readOutboxPage(db);
    expect(outbox.at(-1)?.event).toMatchObject({ type: 're-requested', applicationId: id });
  });

  it('counts across a weekend: requested Friday, due Monday; on Saturday, due Monday too', async () => {
    const friday = await returned(2);
    expect(
      unwrap(await fileReRequest(friday.db, friday.id, asClerkAt('2026-04-17T06:00:00.000Z')))
        .providerDueDate,
    ).toBe('2026-04-20');
    const saturday = await returned(3);
    expect(
      unwrap(await fileReRequest(saturday.db, saturday.id, asClerkAt('2026-04-18T06:00:00.000Z')))
        .providerDueDate,
    ).toBe('2026-04-20');
  });

  it('counts across a holiday: requested Thursday 30 April, Unity Day on Friday 1 May → due Monday 4 May', async () => {
    const { db, id } = await returned(4);
    expect(unwrap(await fileReRequest(db, id, asClerkAt('2026-04-30T06:00:00.000Z'))).providerDueDate).toBe(
      '2026-05-04',
    );
  });

  it('is refused for a result still on the shelf, and for one re-requested already', async () => {
    const { db } = await openTestDesk();
    const id = await onShelf(db, 5, { storageLastDay: '2026-04-10' });
    expect(unwrapErr(await fileReRequest(db, id, asClerkAt('2026-04-14T06:00:00.000Z')))).toEqual({
      kind: 'not-returned',
    });
    const again = await returned(6);
    unwrap(await fileReRequest(again.db, again.id, asClerkAt('2026-04-14T06:00:00.000Z')));
    expect(unwrapErr(await fileReRequest(again.db, again.id, asClerkAt('2026-04-14T07:00:00.000Z')))).toEqual(
      {
        kind: 'not-returned',
      },
    );
    expect(
      unwrapErr(
        await fileReRequest(
          db,
          'a0000000-0000-4000-8000-0000000000ee',
          asClerkAt('2026-04-14T06:00:00.000Z'),
        ),
      ),
    ).toEqual({
      kind: 'not-found',
    });
  });

  it('is listed waiting with its deadline: late when past it and not dispatched, then dispatched', async () => {
    const { db, id } = await returned(7);
    unwrap(await fileReRequest(db, id, asClerkAt('2026-04-14T06:00:00.000Z')));
    expect(await listReRequests(db, '2026-04-15')).toMatchObject([
      { record: { applicationId: id, providerDueDate: '2026-04-15' }, dispatched: false, late: false },
    ]);
    expect((await listReRequests(db, '2026-04-16'))[0]).toMatchObject({ dispatched: false, late: true });
    await pull(
      db,
      [
        {
          id: nextEventId(),
          applicationId: id,
          type: 'dispatched-to-centre',
          at: '2026-04-16T05:00:00.000Z',
          by: { userId: 'provider-staff-1', name: 'Ержан Бекұлы' },
          where: { kind: 'provider', providerId: schoolBin },
        },
      ],
      '2026-04-16T05:00:00.000Z',
    );
    expect((await listReRequests(db, '2026-04-16'))[0]).toMatchObject({ dispatched: true, late: false });
  });
});
