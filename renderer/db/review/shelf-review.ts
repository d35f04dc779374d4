import Dexie from 'dexie';
import {
  addDays,
  compareLocalDates,
  daysBetween,
  err,
  isoWeekday,
  isShelfStorageOver,
  localDateOf,
  ok,
  shelfSlots,
  startOfLocalDay,
  type ApplicationEvent,
  type Instant,
  type LocalDate,
  type Result,
  type ShelfLayout,
} from '../../../shared/domain';
import { nowFrom, type Clock, type DeskSession } from '../context';
import { dexieOf, type DeskDatabase } from '../database';
import { readTransaction, type DeskTables } from '../internal/transactions';
import type { ApplicationRecord } from '../records';
import { readSetting } from '../settings/settings';

/** The shelf review and the stock-take are the supervisor's: a clerk's session is refused in the repository. */
export interface SupervisorsOnlyError {
  readonly kind: 'supervisors-only';
}

export function supervisorsOnly(session: DeskSession): SupervisorsOnlyError | null {
  return session.user.role === 'supervisor' ? null : { kind: 'supervisors-only' };
}

/** One item the review lists: a result on the shelf, or one re-requested from its provider. */
export interface ShelfItem {
  readonly applicationId: string;
  readonly receiptNumber: string;
  readonly applicant: { readonly surname: string; readonly givenName: string; readonly patronymic?: string };
  readonly serviceId: string;
  readonly status: 'on-shelf' | 're-requested';
  /** Where it lies (on-shelf); null for a re-requested item (it is at the provider). */
  readonly shelfSlot: string | null;
  /** The last day of its shelf month (the last placement's). */
  readonly storageLastDay: LocalDate | null;
  /** When the provider must send a re-requested item back. */
  readonly providerDueDate: LocalDate | null;
  /** The day (centre's zone) it was last placed on the shelf. */
  readonly placedOn: LocalDate | null;
}

export interface ShelfCounts {
  readonly onShelf: number;
  /** On the shelf, the shelf month ends this week (today to Sunday). */
  readonly dueThisWeek: number;
  /** On the shelf after its last day: it must go back to the provider. */
  readonly overdue: number;
  readonly returned: number;
  readonly reRequested: number;
  /** Re-requested, the provider's day to send it back has passed, not back yet. */
  readonly reRequestsLate: number;
  readonly issuedThisMonth: number;
}

export interface ShelfReview {
  readonly today: LocalDate;
  /** The Sunday that ends today's week (ISO: Monday to Sunday). */
  readonly weekEnd: LocalDate;
  readonly counts: ShelfCounts;
  /** Every item on the shelf and every re-requested one. */
  readonly items: readonly ShelfItem[];
  readonly layout: ShelfLayout;
}

export type ShelfFilter =
  | { readonly kind: 'all' }
  | { readonly kind: 'due-this-week' }
  | { readonly kind: 'overdue' }
  | { readonly kind: 're-requests-late' }
  /** On the shelf more than `days` whole days. */
  | { readonly kind: 'longer-than'; readonly days: number };

/** The Sunday of `date`'s ISO week. */
export function weekEndOf(date: LocalDate): LocalDate {
  return addDays(date, 7 - isoWeekday(date));
}

/** Whole days since the item was placed (0 on the day of placing); null when not on the shelf. */
export function daysOnShelf(item: ShelfItem, today: LocalDate): number | null {
  return item.status === 'on-shelf' && item.placedOn !== null ? daysBetween(item.placedOn, today) : null;
}

export function isOverdue(item: ShelfItem, today: LocalDate): boolean {
  return (
    item.status === 'on-shelf' &&
    item.storageLastDay !== null &&
    isShelfStorageOver(item.storageLastDay, today)
  );
}

export function isDueThisWeek(item: ShelfItem, today: LocalDate, weekEnd: LocalDate): boolean {
  const last = item.storageLastDay;
  return (
    item.status === 'on-shelf' &&
    last !== null &&
    compareLocalDates(last, today) >= 0 &&
    compareLocalDates(last, weekEnd) <= 0
  );
}

export function isReRequestLate(item: ShelfItem, today: LocalDate): boolean {
  return (
    item.status === 're-requested' &&
    item.providerDueDate !== null &&
    compareLocalDates(item.providerDueDate, today) < 0
  );
}

function matches(
  filter: ShelfFilter,
  item: ShelfItem,
  review: Pick<ShelfReview, 'today' | 'weekEnd'>,
): boolean {
  switch (filter.kind) {
    case 'all':
      return true;
    case 'due-this-week':
      return isDueThisWeek(item, review.today, review.weekEnd);
    case 'overdue':
      return isOverdue(item, review.today);
    case 're-requests-late':
      return isReRequestLate(item, review.today);
    case 'longer-than': {
      const days = daysOnShelf(item, review.today);
      return days !== null && days > filter.days;
    }
  }
}

