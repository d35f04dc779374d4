import { describe, expect, it } from 'vitest';
import {
  daysOnShelf,
  filterShelfItems,
  readShelfOverview,
  readShelfReview,
  setSetting,
  slotMap,
  type ShelfFilter,
  type ShelfReview,
} from '../../renderer/db';
import { clerkSession, openTestDesk, TestClock, unwrap, unwrapErr } from './helpers';
import { ShelfDesk, supervisorSession } from './review-helpers';

// Wednesday 18 March 2026, 10:00 in Almaty: the week runs Monday 16 to Sunday 22 March.
const today = '2026-03-18T05:00:00.000Z';

async function seededDesk() {
  const { db } = await openTestDesk();
  const clock = new TestClock(today);
  const desk = new ShelfDesk(db, clock);
  const at = (date: string) => `${date}T05:00:00.000Z`;
  const shelf = {
    yesterday: await desk.onShelf({ placedAt: at('2026-02-17'), slot: 'A-1-01', lastDay: '2026-03-17' }),
    lastDayToday: await desk.onShelf({ placedAt: at('2026-02-18'), slot: 'A-1-02', lastDay: '2026-03-18' }),
    sunday: await desk.onShelf({ placedAt: at('2026-02-20'), slot: 'A-1-03', lastDay: '2026-03-22' }),
    nextMonday: await desk.onShelf({ placedAt: at('2026-02-23'), slot: 'A-2-01', lastDay: '2026-03-23' }),
    // Placed ten days ago, then its receipt was printed again: the placing is not its last event.
    tenDays: await desk.onShelf({ placedAt: at('2026-03-08'), slot: 'A-2-02', lastDay: '2026-04-08' }),
  };
  await desk.steps(shelf.tenDays.applicationId, [{ type: 'receipt-printed', at: at('2026-03-12') }]);

  const reRequested = async (providerDueDate: string) => {
    const item = await desk.onShelf({ placedAt: at('2026-01-05'), slot: 'A-3-01', lastDay: '2026-02-05' });
    await desk.steps(item.applicationId, [
      { type: 'returned-to-provider', at: at('2026-02-06') },
      { type: 're-requested', at: at('2026-03-16'), providerDueDate },
    ]);
    return item;
  };
  const lateReRequest = await reRequested('2026-03-17');
  const reRequestDueToday = await reRequested('2026-03-18');

  const returned = await desk.onShelf({ placedAt: at('2026-01-12'), slot: 'A-3-02', lastDay: '2026-02-12' });
  await desk.steps(returned.applicationId, [{ type: 'returned-to-provider', at: at('2026-02-13') }]);
  const issuedThisMonth = await desk.onShelf({
    placedAt: at('2026-02-25'),
    slot: 'A-3-03',
    lastDay: '2026-03-25',
  });
  await desk.steps(issuedThisMonth.applicationId, [{ type: 'issued', at: at('2026-03-01') }]);
  // Issued in February; a copy of its receipt printed in March does not make it "issued this month".
  const issuedLastMonth = await desk.onShelf({
    placedAt: at('2026-02-02'),
    slot: 'A-3-04',
    lastDay: '2026-03-02',
  });
  await desk.steps(issuedLastMonth.applicationId, [
    { type: 'issued', at: at('2026-02-28') },
    { type: 'receipt-printed', at: at('2026-03-03') },
  ]);
  clock.set(today);
  return { db, clock, shelf, lateReRequest, reRequestDueToday, returned, issuedThisMonth };
}

const receipts = (review: ShelfReview, filter: ShelfFilter) =>
  filterShelfItems(review, filter).map((item) => item.receiptNumber);

