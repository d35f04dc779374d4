import Dexie from 'dexie';
import {
  applyEvent,
  findService,
  isShelfStorageOver,
  localDateOf,
  providerReturnDueDate,
  type ApplicationEvent,
  type CalendarError,
  type CalendarDataError,
  type LocalDate,
  type Result,
} from '../../../shared/domain';
import { getWorkCalendar } from '../calendar/work-calendar';
import { nowFrom, type WriteContext } from '../context';
import { dexieOf, type DeskDatabase } from '../database';
import {
  readTransaction,
  writeTransaction,
  type DeskTables,
  type StorageError,
} from '../internal/transactions';
import { listProviders } from '../providers/providers';
import type { ApplicationRecord, EventRecord, ReturnBatchRecord } from '../records';
import {
  actorOf,
  appendEvents,
  checkedEvent,
  deskPlaceOf,
  type InvalidEventError,
} from '../applications/application-events';

/** The provider an application was sent to, as its accepted content names it. */
export interface ReturnProvider {
  readonly bin: string;
  readonly name: { readonly kk: string; readonly ru: string };
}

/** The items of one provider whose shelf month is over. */
export interface DueForReturnGroup {
  readonly provider: ReturnProvider;
  readonly applications: readonly ApplicationRecord[];
}

function providerBinOf(record: ApplicationRecord): string | null {
  return record.content?.provider?.bin ?? null;
}

async function providerNames(db: DeskDatabase): Promise<Map<string, ReturnProvider['name']>> {
  return new Map((await listProviders(db)).map((entry) => [entry.bin, entry.name]));
}

function providerOf(
  record: ApplicationRecord,
  names: Map<string, ReturnProvider['name']>,
): ReturnProvider | null {
  const provider = record.content?.provider;
  if (provider === undefined) return null;
  return { bin: provider.bin, name: names.get(provider.bin) ?? { kk: provider.name, ru: provider.name } };
}

/** 'on-shelf' items whose last storage day is before `today`, from the [status+storageLastDay] index. */
async function dueRecords(
  tables: Pick<DeskTables, 'applications'>,
  today: LocalDate,
): Promise<ApplicationRecord[]> {
  const rows = await tables.applications
    .where('[status+storageLastDay]')
    .between(['on-shelf', Dexie.minKey], ['on-shelf', today], true, false)
    .toArray();
  return rows.filter((row) => row.storageLastDay !== null && isShelfStorageOver(row.storageLastDay, today));
}

/**
 * What is due for return on `today` (the centre's local date): items on the shelf past their
 * storage month, grouped by the provider they go back to, oldest last day first.
 */
export async function listDueForReturn(db: DeskDatabase, today: LocalDate): Promise<DueForReturnGroup[]> {
  const names = await providerNames(db);
  const records = await readTransaction(dexieOf(db), ['applications'], (tables) => dueRecords(tables, today));
  const groups = new Map<string, { provider: ReturnProvider; applications: ApplicationRecord[] }>();
  for (const record of records) {
    const provider = providerOf(record, names);
    if (provider === null) continue;
    const group = groups.get(provider.bin) ?? { provider, applications: [] };
    group.applications.push(record);
    groups.set(provider.bin, group);
  }
  return [...groups.values()].sort((a, b) => a.provider.name.kk.localeCompare(b.provider.name.kk, 'kk'));
}

export type CreateReturnBatchError =
  /** Only a supervisor hands results back to a provider. */
  | { readonly kind: 'not-allowed' }
  | { readonly kind: 'empty' }
  /** An item is not on the shelf past its month any more, or belongs to another provider. */
  | { readonly kind: 'not-due'; readonly applicationId: string }
  | InvalidEventError
  | StorageError;

export interface CreateReturnBatchInput {
  readonly providerBin: string;
  readonly applicationIds: readonly string[];
}

/**
 * A return to one provider, by a supervisor: ONE transaction writes the batch and, per item, a
 * 'returned-to-provider' event with the batch id (outboxed; the slot becomes free). Every item
 * must be on the shelf past its month and addressed to that provider, or nothing is written.
 */
