import { describe, expect, it } from 'vitest';
import {
  checkArrivingResult,
  getApplication,
  handOverResult,
  listOccupiedSlots,
  listOpenShelfFlags,
  placeOnShelf,
  saveShelfLayout,
  type ReceivingCheck,
} from '../../renderer/db';
import { dutyCentre, type ApplicationEvent } from '../../shared/domain';
import {
  clerkSession,
  iinWithSerial,
  openTestDesk,
  TestClock,
  unwrap,
  unwrapErr,
  writeContext,
} from './helpers';
import { resultReady, shelfSupervisor } from './shelf-helpers';
import { readRawRows } from './upgrade-harness';

/** Wednesday 11 March 2026, 10:00 in Almaty: one month on is Saturday 11 April. */
const wednesday = '2026-03-11T05:00:00.000Z';

function expected(check: ReceivingCheck) {
  if (check.kind !== 'expected') throw new Error(`Not expected: ${JSON.stringify(check)}`);
  return check;
}

function flagged(check: ReceivingCheck) {
  if (check.kind !== 'flagged') throw new Error(`Not flagged: ${JSON.stringify(check)}`);
  return check;
}

async function outboxEvents(scenario: Parameters<typeof readRawRows>[0]): Promise<ApplicationEvent[]> {
  return ((await readRawRows(scenario, 'outbox')) as { event: ApplicationEvent }[]).map((row) => row.event);
}

