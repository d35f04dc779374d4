import Dexie from 'dexie';
import {
  applyEvent,
  epochMillisOf,
  foldEvents,
  startApplication,
  type ApplicationEvent,
  type ApplicationState,
  type Instant,
  type Result,
} from '../../../shared/domain';
import { applicationContentSchema, applicationEventSchema } from '../../../shared/schemas';
import type { ServerEntry } from '../../../shared/sync';
import { dexieOf, type DeskDatabase } from '../database';
import { searchIinsOf, searchNamesOf } from '../internal/search-keys';
import { writeTransaction, type DeskTables, type StorageError } from '../internal/transactions';
import type { ApplicationRecord, EventRecord, QuarantineRecord } from '../records';
import { readProgress, writeProgress, type SyncProgress } from './sync-state';

export interface PulledPage {
  readonly entries: readonly ServerEntry[];
  /** The cursor to store (the server's answer). */
  readonly cursor: number;
  readonly serverEpoch: string;
  readonly serverTime: Instant;
  /** The desk's clock when the answer came. */
  readonly at: Instant;
}

export interface PullApplied {
  /** Events added to histories (including applications created from another workstation's acceptance). */
  readonly applied: number;
  /** Entries this desk already had (a repeated pull). */
  readonly duplicates: number;
  /** Rejections of this desk's events, now in quarantine. */
  readonly rejected: number;
  /** Events the desk could not take into a history, now in quarantine. */
  readonly unapplied: number;
  readonly progress: SyncProgress;
}

type Tables = Pick<DeskTables, 'applications' | 'events' | 'quarantine' | 'syncState'>;

async function historyOf(tables: Tables, applicationId: string): Promise<EventRecord[]> {
  return tables.events
    .where('[applicationId+position]')
    .between([applicationId, Dexie.minKey], [applicationId, Dexie.maxKey])
    .toArray();
}

/**
 * The state of a history that arrived from another workstation. Its 'drafted' event may not have
 * come (the server sends what concerns this desk): then the history starts at the acceptance, as
 * if drafted at the same moment.
 */
function foldArrived(events: readonly ApplicationEvent[]): Result<ApplicationState, unknown> {
  const folded = foldEvents(events);
  if (folded.ok || events[0]?.type === 'drafted') return folded;
  const accepted = events[0];
  if (accepted?.type !== 'accepted') return folded;
  const start = startApplication({ ...accepted, type: 'drafted', serviceId: accepted.application.serviceId });
  if (!start.ok) return start;
  let state: Result<ApplicationState, unknown> = start;
  for (const event of events) {
    if (!state.ok) return state;
    state = applyEvent(state.value, event);
  }
  if (state.ok) return { ok: true, value: { ...state.value, eventCount: events.length } };
  return state;
}

/** The projection of an application another workstation of this centre accepted. */
function arrivedRecord(
  history: readonly ApplicationEvent[],
  state: ApplicationState,
): ApplicationRecord | null {
  const accepted = history.find((event) => event.type === 'accepted');
  if (accepted?.type !== 'accepted') return null;
  const content = applicationContentSchema.safeParse(accepted.application);
  if (!content.success) return null;
  const application = content.data;
  const drafted = history.find((event) => event.type === 'drafted');
  const startedAt = drafted?.at ?? accepted.at;
  const people =
    application.representative === undefined
      ? [application.applicant]
      : [application.applicant, application.representative];
  return {
    ...state,
    applicantRole: application.applicantRole,
    applicant: application.applicant,
    representative: application.representative ?? null,
    receiptLanguage: application.receiptLanguage,
    content: application,
    calendarVersion: accepted.calendarVersion,
    queueTicket: null,
    serviceStartedAt: startedAt,
    intakeAt: accepted.at,
    serviceSeconds: Math.max(0, Math.round((epochMillisOf(accepted.at) - epochMillisOf(startedAt)) / 1000)),
    intakeBy: accepted.by,
    intakeWhere:
      accepted.where.kind === 'desk'
        ? { centreCode: accepted.where.centreCode, workstationCode: accepted.where.workstationCode }
        : { centreCode: '', workstationCode: '' },
    receiptCopiesPrinted: 0,
    // Another desk made these events; nothing of them waits in this desk's outbox.
    syncState: 'synced',
    searchIins: searchIinsOf(people),
    searchNames: searchNamesOf(people),
  };
}

type Outcome = 'applied' | 'duplicate' | 'rejected' | 'unapplied';

