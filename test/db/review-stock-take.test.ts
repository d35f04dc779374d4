import { describe, expect, it } from 'vitest';
import {
  finishStockTake,
  readStockTake,
  readStockTakeReport,
  recordStockTakeScan,
  startStockTake,
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
import { ShelfDesk, supervisorSession } from './review-helpers';

const today = '2026-03-18T05:00:00.000Z';
const at = (date: string) => `${date}T05:00:00.000Z`;

async function shelfOfThree() {
  const { db } = await openTestDesk();
  const clock = new TestClock(today);
  const desk = new ShelfDesk(db, clock);
  const first = await desk.onShelf({ placedAt: at('2026-03-02'), slot: 'A-1-01', lastDay: '2026-04-02' });
  const second = await desk.onShelf({ placedAt: at('2026-03-03'), slot: 'A-1-02', lastDay: '2026-04-03' });
  const third = await desk.onShelf({ placedAt: at('2026-03-04'), slot: 'A-1-03', lastDay: '2026-04-06' });
  const issued = await desk.onShelf({ placedAt: at('2026-03-05'), slot: 'A-1-04', lastDay: '2026-04-06' });
  await desk.steps(issued.applicationId, [{ type: 'issued', at: at('2026-03-10') }]);
  clock.set(today);
  const context = writeContext(clock, new SequentialIds('5'), supervisorSession);
  return { db, clock, context, first, second, third, issued };
}

describe('a stock-take of the shelf', () => {
  it('is the supervisor’s: a clerk can neither start one nor scan into one', async () => {
    const { db, clock, context } = await shelfOfThree();
    const clerk = writeContext(clock, new SequentialIds('6'), clerkSession);
    expect(unwrapErr(await startStockTake(db, clerk))).toEqual({ kind: 'supervisors-only' });
    const { stockTake } = unwrap(await startStockTake(db, context));
    expect(
      unwrapErr(await recordStockTakeScan(db, { stockTakeId: stockTake.id, scanned: 'X' }, clerk)),
    ).toEqual({ kind: 'supervisors-only' });
    expect(unwrapErr(await readStockTake(db, clerkSession))).toEqual({ kind: 'supervisors-only' });
  });

  it('resumes the open stock-take instead of starting a second', async () => {
    const { db, context } = await shelfOfThree();
    const started = unwrap(await startStockTake(db, context));
    expect(started.resumed).toBe(false);
    const again = unwrap(await startStockTake(db, context));
    expect(again).toEqual({ stockTake: started.stockTake, resumed: true });
  });

  it('stores each scan once, says what it is, and ignores a repeat visibly', async () => {
    const { db, clock, context, first, issued } = await shelfOfThree();
    const { stockTake } = unwrap(await startStockTake(db, context));
    const scan = (scanned: string, slot?: string) =>
      recordStockTakeScan(db, { stockTakeId: stockTake.id, scanned, slot }, context);

    // Scanner text in lower case with spaces is the same receipt number.
    const recorded = unwrap(await scan(`  ${first.receiptNumber.toLowerCase()} `));
    expect(recorded.kind).toBe('recorded');
    expect(recorded.scan.receiptNumber).toBe(first.receiptNumber);
    expect(recorded.finding).toEqual({ kind: 'on-shelf', shelfSlot: 'A-1-01' });
    clock.advanceMinutes(1);
    const repeat = unwrap(await scan(first.receiptNumber));
    expect(repeat.kind).toBe('duplicate');
    expect(repeat.scan.scannedAt).toBe(today);

    clock.advanceMinutes(1);
    expect(unwrap(await scan(issued.receiptNumber)).finding).toEqual({
      kind: 'not-on-shelf',
      status: 'issued',
    });
    clock.advanceMinutes(1);
    expect(unwrap(await scan('ALM01-03-00000999-Q')).finding).toEqual({ kind: 'unknown' });
    expect(unwrapErr(await scan('   '))).toEqual({ kind: 'empty-scan' });
    expect(unwrapErr(await scan('ALM01-03-00000998-Q', 'Z-9-99'))).toEqual({
      kind: 'unknown-slot',
      slot: 'Z-9-99',
    });

    const view = unwrap(await readStockTake(db, supervisorSession));
    expect(view.stockTake?.id).toBe(stockTake.id);
    // Latest first; the repeat and the refused scans are not stored.
    expect(view.scans.map((row) => row.receiptNumber)).toEqual([
      'ALM01-03-00000999-Q',
      issued.receiptNumber,
      first.receiptNumber,
    ]);
  });

  it('finishes with what is missing, what is unexpected and what lies in another slot', async () => {
    const { db, clock, context, first, second, third, issued } = await shelfOfThree();
    const { stockTake } = unwrap(await startStockTake(db, context));
    const scan = (scanned: string, slot?: string) =>
      recordStockTakeScan(db, { stockTakeId: stockTake.id, scanned, slot }, context);
    unwrap(await scan(first.receiptNumber, 'a-1-1'));
    clock.advanceMinutes(1);
    // The slot label says A-1-05; the database has it in A-1-03.
    const elsewhere = unwrap(await scan(third.receiptNumber, 'A-1-05'));
    expect(elsewhere.finding).toEqual({ kind: 'wrong-slot', shelfSlot: 'A-1-03', foundIn: 'A-1-05' });
    clock.advanceMinutes(1);
    unwrap(await scan(issued.receiptNumber));
    clock.advanceMinutes(1);
    unwrap(await scan('ALM01-03-00000999-Q', 'A-1-04'));
    clock.advanceMinutes(1);
    unwrap(await scan(first.receiptNumber));

    const report = unwrap(await finishStockTake(db, stockTake.id, context));
    expect(report.stockTake.finishedAt).toBe(clock.now());
    expect(report.onShelf).toBe(3);
    expect(report.scans).toHaveLength(4);
    expect(report.missing.map((item) => [item.receiptNumber, item.shelfSlot])).toEqual([
      [second.receiptNumber, 'A-1-02'],
    ]);
    expect(report.unexpected).toEqual([
      { receiptNumber: issued.receiptNumber, slot: null, status: 'issued' },
      { receiptNumber: 'ALM01-03-00000999-Q', slot: 'A-1-04', status: null },
    ]);
    expect(report.misplaced).toEqual([
      { receiptNumber: third.receiptNumber, shelfSlot: 'A-1-03', foundIn: 'A-1-05' },
    ]);

    // Finished: no more scans, no second finish; the screen shows the report.
    expect(unwrapErr(await scan(second.receiptNumber))).toEqual({
      kind: 'already-finished',
      stockTakeId: stockTake.id,
    });
    expect(unwrapErr(await finishStockTake(db, stockTake.id, context))).toEqual({
      kind: 'already-finished',
      stockTakeId: stockTake.id,
    });
    // Shown again later (a reload): compared with the shelf as it is now, the same answer.
    expect(unwrap(await readStockTake(db, supervisorSession)).stockTake?.finishedAt).toBe(clock.now());
    const again = unwrap(await readStockTakeReport(db, stockTake.id, supervisorSession));
    expect(again.missing.map((item) => item.receiptNumber)).toEqual([second.receiptNumber]);
    expect(again.unexpected).toEqual(report.unexpected);
    expect(unwrapErr(await readStockTakeReport(db, stockTake.id, clerkSession))).toEqual({
      kind: 'supervisors-only',
    });
    // A new stock-take starts empty.
    const next = unwrap(await startStockTake(db, context));
    expect(next.resumed).toBe(false);
    expect(unwrap(await readStockTake(db, supervisorSession)).scans).toEqual([]);
  });

  it('with nothing scanned, everything on the shelf is missing', async () => {
    const { db, context, first, second, third } = await shelfOfThree();
    const { stockTake } = unwrap(await startStockTake(db, context));
    const report = unwrap(await finishStockTake(db, stockTake.id, context));
    expect(report.missing.map((item) => item.receiptNumber)).toEqual([
      first.receiptNumber,
      second.receiptNumber,
      third.receiptNumber,
    ]);
    expect(report.unexpected).toEqual([]);
    expect(unwrapErr(await finishStockTake(db, 'no-such-id', context))).toEqual({
      kind: 'not-found',
      stockTakeId: 'no-such-id',
    });
  });
});