describe('receiving results onto the shelf', () => {
  it('suggests the first free slot and places the item in one transaction: event, outbox, projection', async () => {
    const { db, scenario } = await openTestDesk();
    const { id, receiptNumber } = await resultReady(db, 1);
    const context = writeContext(new TestClock(wednesday));

    const check = expected(
      unwrap(await checkArrivingResult(db, ` ${receiptNumber.toLowerCase()} `, context)),
    );
    expect(check.record.applicationId).toBe(id);
    expect(check.suggestedSlot).toBe('A-1-01');

    const placed = unwrap(await placeOnShelf(db, { applicationId: id, slot: 'a-1-1' }, context));
    // A month from Wednesday 11 March is Saturday 11 April: the five-day centre's next working day.
    expect(placed).toMatchObject({ slot: 'A-1-01', storageLastDay: '2026-04-13' });
    const stored = await getApplication(db, id);
    expect(stored?.record).toMatchObject({
      status: 'on-shelf',
      shelfSlot: 'A-1-01',
      storageLastDay: '2026-04-13',
      syncState: 'pending',
    });
    const last = (await outboxEvents(scenario)).at(-1);
    expect(last).toMatchObject({
      type: 'placed-on-shelf',
      applicationId: id,
      at: wednesday,
      shelfSlot: 'A-1-01',
      storageLastDay: '2026-04-13',
      by: { userId: clerkSession.user.id },
      where: { kind: 'desk', centreCode: 'ALM01', workstationCode: '03' },
    });
    expect(await listOccupiedSlots(db)).toEqual(new Map([['A-1-01', receiptNumber]]));

    const second = await resultReady(db, 2);
    expect(expected(unwrap(await checkArrivingResult(db, second.receiptNumber, context))).suggestedSlot).toBe(
      'A-1-02',
    );
  });

  it('counts the storage month on the centre’s own calendar: a duty centre works on Saturday', async () => {
    const { db } = await openTestDesk();
    const { id } = await resultReady(db, 1);
    const duty = { ...clerkSession, centre: dutyCentre('ALM01') };
    const placed = unwrap(
      await placeOnShelf(
        db,
        { applicationId: id, slot: 'A-1-05' },
        writeContext(new TestClock(wednesday), undefined, duty),
      ),
    );
    expect(placed.storageLastDay).toBe('2026-04-11');
  });

  it('refuses an occupied slot (naming what is in it) and a slot the layout does not have; nothing is written', async () => {
    const { db, scenario } = await openTestDesk();
    const first = await resultReady(db, 1);
    const second = await resultReady(db, 2);
    const context = writeContext(new TestClock(wednesday));
    unwrap(await placeOnShelf(db, { applicationId: first.id, slot: 'A-2-07' }, context));
    const outboxBefore = (await readRawRows(scenario, 'outbox')).length;

    expect(unwrapErr(await placeOnShelf(db, { applicationId: second.id, slot: 'A-2-07' }, context))).toEqual({
      kind: 'slot-occupied',
      slot: 'A-2-07',
      receiptNumber: first.receiptNumber,
    });
    expect(unwrapErr(await placeOnShelf(db, { applicationId: second.id, slot: 'A-6-01' }, context))).toEqual({
      kind: 'unknown-slot',
      slot: 'A-6-01',
    });
    expect(
      unwrapErr(await placeOnShelf(db, { applicationId: second.id, slot: 'B-1-01' }, context)),
    ).toMatchObject({
      kind: 'unknown-slot',
    });
    expect((await readRawRows(scenario, 'outbox')).length).toBe(outboxBefore);
    expect((await getApplication(db, second.id))?.record.status).toBe('result-ready');

    // A rack the supervisor adds is usable at once.
    unwrap(
      await saveShelfLayout(
        db,
        {
          racks: [
            { code: 'A', rows: 5, slotsPerRow: 20 },
            { code: 'B', rows: 2, slotsPerRow: 10 },
          ],
        },
        shelfSupervisor,
      ),
    );
    expect(unwrap(await placeOnShelf(db, { applicationId: second.id, slot: 'b-1-1' }, context)).slot).toBe(
      'B-1-01',
    );
  });

  it('flags a receipt number that matches no application, once however often it is scanned', async () => {
    const { db } = await openTestDesk();
    const context = writeContext(new TestClock(wednesday));
    const check = flagged(unwrap(await checkArrivingResult(db, 'alm01-03-999999-x', context)));
    expect(check.record).toBeNull();
    expect(check.flag).toMatchObject({
      kind: 'no-matching-application',
      receiptNumber: 'ALM01-03-999999-X',
      applicationId: null,
      raisedAt: wednesday,
      raisedBy: { userId: clerkSession.user.id },
      resolvedAt: null,
    });
    const again = flagged(unwrap(await checkArrivingResult(db, 'ALM01-03-999999-X', context)));
    expect(again.flag.id).toBe(check.flag.id);
    expect(await listOpenShelfFlags(db)).toHaveLength(1);
    expect(unwrapErr(await checkArrivingResult(db, '   ', context))).toEqual({
      kind: 'receipt-number-required',
    });
  });

  it('flags a second receipt of an item already on the shelf, and leaves the item where it is', async () => {
    const { db, scenario } = await openTestDesk();
    const { id, receiptNumber } = await resultReady(db, 1);
    const context = writeContext(new TestClock(wednesday));
    unwrap(await placeOnShelf(db, { applicationId: id, slot: 'A-1-03' }, context));
    const outboxBefore = (await readRawRows(scenario, 'outbox')).length;

    const check = flagged(unwrap(await checkArrivingResult(db, receiptNumber, context)));
    expect(check.flag).toMatchObject({ kind: 'received-twice', applicationId: id, receiptNumber });
    expect(check.record?.shelfSlot).toBe('A-1-03');
    expect(unwrapErr(await placeOnShelf(db, { applicationId: id, slot: 'A-1-04' }, context))).toEqual({
      kind: 'not-expected',
      status: 'on-shelf',
    });
    expect((await readRawRows(scenario, 'outbox')).length).toBe(outboxBefore);
    expect((await listOpenShelfFlags(db)).map((flag) => flag.kind)).toEqual(['received-twice']);
  });

  it('flags an application that is not waiting for its result: still with the provider, or issued already', async () => {
    const { db } = await openTestDesk();
    const context = writeContext(new TestClock(wednesday));
    const early = await resultReady(db, 1, undefined, 'accepted');
    const check = flagged(unwrap(await checkArrivingResult(db, early.receiptNumber, context)));
    expect(check.flag).toMatchObject({ kind: 'not-expected', applicationId: early.id });
    expect(check.record?.status).toBe('accepted');
    expect(unwrapErr(await placeOnShelf(db, { applicationId: early.id, slot: 'A-1-01' }, context))).toEqual({
      kind: 'not-expected',
      status: 'accepted',
    });

    const done = await resultReady(db, 2);
    unwrap(await placeOnShelf(db, { applicationId: done.id, slot: 'A-1-01' }, context));
    unwrap(
      await handOverResult(
        db,
        { applicationId: done.id, person: { kind: 'applicant', presentedIin: iinWithSerial(1) } },
        context,
      ),
    );
    const again = flagged(unwrap(await checkArrivingResult(db, done.receiptNumber, context)));
    expect(again.flag).toMatchObject({ kind: 'not-expected', applicationId: done.id });
    expect(again.record?.status).toBe('issued');
    expect(await listOpenShelfFlags(db)).toHaveLength(2);
  });
});