async function quarantineUnapplied(
  tables: Tables,
  row: Omit<Extract<QuarantineRecord, { kind: 'unapplied' }>, 'id' | 'kind'>,
): Promise<Outcome> {
  await tables.quarantine.put({ id: `unapplied:${row.eventId}`, kind: 'unapplied', ...row });
  return 'unapplied';
}

async function applyServerEvent(tables: Tables, wire: unknown, at: Instant): Promise<Outcome> {
  const envelope = wire as { readonly id: string; readonly applicationId: string };
  if ((await tables.events.get(envelope.id)) !== undefined) return 'duplicate';
  const parsed = applicationEventSchema.safeParse(wire);
  const common = { applicationId: envelope.applicationId, eventId: envelope.id, event: wire, recordedAt: at };
  if (!parsed.success) {
    return quarantineUnapplied(tables, { ...common, problem: 'invalid-event', detail: parsed.error.message });
  }
  const event: ApplicationEvent = parsed.data;
  const rows = await historyOf(tables, event.applicationId);
  const history = [...rows.map((row) => row.event), event];
  const record = await tables.applications.get(event.applicationId);
  if (record === undefined && !history.some((item) => item.type === 'accepted')) {
    // Another workstation's intake in progress: keep its first events until the acceptance arrives.
    if (event.type !== 'drafted') {
      return quarantineUnapplied(tables, {
        ...common,
        problem: 'unknown-application',
        detail: 'No accepted application for this event',
      });
    }
  }
  const state = record === undefined ? foldArrived(history) : foldEvents(history);
  if (!state.ok && (record !== undefined || event.type !== 'drafted')) {
    return quarantineUnapplied(tables, {
      ...common,
      problem: 'illegal-transition',
      detail: JSON.stringify(state.error),
    });
  }
  await tables.events.add({
    id: event.id,
    applicationId: event.applicationId,
    position: rows.length,
    deviceSeq: null,
    event,
    storedAt: at,
  });
  if (!state.ok) return 'applied';
  if (record !== undefined) {
    await tables.applications.put({ ...record, ...state.value });
  } else {
    const arrived = arrivedRecord(history, state.value);
    if (arrived !== null) await tables.applications.put(arrived);
  }
  // A pulled event answers an earlier quarantine of it (e.g. a retry after the history caught up).
  await tables.quarantine.delete(`unapplied:${event.id}`);
  return 'applied';
}

async function applyRejection(
  tables: Tables,
  entry: Extract<ServerEntry, { kind: 'event-rejected' }>,
  at: Instant,
): Promise<Outcome> {
  const id = `rejection:${entry.eventId}` as const;
  if ((await tables.quarantine.get(id)) !== undefined) return 'duplicate';
  const stored = await tables.events.get(entry.eventId);
  await tables.quarantine.put({
    id,
    kind: 'rejection',
    applicationId: entry.applicationId,
    eventId: entry.eventId,
    deviceSeq: entry.deviceSeq,
    reason: entry.reason,
    detail: entry.detail,
    rejectedAt: entry.at,
    event: stored?.event ?? null,
    recordedAt: at,
  });
  const record = await tables.applications.get(entry.applicationId);
  if (record !== undefined) await tables.applications.put({ ...record, syncState: 'rejected' });
  return 'rejected';
}

/**
 * Applies one pulled page and stores the new cursor in ONE transaction: a crash between the two
 * cannot skip or repeat anything. Idempotent by event id (a page pulled twice changes nothing).
 */
export async function applyPulledPage(
  db: DeskDatabase,
  page: PulledPage,
): Promise<Result<PullApplied, StorageError>> {
  return writeTransaction(
    dexieOf(db),
    ['applications', 'events', 'quarantine', 'syncState'],
    async (tables) => {
      const counts: Record<Outcome, number> = { applied: 0, duplicate: 0, rejected: 0, unapplied: 0 };
      for (const entry of page.entries) {
        const outcome =
          entry.kind === 'application-event'
            ? await applyServerEvent(tables, entry.event, page.at)
            : await applyRejection(tables, entry, page.at);
        counts[outcome] += 1;
      }
      const progress = await readProgress(tables);
      const updated: SyncProgress = {
        ...progress,
        cursor: page.cursor,
        serverEpoch: page.serverEpoch,
        skewMs: epochMillisOf(page.serverTime) - epochMillisOf(page.at),
      };
      await writeProgress(tables, updated);
      return {
        applied: counts.applied,
        duplicates: counts.duplicate,
        rejected: counts.rejected,
        unapplied: counts.unapplied,
        progress: updated,
      };
    },
  );
}
