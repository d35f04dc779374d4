/*
 * Bench-only page for the shelf benchmarks (test/bench/shelf-review.bench.mjs), built by that
 * benchmark into <dist>/shelf-harness/ and served from the app's origin, so it opens the app's own
 * IndexedDB database ('counter-desk').
 *
 * It puts items on the shelf the way they reach a real desk, through the app's own code:
 *   1. the applications are accepted by the bench harness's `seed` (bench-harness.ts: the app's
 *      intake checks and `recordIntakeDecision`, then the sync engine's acknowledgement);
 *   2. the rest of their life arrives as pulled pages through `applyPulledPage` (the sync engine's
 *      own repository, which checks every event against the event schema and the life cycle): the
 *      provider's sent-to-provider, taken-into-work and result-ready, and the 'placed-on-shelf'
 *      another workstation of the centre recorded, with its slot and the last day of its shelf
 *      month from the domain's `shelfStorageLastDay` (centre calendar, one month).
 * The shelf layout is the app's 'shelfLayout' setting (setSetting), sized to hold every item.
 */
import './bench-harness';
import {
  applyPulledPage,
  finishStockTake,
  getSyncProgress,
  openDeskDatabase,
  readShelfReview,
  recordStockTakeScan,
  setSetting,
  signIn,
  startStockTake,
  type DeskDatabase,
  type DeskSession,
} from '../../../renderer/db';
import { dexieOf } from '../../../renderer/db/database';
import {
  buildWorkCalendar,
  kazakhstanCalendar,
  shelfSlots,
  shelfStorageLastDay,
  type ShelfLayout,
} from '../../../shared/domain';
import type { ServerEntry } from '../../../shared/sync';

let opened: Promise<DeskDatabase> | undefined;
function database(): Promise<DeskDatabase> {
  opened ??= openDeskDatabase().then((answer) => {
    if (!answer.ok) throw new Error(`The desk database did not open: ${JSON.stringify(answer.error)}`);
    return answer.value;
  });
  return opened;
}

async function supervisorSession(): Promise<DeskSession> {
  const bench = window.cdBench;
  if (bench === undefined) throw new Error('The bench harness is not loaded');
  await bench.ensureSetUp();
  const signedIn = await signIn(await database(), bench.benchDesk.supervisor);
  if (!signedIn.ok) throw new Error(`Sign-in failed: ${JSON.stringify(signedIn.error)}`);
  return signedIn.value;
}

/** A layout of `racks` racks of 20 rows × 50 slots (1,000 slots a rack). */
export function benchLayout(items: number): ShelfLayout {
  const racks = Math.max(1, Math.ceil(items / 1000));
  return {
    racks: Array.from({ length: racks }, (_, index) => ({
      code: index < 26 ? String.fromCharCode(65 + index) : `R${index}`,
      rows: 20,
      slotsPerRow: 50,
    })),
  };
}

const provider = {
  by: { userId: 'provider-bench', name: 'Ержан Бекұлы' },
  where: { kind: 'provider', providerId: '050140001238' },
};
const otherWorkstation = {
  by: { userId: 'clerk-bench', name: 'Дана Ахметова' },
  where: { kind: 'desk', centreCode: 'ALM01', workstationCode: '04' },
};

export interface ShelfSeedReport {
  readonly accepted: number;
  readonly placed: number;
  readonly seedMs: number;
}

/**
 * Accepts `count` applications (bench-harness seed) and places each on the shelf: placed over the
 * `spreadDays` days before today, one item a slot.
 */