function byLastDay(a: ShelfItem, b: ShelfItem): number {
  const left = a.storageLastDay ?? a.providerDueDate ?? '';
  const right = b.storageLastDay ?? b.providerDueDate ?? '';
  if (left !== right) return left < right ? -1 : 1;
  return a.receiptNumber < b.receiptNumber ? -1 : a.receiptNumber > b.receiptNumber ? 1 : 0;
}

/** The items `filter` picks, earliest last day first (then by receipt number). */
export function filterShelfItems(review: ShelfReview, filter: ShelfFilter): ShelfItem[] {
  return review.items.filter((item) => matches(filter, item, review)).sort(byLastDay);
}

export type SlotState = 'free' | 'occupied' | 'overdue';

export interface SlotView {
  readonly slot: string;
  readonly state: SlotState;
  /** What lies in it (normally one item). */
  readonly receiptNumbers: readonly string[];
}

export interface SlotMap {
  readonly racks: readonly {
    readonly code: string;
    readonly rows: readonly (readonly SlotView[])[];
  }[];
  /** Items on the shelf whose slot is not in the layout (the layout changed after they were placed). */
  readonly outsideLayout: readonly ShelfItem[];
}

/** Every slot of the layout, free, occupied or holding an item past its last day. */
export function slotMap(review: ShelfReview): SlotMap {
  const bySlot = new Map<string, ShelfItem[]>();
  for (const item of review.items) {
    if (item.status !== 'on-shelf' || item.shelfSlot === null) continue;
    const list = bySlot.get(item.shelfSlot);
    if (list === undefined) bySlot.set(item.shelfSlot, [item]);
    else list.push(item);
  }
  const known = new Set(shelfSlots(review.layout));
  const racks = review.layout.racks.map((rack) => {
    const rows: SlotView[][] = [];
    for (let row = 1; row <= rack.rows; row += 1) {
      const slots: SlotView[] = [];
      for (let slot = 1; slot <= rack.slotsPerRow; slot += 1) {
        const code = `${rack.code}-${row}-${String(slot).padStart(2, '0')}`;
        const items = bySlot.get(code) ?? [];
        const state: SlotState =
          items.length === 0
            ? 'free'
            : items.some((item) => isOverdue(item, review.today))
              ? 'overdue'
              : 'occupied';
        slots.push({ slot: code, state, receiptNumbers: items.map((item) => item.receiptNumber) });
      }
      rows.push(slots);
    }
    return { code: rack.code, rows };
  });
  const outsideLayout = review.items.filter(
    (item) => item.status === 'on-shelf' && item.shelfSlot !== null && !known.has(item.shelfSlot),
  );
  return { racks, outsideLayout };
}

async function historyOf(tables: DeskTables, applicationId: string): Promise<ApplicationEvent[]> {
  const rows = await tables.events
    .where('[applicationId+position]')
    .between([applicationId, Dexie.minKey], [applicationId, Dexie.maxKey])
    .toArray();
  return rows.map((row) => row.event);
}

/** When the last event of `type` happened: the projection's last event when it is one, else the history's. */
async function lastAt(
  tables: DeskTables,
  record: ApplicationRecord,
  type: ApplicationEvent['type'],
): Promise<Instant | null> {
  if (record.lastEvent.type === type) return record.lastEvent.at;
  const history = await historyOf(tables, record.applicationId);
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const event = history[index];
    if (event?.type === type) return event.at;
  }
  return null;
}

export async function shelfItemOf(
  tables: DeskTables,
  record: ApplicationRecord,
  zone: DeskSession['centre']['timeZone'],
): Promise<ShelfItem | null> {
  if ((record.status !== 'on-shelf' && record.status !== 're-requested') || record.receiptNumber === null)
    return null;
  const placedAt = record.status === 'on-shelf' ? await lastAt(tables, record, 'placed-on-shelf') : null;
  const { surname, givenName, patronymic } = record.applicant;
  return {
    applicationId: record.applicationId,
    receiptNumber: record.receiptNumber,
    applicant: patronymic === undefined ? { surname, givenName } : { surname, givenName, patronymic },
    serviceId: record.serviceId,
    status: record.status,
    shelfSlot: record.shelfSlot,
    storageLastDay: record.storageLastDay,
    providerDueDate: record.providerDueDate,
    placedOn: placedAt === null ? null : localDateOf(placedAt, zone),
  };
}

/** Reads every shelf item (on the shelf or re-requested) in one read transaction. */
export async function readShelfItems(
  tables: DeskTables,
  zone: DeskSession['centre']['timeZone'],
): Promise<ShelfItem[]> {
  const records = await tables.applications.where('status').anyOf('on-shelf', 're-requested').toArray();
  const items: ShelfItem[] = [];
  for (const record of records) {
    const item = await shelfItemOf(tables, record, zone);
    if (item !== null) items.push(item);
  }
  return items;
}

/** What the whole review and the quick overview share: today, its week, and the month's first instant. */
function reviewDates(clock: Clock, session: DeskSession) {
  const zone = session.centre.timeZone;
  const today = localDateOf(nowFrom(clock), zone);
  return {
    zone,
    today,
    weekEnd: weekEndOf(today),
    monthStart: startOfLocalDay(`${today.slice(0, 8)}01`, zone),
  };
}

