import type { Kysely } from 'kysely';
import {
  assertNever,
  findService,
  isLocalDate,
  resultKinds,
  type ApplicationEvent,
  type ApplicationStatus,
  type EventActor,
  type Instant,
  type ResultKind,
} from '../../shared/domain';
import type { EventRejectionReason } from '../../shared/sync';
import type { ServerDatabase } from '../db/open';
import type { Database } from '../db/schema';
import { recordProviderEvent, recordProviderEvents } from '../sync/provider-events';
import {
  findApplication,
  listProviderApplications,
  stateOf,
  type ApplicationRow as StoredApplication,
} from '../store/applications';
import { newId } from '../store/ids';
import type { ApplicationDetail, ApplicationRow, ConsoleUser, ConsoleView, HistoryLine } from './view-models';

/** Which statuses each tab of the console lists. 'to-dispatch' is narrowed further to undispatched ones. */
const viewStatuses: Readonly<Record<ConsoleView, readonly ApplicationStatus[]>> = {
  incoming: ['sent-to-provider'],
  'in-work': ['in-progress'],
  'to-dispatch': ['result-ready', 're-requested'],
  're-requests': ['re-requested'],
  all: [
    'sent-to-provider',
    'in-progress',
    'result-ready',
    'on-shelf',
    'issued',
    'returned-to-provider',
    're-requested',
  ],
};

/** Events that ask the provider to dispatch something, and the event that says it did. */
const dispatchDue = new Set(['result-ready', 're-requested']);

function applicantNameOf(snapshot: string | null): string {
  if (snapshot === null) return '';
  const applicant = (
    JSON.parse(snapshot) as { applicant?: { surname?: string; givenName?: string; patronymic?: string } }
  ).applicant;
  return [applicant?.surname, applicant?.givenName, applicant?.patronymic].filter(Boolean).join(' ');
}

