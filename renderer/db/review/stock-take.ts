import {
  err,
  normalizeSlot,
  ok,
  parseReceiptNumber,
  type ApplicationStatus,
  type Result,
} from '../../../shared/domain';
import { nowFrom, type DeskSession, type WriteContext } from '../context';
import { dexieOf, type DeskDatabase } from '../database';
import { actorOf } from '../applications/application-events';
import {
  readTransaction,
  writeTransaction,
  type DeskTables,
  type StorageError,
} from '../internal/transactions';
import type { ApplicationRecord, StockTakeRecord, StockTakeScanRecord } from '../records';
import { readSetting } from '../settings/settings';
import { readShelfItems, supervisorsOnly, type ShelfItem, type SupervisorsOnlyError } from './shelf-review';

export type { StockTakeRecord, StockTakeScanRecord } from '../records';

/*
 * A stock-take: the supervisor starts one, every item on the shelf is scanned (its receipt
 * number, optionally after the slot label), and finishing compares the scans with what the
 * database says is on the shelf. Scans are rows keyed by [stockTakeId+receiptNumber], so the
 * same item scanned twice is one row: the second scan is reported as a duplicate and not stored.
 */

export type StockTakeError =
  | SupervisorsOnlyError
  | { readonly kind: 'not-found'; readonly stockTakeId: string }
  | { readonly kind: 'already-finished'; readonly stockTakeId: string }
  /** Nothing was scanned (an empty Enter). */
  | { readonly kind: 'empty-scan' }
  /** The slot label is not a slot of the shelf layout. */
  | { readonly kind: 'unknown-slot'; readonly slot: string }
  | StorageError;

/** What a scanned number is, as the database sees it now. */
export type ScanFinding =
  | { readonly kind: 'on-shelf'; readonly shelfSlot: string | null }
  /** On the shelf in the database, but the slot label scanned before it names another slot. */
  | { readonly kind: 'wrong-slot'; readonly shelfSlot: string | null; readonly foundIn: string }
  /** No application of this desk has the number (or it is not a receipt number at all). */
  | { readonly kind: 'unknown' }
  /** An application that should not be on the shelf: issued, returned, not ready yet… */
  | { readonly kind: 'not-on-shelf'; readonly status: ApplicationStatus };

export interface ScanOutcome {
  /** 'duplicate': this stock-take has the number already; nothing was stored. */
  readonly kind: 'recorded' | 'duplicate';
  readonly scan: StockTakeScanRecord;
  readonly finding: ScanFinding;
}

export interface StockTakeScanInput {
  readonly stockTakeId: string;
  /** The receipt number as the scanner (or the keyboard) gave it. */
  readonly scanned: string;
  /** The slot label scanned before it, if any. */
  readonly slot?: string | null | undefined;
}

/** The canonical spelling of a scanned receipt number (upper case, trimmed); other text as typed, trimmed. */
export function canonicalScan(scanned: string): string {
  const text = scanned.trim().toUpperCase();
  return parseReceiptNumber(text).ok ? text : scanned.trim();
}

export function findingOf(record: ApplicationRecord | undefined, foundIn: string | null): ScanFinding {
  if (record === undefined) return { kind: 'unknown' };
  if (record.status !== 'on-shelf') return { kind: 'not-on-shelf', status: record.status };
  if (foundIn !== null && record.shelfSlot !== null && foundIn !== record.shelfSlot)
    return { kind: 'wrong-slot', shelfSlot: record.shelfSlot, foundIn };
  return { kind: 'on-shelf', shelfSlot: record.shelfSlot };
}

async function openStockTakeOf(tables: DeskTables): Promise<StockTakeRecord | undefined> {
  const all = await tables.stockTakes.orderBy('startedAt').reverse().toArray();
  return all.find((row) => row.finishedAt === null);
}

/**
 * Starts a stock-take, or returns the one that is still open (a reload or another supervisor's
 * unfinished one): there is one shelf, so one stock-take at a time.
 */