describe('the supervisor’s shelf review', () => {
  it('is refused to a clerk in the repository', async () => {
    const { db } = await openTestDesk();
    expect(unwrapErr(await readShelfReview(db, new TestClock(today), clerkSession))).toEqual({
      kind: 'supervisors-only',
    });
  });

  it('counts the shelf by state', async () => {
    const { db, clock } = await seededDesk();
    const review = unwrap(await readShelfReview(db, clock, supervisorSession));
    expect(review.today).toBe('2026-03-18');
    expect(review.weekEnd).toBe('2026-03-22');
    expect(review.counts).toEqual({
      onShelf: 5,
      dueThisWeek: 2,
      overdue: 1,
      returned: 1,
      reRequested: 2,
      reRequestsLate: 1,
      issuedThisMonth: 1,
    });
  });

  it('filters: this week from today (the last day itself included) to Sunday; overdue from the day after the last day', async () => {
    const { db, clock, shelf } = await seededDesk();
    const review = unwrap(await readShelfReview(db, clock, supervisorSession));
    expect(receipts(review, { kind: 'due-this-week' })).toEqual([
      shelf.lastDayToday.receiptNumber,
      shelf.sunday.receiptNumber,
    ]);
    expect(receipts(review, { kind: 'overdue' })).toEqual([shelf.yesterday.receiptNumber]);
    // A day later the item whose last day was today is overdue, and no longer due this week.
    clock.set('2026-03-19T05:00:00.000Z');
    const tomorrow = unwrap(await readShelfReview(db, clock, supervisorSession));
    expect(receipts(tomorrow, { kind: 'overdue' })).toEqual([
      shelf.yesterday.receiptNumber,
      shelf.lastDayToday.receiptNumber,
    ]);
    expect(receipts(tomorrow, { kind: 'due-this-week' })).toEqual([shelf.sunday.receiptNumber]);
    // On Monday the week is the next one: the item due Monday 23rd is due this week.
    clock.set('2026-03-23T05:00:00.000Z');
    const monday = unwrap(await readShelfReview(db, clock, supervisorSession));
    expect(monday.weekEnd).toBe('2026-03-29');
    expect(receipts(monday, { kind: 'due-this-week' })).toEqual([shelf.nextMonday.receiptNumber]);
  });

  it('finds re-requests whose provider day has passed, not the one due today', async () => {
    const { db, clock, lateReRequest } = await seededDesk();
    const review = unwrap(await readShelfReview(db, clock, supervisorSession));
    expect(receipts(review, { kind: 're-requests-late' })).toEqual([lateReRequest.receiptNumber]);
  });

  it('counts days on the shelf from the placing, not from a later event, for "more than N days"', async () => {
    const { db, clock, shelf } = await seededDesk();
    const review = unwrap(await readShelfReview(db, clock, supervisorSession));
    const tenDays = review.items.find((item) => item.receiptNumber === shelf.tenDays.receiptNumber);
    expect(tenDays?.placedOn).toBe('2026-03-08');
    expect(tenDays && daysOnShelf(tenDays, review.today)).toBe(10);
    expect(receipts(review, { kind: 'longer-than', days: 10 })).not.toContain(shelf.tenDays.receiptNumber);
    expect(receipts(review, { kind: 'longer-than', days: 9 })).toContain(shelf.tenDays.receiptNumber);
    // 29 days (placed 17 Feb) is more than 28; the one placed 18 Feb (28 days) is not.
    expect(receipts(review, { kind: 'longer-than', days: 28 })).toEqual([shelf.yesterday.receiptNumber]);
    // Re-requested items are not on the shelf: never "on the shelf more than N days".
    expect(filterShelfItems(review, { kind: 'longer-than', days: 0 })).toHaveLength(5);
    expect(filterShelfItems(review, { kind: 'all' })).toHaveLength(7);
  });

  it('the quick overview (indexes, first page) agrees with the whole review, whatever the day', async () => {
    const { db, clock } = await seededDesk();
    for (const day of ['2026-03-18', '2026-03-19', '2026-03-23', '2026-04-09']) {
      clock.set(`${day}T05:00:00.000Z`);
      const review = unwrap(await readShelfReview(db, clock, supervisorSession));
      const overview = unwrap(await readShelfOverview(db, clock, supervisorSession, 3));
      expect(overview.counts, day).toEqual(review.counts);
      expect(overview.today).toBe(review.today);
      expect(overview.firstItems, day).toEqual(filterShelfItems(review, { kind: 'all' }).slice(0, 3));
    }
    expect(unwrapErr(await readShelfOverview(db, clock, clerkSession, 3))).toEqual({
      kind: 'supervisors-only',
    });
  });

  it('maps every slot of the layout: free, occupied, or holding an overdue item', async () => {
    const { db, clock, shelf } = await seededDesk();
    unwrap(await setSetting(db, 'shelfLayout', { racks: [{ code: 'A', rows: 2, slotsPerRow: 2 }] }));
    const review = unwrap(await readShelfReview(db, clock, supervisorSession));
    const map = slotMap(review);
    expect(map.racks).toHaveLength(1);
    expect(map.racks[0]?.rows.map((row) => row.map((slot) => [slot.slot, slot.state]))).toEqual([
      [
        ['A-1-01', 'overdue'],
        ['A-1-02', 'occupied'],
      ],
      [
        ['A-2-01', 'occupied'],
        ['A-2-02', 'occupied'],
      ],
    ]);
    expect(map.racks[0]?.rows[0]?.[0]?.receiptNumbers).toEqual([shelf.yesterday.receiptNumber]);
    // A-1-03 lies outside this smaller layout: reported, not lost.
    expect(map.outsideLayout.map((item) => item.receiptNumber)).toEqual([shelf.sunday.receiptNumber]);
  });
});