/** Per application: has the latest result or re-request been dispatched? From the events, in server order. */
async function dispatchedFlags(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, boolean>> {
  const flags = new Map<string, boolean>();
  if (ids.length === 0) return flags;
  const rows = await db
    .selectFrom('events')
    .select(['application_id', 'type'])
    .where('application_id', 'in', [...ids])
    .where('kind', '=', 'application-event')
    .where('outcome', '=', 'applied')
    .where('type', 'in', ['result-ready', 're-requested', 'dispatched-to-centre'])
    .orderBy('server_seq')
    .execute();
  for (const row of rows) flags.set(row.application_id, !dispatchDue.has(row.type));
  return flags;
}

function rowOf(stored: StoredApplication, dispatched: boolean): ApplicationRow {
  const state = stateOf(stored);
  return {
    id: stored.id,
    receiptNumber: stored.receipt_number,
    serviceId: stored.service_id,
    applicantName: applicantNameOf(stored.snapshot),
    centreCode: stored.centre_code,
    status: state.status,
    dueDate: stored.due_date !== null && isLocalDate(stored.due_date) ? stored.due_date : null,
    providerDueDate: state.providerDueDate ?? null,
    acceptedAt: stored.accepted_at,
    dispatched,
  };
}

export async function listApplications(
  db: Kysely<Database>,
  user: ConsoleUser,
  view: ConsoleView,
): Promise<ApplicationRow[]> {
  const stored = await listProviderApplications(db, user.providerBin, viewStatuses[view]);
  const flags = await dispatchedFlags(
    db,
    stored.map((row) => row.id),
  );
  const rows = stored.map((row) => rowOf(row, flags.get(row.id) ?? false));
  if (view === 'to-dispatch') return rows.filter((row) => !row.dispatched);
  if (view === 're-requests') {
    // The one-working-day deadline first.
    return rows.sort((a, b) => (a.providerDueDate ?? '').localeCompare(b.providerDueDate ?? ''));
  }
  return rows;
}

function historyLineOf(body: unknown): HistoryLine {
  const event = body as {
    type: string;
    at: string;
    by?: { name?: string };
    why?: string;
    resultKind?: string;
  };
  const kind = event.resultKind;
  return {
    type: event.type,
    at: event.at,
    byName: event.by?.name ?? '',
    why: event.why ?? null,
    resultKind:
      kind !== undefined && (resultKinds as readonly string[]).includes(kind) ? (kind as ResultKind) : null,
  };
}

/** One of the provider's applications with its history; null when it is not theirs (or does not exist). */
export async function applicationDetail(
  db: Kysely<Database>,
  user: ConsoleUser,
  id: string,
): Promise<ApplicationDetail | null> {
  const stored = await findApplication(db, id);
  if (stored === null || stored.provider_bin !== user.providerBin) return null;
  const bodies = await db
    .selectFrom('events')
    .select(['body', 'type'])
    .where('application_id', '=', id)
    .where('kind', '=', 'application-event')
    .where('outcome', '=', 'applied')
    .orderBy('server_seq')
    .execute();
  const history = bodies.map((row) => historyLineOf(JSON.parse(row.body) as unknown));
  const lastDispatchRelevant = [...history]
    .reverse()
    .find((line) => dispatchDue.has(line.type) || line.type === 'dispatched-to-centre');
  const state = stateOf(stored);
  return {
    ...rowOf(stored, lastDispatchRelevant?.type === 'dispatched-to-centre'),
    resultKind: state.resultKind ?? null,
    snapshot: stored.snapshot === null ? null : (JSON.parse(stored.snapshot) as Record<string, unknown>),
    history,
  };
}

export type ProviderAction =
  | { readonly type: 'taken-into-work' }
  | { readonly type: 'result-ready'; readonly resultKind: ResultKind; readonly why: string | undefined }
  | { readonly type: 'dispatched-to-centre' };

export type ProviderActionError = 'not-found' | 'stale' | 'invalid';

/** What the server's check of a provider event means for the person at the console. */
function actionErrorOf(reason: EventRejectionReason): ProviderActionError {
  switch (reason) {
    case 'unknown-application':
    case 'unknown-provider':
      return 'not-found';
    case 'invalid-event':
      return 'invalid';
    case 'illegal-transition':
      return 'stale';
    default:
      return assertNever(reason, 'rejection reason');
  }
}

/**
 * Records what the provider's staff did as a provider event. The server checks it against the
 * application's history inside the serialised write transaction that appends it
 * (sync/provider-events.ts), so two staff members acting at once cannot both take the same step.
 */
export async function recordProviderAction(
  database: ServerDatabase,
  user: ConsoleUser,
  applicationId: string,
  action: ProviderAction,
  now: Date,
): Promise<{ readonly ok: true } | { readonly ok: false; readonly error: ProviderActionError }> {
  const application = await findApplication(database.db, applicationId);
  if (application === null || application.provider_bin !== user.providerBin)
    return { ok: false, error: 'not-found' };
  // A result this service does not give (a TVET diploma for a school certificate) is a slip.
  if (
    action.type === 'result-ready' &&
    findService(application.service_id)?.resultKinds.includes(action.resultKind) !== true
  ) {
    return { ok: false, error: 'invalid' };
  }
  const by: EventActor = { userId: user.id, name: user.displayName };
  const base = {
    id: newId(),
    applicationId,
    at: now.toISOString() as Instant,
    by,
    where: { kind: 'provider', providerId: user.providerBin } as const,
  };
  const event: ApplicationEvent =
    action.type === 'result-ready'
      ? {
          ...base,
          type: 'result-ready',
          resultKind: action.resultKind,
          ...(action.why === undefined ? {} : { why: action.why }),
        }
      : { ...base, type: action.type };
  const recorded = await recordProviderEvent(database, user.providerBin, event, now);
  if (recorded.ok) return { ok: true };
  return { ok: false, error: actionErrorOf(recorded.rejection.reason) };
}

/** One result the centre handed back, as the provider's "Returned to you" list shows it. */
export interface ReturnedItem {
  readonly applicationId: string;
  readonly receiptNumber: string | null;
  readonly serviceId: string;
  readonly applicantName: string;
  readonly received: boolean;
}

/** A return batch of the centre (one transfer act), grouped by the batch id on its events. */
export interface ReturnedBatch {
  readonly batchId: string;
  readonly centreCode: string;
  readonly returnedAt: string;
  readonly returnedBy: string;
  readonly items: readonly ReturnedItem[];
  /** Every item's receipt is confirmed. */
  readonly confirmed: boolean;
}

interface EventBody {
  readonly type: string;
  readonly at: string;
  readonly batchId?: string;
  readonly by?: { readonly name?: string };
}

/**
 * The return batches addressed to the signed-in provider, newest first: the centre's
 * 'returned-to-provider' events grouped by their batch id, with the provider's 'return-received'.
 * Read-only over the server's event log.
 */
export async function listReturnedBatches(db: Kysely<Database>, user: ConsoleUser): Promise<ReturnedBatch[]> {
  const rows = await db
    .selectFrom('events')
    .innerJoin('applications', 'applications.id', 'events.application_id')
    .select([
      'events.application_id as applicationId',
      'events.body as body',
      'applications.receipt_number as receiptNumber',
      'applications.service_id as serviceId',
      'applications.snapshot as snapshot',
      'applications.centre_code as centreCode',
    ])
    .where('applications.provider_bin', '=', user.providerBin)
    .where('events.kind', '=', 'application-event')
    .where('events.outcome', '=', 'applied')
    .where('events.type', 'in', ['returned-to-provider', 'return-received'])
    .orderBy('events.server_seq')
    .execute();
  const batches = new Map<
    string,
    { batchId: string; centreCode: string; returnedAt: string; returnedBy: string; items: ReturnedItem[] }
  >();
  const received = new Set<string>();
  for (const row of rows) {
    const body = JSON.parse(row.body) as EventBody;
    if (body.batchId === undefined) continue;
    if (body.type === 'return-received') {
      received.add(`${body.batchId}/${row.applicationId}`);
      continue;
    }
    const batch = batches.get(body.batchId) ?? {
      batchId: body.batchId,
      centreCode: row.centreCode,
      returnedAt: body.at,
      returnedBy: body.by?.name ?? '',
      items: [],
    };
    batch.items.push({
      applicationId: row.applicationId,
      receiptNumber: row.receiptNumber,
      serviceId: row.serviceId,
      applicantName: applicantNameOf(row.snapshot),
      received: false,
    });
    batches.set(body.batchId, batch);
  }
  return [...batches.values()]
    .map((batch) => {
      const items = batch.items.map((item) => ({
        ...item,
        received: received.has(`${batch.batchId}/${item.applicationId}`),
      }));
      return { ...batch, items, confirmed: items.every((item) => item.received) };
    })
    .sort((a, b) => b.returnedAt.localeCompare(a.returnedAt));
}

/**
 * "Confirm receipt of the batch": one 'return-received' event with the batch id per item not yet
 * confirmed, recorded together in one transaction — all of them or none.
 */
export async function confirmReturnBatch(
  database: ServerDatabase,
  user: ConsoleUser,
  batchId: string,
  now: Date,
): Promise<{ readonly ok: true } | { readonly ok: false; readonly error: ProviderActionError }> {
  const batch = (await listReturnedBatches(database.db, user)).find((one) => one.batchId === batchId);
  if (batch === undefined) return { ok: false, error: 'not-found' };
  const pending = batch.items.filter((item) => !item.received);
  if (pending.length === 0) return { ok: false, error: 'stale' };
  const by: EventActor = { userId: user.id, name: user.displayName };
  const at = now.toISOString() as Instant;
  const events: ApplicationEvent[] = pending.map((item) => ({
    id: newId(),
    applicationId: item.applicationId,
    type: 'return-received',
    at,
    by,
    where: { kind: 'provider', providerId: user.providerBin },
    batchId,
  }));
  const recorded = await recordProviderEvents(database, user.providerBin, events, now);
  if (recorded.ok) return { ok: true };
  return { ok: false, error: actionErrorOf(recorded.rejection.reason) };
}