export async function startStockTake(
  db: DeskDatabase,
  context: WriteContext,
): Promise<Result<{ readonly stockTake: StockTakeRecord; readonly resumed: boolean }, StockTakeError>> {
  const refused = supervisorsOnly(context.session);
  if (refused !== null) return err(refused);
  const now = nowFrom(context.clock);
  return writeTransaction(dexieOf(db), ['stockTakes'], async (tables) => {
    const open = await openStockTakeOf(tables);
    if (open !== undefined) return { stockTake: open, resumed: true };
    const stockTake: StockTakeRecord = {
      id: context.ids.uuid(),
      startedAt: now,
      startedBy: actorOf(context.session),
      finishedAt: null,
    };
    await tables.stockTakes.add(stockTake);
    return { stockTake, resumed: false };
  });
}

/** Records one scan (ignoring a repeat) and says what the number is. */
export async function recordStockTakeScan(
  db: DeskDatabase,
  input: StockTakeScanInput,
  context: WriteContext,
): Promise<Result<ScanOutcome, StockTakeError>> {
  const refused = supervisorsOnly(context.session);
  if (refused !== null) return err(refused);
  const receiptNumber = canonicalScan(input.scanned);
  if (receiptNumber === '') return err({ kind: 'empty-scan' });
  const slotText = input.slot?.trim() ?? '';
  const now = nowFrom(context.clock);
  return writeTransaction<ScanOutcome, StockTakeError>(
    dexieOf(db),
    ['stockTakes', 'stockTakeScans', 'applications', 'settings'],
    async (tables, abort) => {
      const stockTake = await tables.stockTakes.get(input.stockTakeId);
      if (stockTake === undefined) return abort({ kind: 'not-found', stockTakeId: input.stockTakeId });
      if (stockTake.finishedAt !== null)
        return abort({ kind: 'already-finished', stockTakeId: input.stockTakeId });
      let slot: string | null = null;
      if (slotText !== '') {
        slot = normalizeSlot(await readSetting(tables.settings, 'shelfLayout'), slotText);
        if (slot === null) return abort({ kind: 'unknown-slot', slot: slotText });
      }
      const record = await tables.applications.where('receiptNumber').equals(receiptNumber).first();
      const earlier = await tables.stockTakeScans.get([input.stockTakeId, receiptNumber]);
      if (earlier !== undefined)
        return { kind: 'duplicate', scan: earlier, finding: findingOf(record, earlier.slot) };
      const scan: StockTakeScanRecord = {
        stockTakeId: input.stockTakeId,
        receiptNumber,
        scannedAt: now,
        slot,
      };
      await tables.stockTakeScans.add(scan);
      return { kind: 'recorded', scan, finding: findingOf(record, slot) };
    },
  );
}

export interface UnexpectedItem {
  readonly receiptNumber: string;
  readonly slot: string | null;
  /** null: no application has the number. */
  readonly status: ApplicationStatus | null;
}

export interface MisplacedItem {
  readonly receiptNumber: string;
  readonly shelfSlot: string | null;
  readonly foundIn: string;
}

export interface StockTakeReport {
  readonly stockTake: StockTakeRecord;
  readonly scans: readonly StockTakeScanRecord[];
  /** How many items the database says are on the shelf. */
  readonly onShelf: number;
  /** On the shelf in the database, not scanned — by slot, then receipt number. */
  readonly missing: readonly ShelfItem[];
  /** Scanned, not on the shelf in the database: unknown numbers, issued, returned… — in scan order. */
  readonly unexpected: readonly UnexpectedItem[];
  /** Scanned in another slot than the database records. */
  readonly misplaced: readonly MisplacedItem[];
}

function bySlot(a: ShelfItem, b: ShelfItem): number {
  const left = `${a.shelfSlot ?? ''} ${a.receiptNumber}`;
  const right = `${b.shelfSlot ?? ''} ${b.receiptNumber}`;
  return left < right ? -1 : left > right ? 1 : 0;
}