/** Applications issued since `monthStart`: the hand-over's time, from the history when a later event followed. */
async function countIssuedSince(tables: DeskTables, monthStart: Instant): Promise<number> {
  // An application issued this month has its last event this month (the hand-over or a later print).
  const issuedLately = await tables.applications
    .where('status')
    .equals('issued')
    .filter((record) => record.lastEvent.at >= monthStart)
    .toArray();
  let issued = 0;
  for (const record of issuedLately) {
    const at = await lastAt(tables, record, 'issued');
    if (at !== null && at >= monthStart) issued += 1;
  }
  return issued;
}

const onShelfRange = (from: LocalDate | typeof Dexie.minKey, to: LocalDate | typeof Dexie.maxKey) =>
  [
    ['on-shelf', from],
    ['on-shelf', to],
  ] as const;

/**
 * The review's first screenful without reading the whole shelf: the counts from the indexes
 * (status, [status+storageLastDay]), the re-requested items (few), and the first `limit` items by
 * last day — what the list shows before any filter is chosen. The screen shows it at once and
 * reads the whole shelf (readShelfReview) for the filters and the slot map meanwhile.
 */
export interface ShelfOverview {
  readonly today: LocalDate;
  readonly weekEnd: LocalDate;
  readonly counts: ShelfCounts;
  /** The first `limit` items of the 'all' filter (earliest last day first). */
  readonly firstItems: readonly ShelfItem[];
}

export async function readShelfOverview(
  db: DeskDatabase,
  clock: Clock,
  session: DeskSession,
  limit: number,
): Promise<Result<ShelfOverview, SupervisorsOnlyError>> {
  const refused = supervisorsOnly(session);
  if (refused !== null) return err(refused);
  const { zone, today, weekEnd, monthStart } = reviewDates(clock, session);
  return readTransaction(dexieOf(db), ['applications', 'events'], async (tables) => {
    const lastDayIndex = () => tables.applications.where('[status+storageLastDay]');
    const onShelf = await tables.applications.where('status').equals('on-shelf').count();
    const overdue = await lastDayIndex()
      .between(...onShelfRange(Dexie.minKey, today), true, false)
      .count();
    const dueThisWeek = await lastDayIndex()
      .between(...onShelfRange(today, weekEnd), true, true)
      .count();
    const returned = await tables.applications.where('status').equals('returned-to-provider').count();
    const reRequestedRecords = await tables.applications.where('status').equals('re-requested').toArray();
    const firstOnShelf = await lastDayIndex()
      .between(...onShelfRange(Dexie.minKey, Dexie.maxKey), true, true)
      .limit(limit)
      .toArray();
    const items: ShelfItem[] = [];
    for (const record of [...reRequestedRecords, ...firstOnShelf]) {
      const item = await shelfItemOf(tables, record, zone);
      if (item !== null) items.push(item);
    }
    const reRequested = items.filter((item) => item.status === 're-requested');
    return ok({
      today,
      weekEnd,
      counts: {
        onShelf,
        dueThisWeek,
        overdue,
        returned,
        reRequested: reRequested.length,
        reRequestsLate: reRequested.filter((item) => isReRequestLate(item, today)).length,
        issuedThisMonth: await countIssuedSince(tables, monthStart),
      },
      firstItems: items.sort(byLastDay).slice(0, limit),
    });
  });
}

/**
 * The supervisor's review of the shelf: every item with its slot and deadlines, the counts by
 * state, and the layout for the slot map. "Today" is the centre's date on `clock`.
 */
export async function readShelfReview(
  db: DeskDatabase,
  clock: Clock,
  session: DeskSession,
): Promise<Result<ShelfReview, SupervisorsOnlyError>> {
  const refused = supervisorsOnly(session);
  if (refused !== null) return err(refused);
  const { zone, today, weekEnd, monthStart } = reviewDates(clock, session);
  return readTransaction(dexieOf(db), ['applications', 'events', 'settings'], async (tables) => {
    const items = await readShelfItems(tables, zone);
    const returned = await tables.applications.where('status').equals('returned-to-provider').count();
    const issuedThisMonth = await countIssuedSince(tables, monthStart);
    const layout = await readSetting(tables.settings, 'shelfLayout');
    let onShelf = 0;
    let dueThisWeek = 0;
    let overdue = 0;
    let reRequested = 0;
    let reRequestsLate = 0;
    for (const item of items) {
      if (item.status === 'on-shelf') onShelf += 1;
      else reRequested += 1;
      if (isDueThisWeek(item, today, weekEnd)) dueThisWeek += 1;
      if (isOverdue(item, today)) overdue += 1;
      if (isReRequestLate(item, today)) reRequestsLate += 1;
    }
    return ok({
      today,
      weekEnd,
      counts: { onShelf, dueThisWeek, overdue, returned, reRequested, reRequestsLate, issuedThisMonth },
      items,
      layout,
    });
  });
}