async function seedShelf(options: { count: number; spreadDays?: number }): Promise<ShelfSeedReport> {
  const started = performance.now();
  const bench = window.cdBench;
  if (bench === undefined) throw new Error('The bench harness is not loaded');
  const db = await database();
  const dexie = dexieOf(db);
  // Only recent intake days: results are ready within the service term, so the items are recent too.
  const from = new Date(Date.now() - 120 * 86_400_000).toISOString().slice(0, 10);
  await bench.seed({ count: options.count, fromDate: from });
  const session = await supervisorSession();
  const layout = benchLayout(options.count);
  const saved = await setSetting(db, 'shelfLayout', layout);
  if (!saved.ok) throw new Error(`The layout was not saved: ${JSON.stringify(saved.error)}`);
  const slots = shelfSlots(layout);
  const calendar = buildWorkCalendar(kazakhstanCalendar, 'five-day');
  if (!calendar.ok) throw new Error('The bundled calendar does not build');

  const ids = (await dexie.applications.where('status').equals('accepted').primaryKeys()) as string[];
  const spread = options.spreadDays ?? 40;
  let serverSeq = (await getSyncProgress(db)).cursor;
  let placed = 0;
  const pageSize = 250;
  for (let start = 0; start < ids.length; start += pageSize) {
    const entries: ServerEntry[] = [];
    for (const [offset, applicationId] of ids.slice(start, start + pageSize).entries()) {
      const index = start + offset;
      // Placed between `spread` days ago and today, at 11:00 in Almaty.
      const daysAgo = index % (spread + 1);
      const placedAt = new Date(
        Date.parse(`${new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10)}T06:00:00.000Z`),
      ).toISOString();
      const readyAt = new Date(Date.parse(placedAt) - 3_600_000).toISOString();
      const lastDay = shelfStorageLastDay({
        placedAt,
        centre: session.centre,
        centreCalendar: calendar.value,
        storageMonths: 1,
      });
      if (!lastDay.ok) throw new Error(`No last day for ${placedAt}`);
      const events = [
        { type: 'sent-to-provider', at: readyAt, ...provider, providerId: '050140001238' },
        { type: 'taken-into-work', at: readyAt, ...provider },
        {
          type: 'result-ready',
          at: readyAt,
          ...provider,
          resultKind: 'duplicate-general-secondary-attestation',
        },
        {
          type: 'placed-on-shelf',
          at: placedAt,
          ...otherWorkstation,
          shelfSlot: slots[index % slots.length] ?? 'A-1-01',
          storageLastDay: lastDay.value,
        },
      ];
      for (const event of events) {
        serverSeq += 1;
        entries.push({
          kind: 'application-event',
          serverSeq,
          event: { id: crypto.randomUUID(), applicationId, ...event },
        } as ServerEntry);
      }
    }
    const now = new Date().toISOString();
    const applied = await applyPulledPage(db, {
      entries,
      cursor: serverSeq,
      serverEpoch: 'bench-seed',
      serverTime: now,
      at: now,
    });
    if (!applied.ok) throw new Error(`A pulled page failed: ${JSON.stringify(applied.error)}`);
    if (applied.value.unapplied !== 0)
      throw new Error(`Events did not apply: ${JSON.stringify(applied.value)}`);
    placed += applied.value.applied / 4;
  }
  return { accepted: ids.length, placed, seedMs: performance.now() - started };
}

async function onShelfCount(): Promise<number> {
  return dexieOf(await database())
    .applications.where('status')
    .equals('on-shelf')
    .count();
}

/** Receipt numbers of `n` items on the shelf, spread over the whole shelf (setup, not timed). */
async function shelfReceiptNumbers(n: number): Promise<string[]> {
  const all = await dexieOf(await database())
    .applications.where('status')
    .equals('on-shelf')
    .toArray();
  const step = Math.max(1, Math.floor(all.length / n));
  const picked: string[] = [];
  for (let index = 0; index < all.length && picked.length < n; index += step) {
    const number = all[index]?.receiptNumber;
    if (number) picked.push(number);
  }
  return picked;
}

/**
 * The repository alone: `recordStockTakeScan` per number in a new stock-take, ms each; then
 * `finishStockTake` (the comparison with the whole shelf), ms.
 */
async function repositoryScans(
  numbers: readonly string[],
): Promise<{ scans: number[]; finishMs: number; missing: number }> {
  const db = await database();
  const session = await supervisorSession();
  const context = {
    clock: { now: () => new Date().toISOString() },
    ids: { uuid: () => crypto.randomUUID() },
    session,
  };
  const started = await startStockTake(db, context);
  if (!started.ok) throw new Error(`No stock-take: ${JSON.stringify(started.error)}`);
  const times: number[] = [];
  for (const scanned of numbers) {
    const at = performance.now();
    const outcome = await recordStockTakeScan(
      db,
      { stockTakeId: started.value.stockTake.id, scanned },
      context,
    );
    times.push(performance.now() - at);
    if (!outcome.ok || outcome.value.finding.kind !== 'on-shelf')
      throw new Error(`Scan of ${scanned} answered ${JSON.stringify(outcome)}`);
  }
  const at = performance.now();
  const finished = await finishStockTake(db, started.value.stockTake.id, context);
  const finishMs = performance.now() - at;
  if (!finished.ok) throw new Error(`Finishing failed: ${JSON.stringify(finished.error)}`);
  return { scans: times, finishMs, missing: finished.value.missing.length };
}

/** The review's repository alone (`readShelfReview`), ms per call, and a raw getAll of the same rows for scale. */
async function timeReview(rounds: number): Promise<{ repository: number[]; rawGetAll: number[] }> {
  const db = await database();
  const session = await supervisorSession();
  const clock = { now: () => new Date().toISOString() };
  const repository: number[] = [];
  const rawGetAll: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    let at = performance.now();
    const review = await readShelfReview(db, clock, session);
    repository.push(performance.now() - at);
    if (!review.ok) throw new Error('The review was refused');
    at = performance.now();
    await dexieOf(db).applications.where('status').equals('on-shelf').toArray();
    rawGetAll.push(performance.now() - at);
  }
  return { repository, rawGetAll };
}

const shelfHarness = { seedShelf, onShelfCount, shelfReceiptNumbers, repositoryScans, timeReview };
export type ShelfHarness = typeof shelfHarness;

declare global {
  interface Window {
    cdShelfBench?: ShelfHarness;
  }
}

window.cdShelfBench = shelfHarness;
document.body.dataset.shelfReady = 'true';