export async function createReturnBatch(
  db: DeskDatabase,
  input: CreateReturnBatchInput,
  context: WriteContext,
): Promise<Result<ReturnBatchRecord, CreateReturnBatchError>> {
  const { session, ids } = context;
  if (session.user.role !== 'supervisor') return { ok: false, error: { kind: 'not-allowed' } };
  if (input.applicationIds.length === 0) return { ok: false, error: { kind: 'empty' } };
  const now = nowFrom(context.clock);
  const today = localDateOf(now, session.centre.timeZone);
  const names = await providerNames(db);
  const batchId = ids.uuid();
  return writeTransaction<ReturnBatchRecord, CreateReturnBatchError>(
    dexieOf(db),
    ['applications', 'events', 'outbox', 'counters', 'returnBatches'],
    async (tables, abort) => {
      let providerName: ReturnProvider['name'] | null = null;
      for (const applicationId of new Set(input.applicationIds)) {
        const record = await tables.applications.get(applicationId);
        if (
          record?.status !== 'on-shelf' ||
          record.storageLastDay === null ||
          !isShelfStorageOver(record.storageLastDay, today) ||
          providerBinOf(record) !== input.providerBin
        ) {
          return abort({ kind: 'not-due', applicationId });
        }
        providerName ??= providerOf(record, names)?.name ?? null;
        const event = checkedEvent(
          {
            id: ids.uuid(),
            applicationId,
            type: 'returned-to-provider',
            at: now,
            by: actorOf(session),
            where: deskPlaceOf(session),
            batchId,
          },
          abort,
        );
        const next = applyEvent(record, event);
        if (!next.ok) throw new TypeError(`A return was refused: ${JSON.stringify(next.error)}`);
        await appendEvents(tables, [event], record.eventCount, now);
        await tables.applications.put({ ...record, ...next.value, syncState: 'pending' });
      }
      const batch: ReturnBatchRecord = {
        id: batchId,
        providerBin: input.providerBin,
        providerName: providerName ?? { kk: input.providerBin, ru: input.providerBin },
        applicationIds: [...new Set(input.applicationIds)],
        createdAt: now,
        createdBy: actorOf(session),
        actPrintedAt: null,
      };
      await tables.returnBatches.add(batch);
      return batch;
    },
  );
}

/** One item of a batch as the act and the screen show it. */
export interface ReturnBatchItem {
  readonly record: ApplicationRecord;
  /** The slot it left (from its last placement on the shelf). */
  readonly slot: string | null;
  /** The provider confirmed receiving it ('return-received' with this batch id). */
  readonly received: boolean;
}

export interface ReturnBatchView {
  readonly batch: ReturnBatchRecord;
  readonly items: readonly ReturnBatchItem[];
  /** Every item is confirmed by the provider. */
  readonly confirmed: boolean;
}

async function historyOf(tables: Pick<DeskTables, 'events'>, applicationId: string): Promise<EventRecord[]> {
  return tables.events
    .where('[applicationId+position]')
    .between([applicationId, Dexie.minKey], [applicationId, Dexie.maxKey])
    .toArray();
}

function itemOf(
  record: ApplicationRecord,
  history: readonly ApplicationEvent[],
  batchId: string,
): ReturnBatchItem {
  const returnedAt = history.findIndex(
    (event) => event.type === 'returned-to-provider' && event.batchId === batchId,
  );
  const slot =
    history
      .slice(0, returnedAt === -1 ? history.length : returnedAt)
      .reverse()
      .find((event) => event.type === 'placed-on-shelf')?.shelfSlot ?? null;
  return {
    record,
    slot: typeof slot === 'string' ? slot : null,
    received: history.some((event) => event.type === 'return-received' && event.batchId === batchId),
  };
}

async function viewOf(tables: Pick<DeskTables, 'applications' | 'events'>, batch: ReturnBatchRecord) {
  const items: ReturnBatchItem[] = [];
  for (const applicationId of batch.applicationIds) {
    const record = await tables.applications.get(applicationId);
    if (record === undefined) continue;
    const history = (await historyOf(tables, applicationId)).map((row) => row.event);
    items.push(itemOf(record, history, batch.id));
  }
  return { batch, items, confirmed: items.length > 0 && items.every((item) => item.received) };
}

/** The return batches made at this desk, newest first, with what the provider has confirmed. */
export async function listReturnBatches(db: DeskDatabase): Promise<ReturnBatchView[]> {
  return readTransaction(dexieOf(db), ['returnBatches', 'applications', 'events'], async (tables) => {
    const batches = await tables.returnBatches.orderBy('createdAt').reverse().toArray();
    const views: ReturnBatchView[] = [];
    for (const batch of batches) views.push(await viewOf(tables, batch));
    return views;
  });
}

export async function getReturnBatch(
  db: DeskDatabase,
  batchId: string,
): Promise<ReturnBatchView | undefined> {
  return readTransaction(dexieOf(db), ['returnBatches', 'applications', 'events'], async (tables) => {
    const batch = await tables.returnBatches.get(batchId);
    return batch === undefined ? undefined : viewOf(tables, batch);
  });
}

