import { describe, expect, it } from 'vitest';
import {
  getApplication,
  handOverResult,
  listOccupiedSlots,
  placeOnShelf,
  type HandOverPerson,
} from '../../renderer/db';
import type { ApplicationEvent } from '../../shared/domain';
import { iinWithSerial, openTestDesk, TestClock, unwrap, unwrapErr, uuid, writeContext } from './helpers';
import { minorApplication, resultReady } from './shelf-helpers';
import { readRawRows } from './upgrade-harness';

const placedAt = '2026-03-11T05:00:00.000Z';
/** Friday 20 March 2026, 11:00 in Almaty (06:00 UTC). */
const handOverAt = '2026-03-20T06:00:00.000Z';

async function onShelf(n: number, application?: object) {
  const desk = await openTestDesk();
  const { id, receiptNumber } = await resultReady(desk.db, n, application);
  unwrap(
    await placeOnShelf(desk.db, { applicationId: id, slot: 'A-3-03' }, writeContext(new TestClock(placedAt))),
  );
  return { ...desk, id, receiptNumber, context: writeContext(new TestClock(handOverAt)) };
}

async function outboxEvents(scenario: Parameters<typeof readRawRows>[0]): Promise<ApplicationEvent[]> {
  return ((await readRawRows(scenario, 'outbox')) as { event: ApplicationEvent }[]).map((row) => row.event);
}

const representative = (validUntil: string, issuedOn = '2026-01-15'): HandOverPerson => ({
  kind: 'representative',
  name: 'Бекзат Тұрсынов',
  iin: '850315300128',
  powerOfAttorney: { number: '2026-0142', notary: 'Нотариус А. Смағұлова', issuedOn, validUntil },
});

describe('handing a result over', () => {
  it('to the applicant whose identity document shows their IIN: issued event, outbox, the slot free', async () => {
    const { db, scenario, id, context } = await onShelf(1);
    const handed = unwrap(
      await handOverResult(
        db,
        { applicationId: id, person: { kind: 'applicant', presentedIin: ` ${iinWithSerial(1)} ` } },
        context,
      ),
    );
    expect(handed).toMatchObject({ slot: 'A-3-03', recipient: { kind: 'applicant' } });
    expect((await getApplication(db, id))?.record).toMatchObject({
      status: 'issued',
      shelfSlot: null,
      issuedTo: { kind: 'applicant' },
      syncState: 'pending',
    });
    expect((await outboxEvents(scenario)).at(-1)).toMatchObject({
      type: 'issued',
      applicationId: id,
      at: handOverAt,
      recipient: { kind: 'applicant' },
    });
    expect((await listOccupiedSlots(db)).size).toBe(0);
  });

  it('refuses someone whose IIN is not the applicant’s, and writes nothing', async () => {
    const { db, scenario, id, context } = await onShelf(1);
    const before = (await readRawRows(scenario, 'outbox')).length;
    expect(
      unwrapErr(
        await handOverResult(
          db,
          { applicationId: id, person: { kind: 'applicant', presentedIin: iinWithSerial(2) } },
          context,
        ),
      ),
    ).toEqual({ kind: 'iin-mismatch' });
    expect((await readRawRows(scenario, 'outbox')).length).toBe(before);
    expect((await getApplication(db, id))?.record.status).toBe('on-shelf');
  });

  it('to a representative only on a power of attorney valid today in the centre’s zone', async () => {
    const { db, scenario, id, context } = await onShelf(1);
    const before = (await readRawRows(scenario, 'outbox')).length;
    expect(
      unwrapErr(
        await handOverResult(db, { applicationId: id, person: representative('2026-03-19') }, context),
      ),
    ).toEqual({
      kind: 'power-of-attorney-expired',
      validUntil: '2026-03-19',
    });
    expect(
      unwrapErr(
        await handOverResult(
          db,
          { applicationId: id, person: representative('2027-03-01', '2026-03-21') },
          context,
        ),
      ),
    ).toEqual({ kind: 'power-of-attorney-not-yet-valid', issuedOn: '2026-03-21' });
    expect(
      unwrapErr(
        await handOverResult(
          db,
          { applicationId: id, person: { ...representative('2027-01-01'), iin: '123' } as HandOverPerson },
          context,
        ),
      ),
    ).toMatchObject({ kind: 'invalid-recipient' });
    expect((await readRawRows(scenario, 'outbox')).length).toBe(before);

    // Valid through its last day (20 March, inclusive).
    const handed = unwrap(
      await handOverResult(db, { applicationId: id, person: representative('2026-03-20') }, context),
    );
    expect(handed.recipient).toEqual(representative('2026-03-20'));
    expect((await outboxEvents(scenario)).at(-1)).toMatchObject({
      type: 'issued',
      recipient: {
        kind: 'representative',
        powerOfAttorney: { number: '2026-0142', validUntil: '2026-03-20' },
      },
    });
  });

  it('to a parent or legal representative of a minor applicant, not of an adult', async () => {
    const minor = await onShelf(1, minorApplication(uuid('a', 1)));
    const anotherParent: HandOverPerson = {
      kind: 'legal-representative',
      name: 'Ерлан Жұмабаев',
      iin: iinWithSerial(7),
      relation: 'parent',
    };
    const handed = unwrap(
      await handOverResult(minor.db, { applicationId: minor.id, person: anotherParent }, minor.context),
    );
    expect(handed.recipient).toEqual(anotherParent);
    expect((await getApplication(minor.db, minor.id))?.record.issuedTo).toEqual(anotherParent);

    const adult = await onShelf(2);
    expect(
      unwrapErr(
        await handOverResult(adult.db, { applicationId: adult.id, person: anotherParent }, adult.context),
      ),
    ).toEqual({ kind: 'applicant-not-minor' });
  });

  it('only what is on the shelf: not a result still to be received, not one handed over already', async () => {
    const { db } = await openTestDesk();
    const ready = await resultReady(db, 1);
    const context = writeContext(new TestClock(handOverAt));
    const person: HandOverPerson = { kind: 'applicant', presentedIin: iinWithSerial(1) };
    expect(unwrapErr(await handOverResult(db, { applicationId: ready.id, person }, context))).toEqual({
      kind: 'not-on-shelf',
      status: 'result-ready',
    });
    unwrap(await placeOnShelf(db, { applicationId: ready.id, slot: 'A-1-01' }, context));
    unwrap(await handOverResult(db, { applicationId: ready.id, person }, context));
    expect(unwrapErr(await handOverResult(db, { applicationId: ready.id, person }, context))).toEqual({
      kind: 'not-on-shelf',
      status: 'issued',
    });
    expect(
      unwrapErr(await handOverResult(db, { applicationId: uuid('a', 77), person }, context)),
    ).toMatchObject({
      kind: 'not-found',
    });
  });
});
