import {
  applyEvent,
  findService,
  normalizeSlot,
  shelfSlots,
  shelfStorageLastDay,
  type ApplicationStatus,
  type CalendarDataError,
  type CalendarError,
  type LocalDate,
  type Result,
  type ShelfLayout,
} from '../../../shared/domain';
import { nowFrom, type WriteContext } from '../context';
import { dexieOf, type DeskDatabase } from '../database';
import {
  actorOf,
  appendEvents,
  checkedEvent,
  deskPlaceOf,
  type InvalidEventError,
} from '../applications/application-events';
import { getWorkCalendar } from '../calendar/work-calendar';
import {
  readTransaction,
  writeTransaction,
  type DeskTables,
  type StorageError,
} from '../internal/transactions';
import type { ApplicationRecord, ShelfFlagRecord } from '../records';
import { readSetting } from '../settings/settings';
import { raiseShelfFlag } from './shelf-flags';

/** The statuses a result is received onto the shelf from (the domain's 'placed-on-shelf' transition). */
export const receivableStatuses: readonly ApplicationStatus[] = ['result-ready', 're-requested'];

/** What a scanned receipt number turned out to be. */
export type ReceivingCheck =
  /** Expected: pick a slot and place it (the first free slot is suggested; null when the shelf is full). */
  | { readonly kind: 'expected'; readonly record: ApplicationRecord; readonly suggestedSlot: string | null }
  /** Not accepted silently: a flag is open for a supervisor (the record when there is one). */
  | { readonly kind: 'flagged'; readonly flag: ShelfFlagRecord; readonly record: ApplicationRecord | null };

export type ReceivingCheckError = { readonly kind: 'receipt-number-required' } | StorageError;

export type PlaceOnShelfError =
  | { readonly kind: 'not-found'; readonly applicationId: string }
  /** The status moved since the check (another workstation received it, it was issued…). */
  | { readonly kind: 'not-expected'; readonly status: ApplicationStatus }
  /** Not a slot of the shelf layout (as typed). */
  | { readonly kind: 'unknown-slot'; readonly slot: string }
  /** Another item is in that slot. */
  | { readonly kind: 'slot-occupied'; readonly slot: string; readonly receiptNumber: string | null }
  /** The centre calendar does not cover the storage month's end, or could not be built. */
  | { readonly kind: 'calendar-unavailable'; readonly detail: CalendarError | CalendarDataError }
  | InvalidEventError
  | StorageError;

export interface PlacedOnShelf {
  readonly record: ApplicationRecord;
  readonly slot: string;
  readonly storageLastDay: LocalDate;
}

function canonicalReceiptNumber(text: string): string {
  return text.trim().toUpperCase();
}

async function occupiedSlots(tables: Pick<DeskTables, 'applications'>): Promise<Set<string>> {
  const onShelf = await tables.applications.where('status').equals('on-shelf').toArray();
  return new Set(onShelf.map((record) => record.shelfSlot).filter((slot): slot is string => slot !== null));
}

/** The first slot of the layout (rack by rack, row by row) nobody occupies; null when the shelf is full. */
export function firstFreeSlot(layout: ShelfLayout, occupied: ReadonlySet<string>): string | null {
  return shelfSlots(layout).find((slot) => !occupied.has(slot)) ?? null;
}

/** The slots in use now (slot → the item's receipt number), for the slot map and the suggestion. */
export function listOccupiedSlots(db: DeskDatabase): Promise<Map<string, string | null>> {
  return readTransaction(dexieOf(db), ['applications'], async (tables) => {
    const onShelf = await tables.applications.where('status').equals('on-shelf').toArray();
    return new Map(
      onShelf
        .filter((record) => record.shelfSlot !== null)
        .map((record) => [record.shelfSlot as string, record.receiptNumber]),
    );
  });
}

/**
 * The clerk scanned (or typed) the receipt number on an arriving result. An application waiting
 * for its result is 'expected'; anything else raises a shelf flag in the same transaction — no
 * application with that number ('no-matching-application'), the item already on the shelf
 * ('received-twice'), an application in any other status ('not-expected').
 */