/** Notes when the batch's transfer act was printed (after the host reported it printed). */
export async function recordTransferActPrinted(
  db: DeskDatabase,
  batchId: string,
  context: Pick<WriteContext, 'clock'>,
): Promise<Result<ReturnBatchRecord, { readonly kind: 'not-found' } | StorageError>> {
  const now = nowFrom(context.clock);
  return writeTransaction<ReturnBatchRecord, { readonly kind: 'not-found' }>(
    dexieOf(db),
    ['returnBatches'],
    async (tables, abort) => {
      const batch = await tables.returnBatches.get(batchId);
      if (batch === undefined) return abort({ kind: 'not-found' });
      const updated = { ...batch, actPrintedAt: now };
      await tables.returnBatches.put(updated);
      return updated;
    },
  );
}

export type FileReRequestError =
  | { readonly kind: 'not-found' }
  /** Only a result returned to the provider is re-requested. */
  | { readonly kind: 'not-returned' }
  | { readonly kind: 'no-shelf-rule'; readonly serviceId: string }
  | { readonly kind: 'calendar'; readonly error: CalendarError | CalendarDataError }
  | InvalidEventError
  | StorageError;

/**
 * The applicant came after the return: ONE transaction writes the 're-requested' event with the
 * provider's deadline (its working days in the PROVIDER's five-day calendar), outbox and projection.
 * Any clerk may file it.
 */
export async function fileReRequest(
  db: DeskDatabase,
  applicationId: string,
  context: WriteContext,
): Promise<Result<ApplicationRecord, FileReRequestError>> {
  const { session, ids } = context;
  const now = nowFrom(context.clock);
  const calendar = await getWorkCalendar(db, 'five-day');
  if (!calendar.ok) return { ok: false, error: { kind: 'calendar', error: calendar.error } };
  return writeTransaction<ApplicationRecord, FileReRequestError>(
    dexieOf(db),
    ['applications', 'events', 'outbox', 'counters'],
    async (tables, abort) => {
      const record = await tables.applications.get(applicationId);
      if (record === undefined) return abort({ kind: 'not-found' });
      if (record.status !== 'returned-to-provider') return abort({ kind: 'not-returned' });
      const rule = findService(record.serviceId)?.shelf;
      if (rule === undefined) return abort({ kind: 'no-shelf-rule', serviceId: record.serviceId });
      const due = providerReturnDueDate({
        requestedAt: now,
        timeZone: session.centre.timeZone,
        providerCalendar: calendar.value,
        workingDays: rule.providerReturnWorkingDays,
      });
      if (!due.ok) return abort({ kind: 'calendar', error: due.error });
      const event = checkedEvent(
        {
          id: ids.uuid(),
          applicationId,
          type: 're-requested',
          at: now,
          by: actorOf(session),
          where: deskPlaceOf(session),
          providerDueDate: due.value,
        },
        abort,
      );
      const next = applyEvent(record, event);
      if (!next.ok) throw new TypeError(`A re-request was refused: ${JSON.stringify(next.error)}`);
      await appendEvents(tables, [event], record.eventCount, now);
      const updated: ApplicationRecord = { ...record, ...next.value, syncState: 'pending' };
      await tables.applications.put(updated);
      return updated;
    },
  );
}

export interface ReRequestView {
  readonly record: ApplicationRecord;
  /** The provider recorded the result as dispatched after the re-request. */
  readonly dispatched: boolean;
  /** Past the provider's deadline and not dispatched. */
  readonly late: boolean;
}

/** Re-requests waiting for the result to come back, earliest deadline first. */
export async function listReRequests(db: DeskDatabase, today: LocalDate): Promise<ReRequestView[]> {
  return readTransaction(dexieOf(db), ['applications', 'events'], async (tables) => {
    const records = await tables.applications.where('status').equals('re-requested').toArray();
    const views: ReRequestView[] = [];
    for (const record of records) {
      const history = (await historyOf(tables, record.applicationId)).map((row) => row.event);
      const lastAsked = history.map((event) => event.type).lastIndexOf('re-requested');
      const dispatched = history.slice(lastAsked + 1).some((event) => event.type === 'dispatched-to-centre');
      const late = !dispatched && record.providerDueDate !== null && record.providerDueDate < today;
      views.push({ record, dispatched, late });
    }
    return views.sort((a, b) =>
      (a.record.providerDueDate ?? '').localeCompare(b.record.providerDueDate ?? ''),
    );
  });
}
