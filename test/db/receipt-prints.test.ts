import { describe, expect, it } from 'vitest';
import {
  acceptApplication,
  getApplication,
  recordReceiptPrinted,
  recordReceiptReprinted,
  refuseAtIntake,
} from '../../renderer/db';
import type { ApplicationEvent } from '../../shared/domain';
import {
  duplicateApplication,
  mondayMorning,
  openTestDesk,
  TestClock,
  termCalendar,
  unwrap,
  unwrapErr,
  uuid,
  writeContext,
} from './helpers';
import { readRawRows } from './upgrade-harness';

const startedAt = '2026-03-02T04:50:00.000Z';

async function acceptedDesk() {
  const desk = await openTestDesk();
  const clock = new TestClock(mondayMorning);
  const id = uuid('a', 1);
  unwrap(
    await acceptApplication(
      desk.db,
      { application: duplicateApplication(id), startedAt, termCalendar },
      writeContext(clock),
    ),
  );
  return { ...desk, clock, id };
}

describe('receipt prints', () => {
  it('records the first print and each reprint as events that leave the status alone', async () => {
    const { db, scenario, clock, id } = await acceptedDesk();

    clock.advanceMinutes(1);
    const first = unwrap(
      await recordReceiptPrinted(
        db,
        { applicationId: id, layout: 'receipt-80mm', language: 'kk' },
        writeContext(clock),
      ),
    );
    clock.advanceMinutes(1);
    const second = unwrap(
      await recordReceiptReprinted(
        db,
        { applicationId: id, layout: 'A4', language: 'ru', why: 'Принтер зажевал бумагу' },
        writeContext(clock),
      ),
    );
    clock.advanceMinutes(60);
    const third = unwrap(
      await recordReceiptReprinted(
        db,
        { applicationId: id, layout: 'A4', language: 'kk' },
        writeContext(clock),
      ),
    );

    expect([first.copy, second.copy, third.copy]).toEqual([1, 2, 3]);
    expect(third.record).toMatchObject({ status: 'accepted', receiptCopiesPrinted: 3, eventCount: 5 });
    const stored = await getApplication(db, id);
    expect(stored?.record).toEqual(third.record);
    expect(stored?.history.map((event) => event.type)).toEqual([
      'drafted',
      'accepted',
      'receipt-printed',
      'receipt-printed',
      'receipt-printed',
    ]);
    expect(stored?.history[3]).toMatchObject({
      copy: 2,
      layout: 'A4',
      language: 'ru',
      why: 'Принтер зажевал бумагу',
      at: '2026-03-02T05:02:00.000Z',
      by: { userId: 'clerk-1' },
      where: { kind: 'desk', centreCode: 'ALM01', workstationCode: '03' },
    });
    const outbox = (await readRawRows(scenario, 'outbox')) as {
      deviceSeq: number;
      event: ApplicationEvent;
    }[];
    expect(outbox.map((row) => [row.deviceSeq, row.event.type])).toEqual([
      [1, 'drafted'],
      [2, 'accepted'],
      [3, 'receipt-printed'],
      [4, 'receipt-printed'],
      [5, 'receipt-printed'],
    ]);
  });

  it('tells a first print from a reprint', async () => {
    const { db, scenario, clock, id } = await acceptedDesk();
    const input = { applicationId: id, layout: 'A4', language: 'kk' } as const;
    expect(unwrapErr(await recordReceiptReprinted(db, input, writeContext(clock)))).toEqual({
      kind: 'not-printed-yet',
    });
    unwrap(await recordReceiptPrinted(db, input, writeContext(clock)));
    expect(unwrapErr(await recordReceiptPrinted(db, input, writeContext(clock)))).toEqual({
      kind: 'already-printed',
      copiesPrinted: 1,
    });
    expect(
      unwrapErr(
        await recordReceiptPrinted(db, { ...input, applicationId: uuid('a', 9) }, writeContext(clock)),
      ),
    ).toEqual({
      kind: 'not-found',
      applicationId: uuid('a', 9),
    });
    expect(await readRawRows(scenario, 'events')).toHaveLength(3);
  });

  it('a reprint that fails the event schema writes nothing', async () => {
    const { db, scenario, clock, id } = await acceptedDesk();
    unwrap(
      await recordReceiptPrinted(
        db,
        { applicationId: id, layout: 'A4', language: 'kk' },
        writeContext(clock),
      ),
    );
    const error = unwrapErr(
      await recordReceiptReprinted(
        db,
        { applicationId: id, layout: 'A4', language: 'kk', why: ' ' },
        writeContext(clock),
      ),
    );
    expect(error).toMatchObject({
      kind: 'invalid-event',
      issues: [{ path: 'why', message: 'validation:common.required' }],
    });
    expect(await readRawRows(scenario, 'outbox')).toHaveLength(3);
    expect((await getApplication(db, id))?.record.receiptCopiesPrinted).toBe(1);
  });

  it('prints the refusal receipt of an application refused at intake', async () => {
    const { db } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const id = uuid('a', 1);
    unwrap(
      await refuseAtIntake(
        db,
        {
          applicationId: id,
          serviceId: 'duplicate-secondary',
          applicantRole: 'self',
          applicant: duplicateApplication(id).applicant,
          receiptLanguage: 'ru',
          reason: 'incomplete-package',
          missingDocumentIds: ['identity-document'],
          startedAt,
        },
        writeContext(clock),
      ),
    );
    unwrap(
      await recordReceiptPrinted(
        db,
        { applicationId: id, layout: 'A4', language: 'ru' },
        writeContext(clock),
      ),
    );
    // "Made in two copies, one for each side."
    const copy = unwrap(
      await recordReceiptReprinted(
        db,
        { applicationId: id, layout: 'A4', language: 'ru' },
        writeContext(clock),
      ),
    );
    expect(copy.record).toMatchObject({ status: 'refused-at-intake', receiptCopiesPrinted: 2 });
  });
});