export async function checkArrivingResult(
  db: DeskDatabase,
  receiptNumberText: string,
  context: WriteContext,
): Promise<Result<ReceivingCheck, ReceivingCheckError>> {
  const receiptNumber = canonicalReceiptNumber(receiptNumberText);
  if (receiptNumber === '') return { ok: false, error: { kind: 'receipt-number-required' } };
  const now = nowFrom(context.clock);
  const raised = { raisedAt: now, raisedBy: actorOf(context.session), receiptNumber } as const;
  return writeTransaction<ReceivingCheck, ReceivingCheckError>(
    dexieOf(db),
    ['applications', 'shelfFlags', 'settings'],
    async (tables) => {
      const record = await tables.applications.where('receiptNumber').equals(receiptNumber).first();
      if (record === undefined) {
        const flag = await raiseShelfFlag(tables, {
          id: context.ids.uuid(),
          kind: 'no-matching-application',
          applicationId: null,
          ...raised,
        });
        return { kind: 'flagged', flag, record: null };
      }
      if (!receivableStatuses.includes(record.status)) {
        const flag = await raiseShelfFlag(tables, {
          id: context.ids.uuid(),
          kind: record.status === 'on-shelf' ? 'received-twice' : 'not-expected',
          applicationId: record.applicationId,
          ...raised,
        });
        return { kind: 'flagged', flag, record };
      }
      const layout = await readSetting(tables.settings, 'shelfLayout');
      return { kind: 'expected', record, suggestedSlot: firstFreeSlot(layout, await occupiedSlots(tables)) };
    },
  );
}

/**
 * Places an expected result in a slot: ONE transaction writes the 'placed-on-shelf' event with the
 * slot and the last storage day (the service's storage months from now, on the centre's own
 * calendar), its outbox row and the projection. An occupied or unknown slot writes nothing.
 */
export async function placeOnShelf(
  db: DeskDatabase,
  input: { readonly applicationId: string; readonly slot: string },
  context: WriteContext,
): Promise<Result<PlacedOnShelf, PlaceOnShelfError>> {
  const { session, ids } = context;
  const now = nowFrom(context.clock);
  const calendar = await getWorkCalendar(db, session.centre.week);
  return writeTransaction<PlacedOnShelf, PlaceOnShelfError>(
    dexieOf(db),
    ['applications', 'events', 'outbox', 'counters', 'settings'],
    async (tables, abort) => {
      const record = await tables.applications.get(input.applicationId);
      if (record === undefined) return abort({ kind: 'not-found', applicationId: input.applicationId });
      if (!receivableStatuses.includes(record.status))
        return abort({ kind: 'not-expected', status: record.status });
      const layout = await readSetting(tables.settings, 'shelfLayout');
      const slot = normalizeSlot(layout, input.slot);
      if (slot === null) return abort({ kind: 'unknown-slot', slot: input.slot.trim() });
      const inSlot = await tables.applications
        .where('shelfSlot')
        .equals(slot)
        .filter((other) => other.status === 'on-shelf')
        .first();
      if (inSlot !== undefined)
        return abort({ kind: 'slot-occupied', slot, receiptNumber: inSlot.receiptNumber });
      if (!calendar.ok) return abort({ kind: 'calendar-unavailable', detail: calendar.error });
      const storageMonths = findService(record.serviceId)?.shelf?.storageMonths ?? 1;
      const lastDay = shelfStorageLastDay({
        placedAt: now,
        centre: session.centre,
        centreCalendar: calendar.value,
        storageMonths,
      });
      if (!lastDay.ok) return abort({ kind: 'calendar-unavailable', detail: lastDay.error });

      const event = checkedEvent(
        {
          id: ids.uuid(),
          applicationId: record.applicationId,
          type: 'placed-on-shelf',
          at: now,
          by: actorOf(session),
          where: deskPlaceOf(session),
          shelfSlot: slot,
          storageLastDay: lastDay.value,
        },
        abort,
      );
      const next = applyEvent(record, event);
      if (!next.ok) throw new TypeError(`Placing on the shelf was refused: ${JSON.stringify(next.error)}`);
      await appendEvents(tables, [event], record.eventCount, now);
      const updated: ApplicationRecord = { ...record, ...next.value, syncState: 'pending' };
      await tables.applications.put(updated);
      return { record: updated, slot, storageLastDay: lastDay.value };
    },
  );
}