async function reportOf(
  tables: DeskTables,
  stockTake: StockTakeRecord,
  session: DeskSession,
): Promise<StockTakeReport> {
  const scans = (await tables.stockTakeScans.where('stockTakeId').equals(stockTake.id).toArray()).sort(
    (a, b) => (a.scannedAt < b.scannedAt ? -1 : a.scannedAt > b.scannedAt ? 1 : 0),
  );
  const shelf = (await readShelfItems(tables, session.centre.timeZone)).filter(
    (item) => item.status === 'on-shelf',
  );
  const scanned = new Set(scans.map((scan) => scan.receiptNumber));
  const onShelf = new Map(shelf.map((item) => [item.receiptNumber, item]));
  const missing = shelf.filter((item) => !scanned.has(item.receiptNumber)).sort(bySlot);
  const notOnShelf = scans.filter((scan) => !onShelf.has(scan.receiptNumber));
  const records = await tables.applications
    .where('receiptNumber')
    .anyOf(notOnShelf.map((scan) => scan.receiptNumber))
    .toArray();
  const statusOf = new Map(records.map((record) => [record.receiptNumber, record.status]));
  const unexpected = notOnShelf.map((scan) => ({
    receiptNumber: scan.receiptNumber,
    slot: scan.slot,
    status: statusOf.get(scan.receiptNumber) ?? null,
  }));
  const misplaced: MisplacedItem[] = [];
  for (const scan of scans) {
    const item = onShelf.get(scan.receiptNumber);
    if (item !== undefined && scan.slot !== null && item.shelfSlot !== null && scan.slot !== item.shelfSlot)
      misplaced.push({ receiptNumber: scan.receiptNumber, shelfSlot: item.shelfSlot, foundIn: scan.slot });
  }
  return { stockTake, scans, onShelf: shelf.length, missing, unexpected, misplaced };
}

/** Ends the stock-take and compares: what is missing, what should not be there, what lies elsewhere. */
export async function finishStockTake(
  db: DeskDatabase,
  stockTakeId: string,
  context: WriteContext,
): Promise<Result<StockTakeReport, StockTakeError>> {
  const refused = supervisorsOnly(context.session);
  if (refused !== null) return err(refused);
  const now = nowFrom(context.clock);
  return writeTransaction<StockTakeReport, StockTakeError>(
    dexieOf(db),
    ['stockTakes', 'stockTakeScans', 'applications', 'events'],
    async (tables, abort) => {
      const stockTake = await tables.stockTakes.get(stockTakeId);
      if (stockTake === undefined) return abort({ kind: 'not-found', stockTakeId });
      if (stockTake.finishedAt !== null) return abort({ kind: 'already-finished', stockTakeId });
      const finished: StockTakeRecord = { ...stockTake, finishedAt: now };
      await tables.stockTakes.put(finished);
      return reportOf(tables, finished, context.session);
    },
  );
}

export interface StockTakeView {
  /** The stock-take in progress, or the last one finished (null: none ever). */
  readonly stockTake: StockTakeRecord | null;
  /** Its scans, latest first. */
  readonly scans: readonly StockTakeScanRecord[];
}

/**
 * The stock-take the screen shows: the open one, or the last finished one, with its scans. The
 * comparison with the shelf is not made here (it reads the whole shelf): finishStockTake answers
 * it, and readStockTakeReport makes it again on request.
 */
export async function readStockTake(
  db: DeskDatabase,
  session: DeskSession,
): Promise<Result<StockTakeView, SupervisorsOnlyError>> {
  const refused = supervisorsOnly(session);
  if (refused !== null) return err(refused);
  return readTransaction(dexieOf(db), ['stockTakes', 'stockTakeScans'], async (tables) => {
    const latest = await tables.stockTakes.orderBy('startedAt').last();
    const shown = (await openStockTakeOf(tables)) ?? latest;
    if (shown === undefined) return ok({ stockTake: null, scans: [] });
    const scans = await tables.stockTakeScans.where('stockTakeId').equals(shown.id).toArray();
    scans.sort((a, b) => (a.scannedAt < b.scannedAt ? 1 : a.scannedAt > b.scannedAt ? -1 : 0));
    return ok({ stockTake: shown, scans });
  });
}

/** A finished stock-take compared again with the shelf as it is now (a reprint of its act after a reload). */
export async function readStockTakeReport(
  db: DeskDatabase,
  stockTakeId: string,
  session: DeskSession,
): Promise<Result<StockTakeReport, StockTakeError>> {
  const refused = supervisorsOnly(session);
  if (refused !== null) return err(refused);
  return readTransaction(
    dexieOf(db),
    ['stockTakes', 'stockTakeScans', 'applications', 'events'],
    async (tables): Promise<Result<StockTakeReport, StockTakeError>> => {
      const stockTake = await tables.stockTakes.get(stockTakeId);
      if (stockTake === undefined) return err({ kind: 'not-found', stockTakeId });
      return ok(await reportOf(tables, stockTake, session));
    },
  );
}
