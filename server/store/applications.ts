import type { Kysely } from 'kysely';
import type { ApplicationEvent, ApplicationState } from '../../shared/domain';
import type { ApplicationsTable, Database } from '../db/schema';
import { insertRows } from './multi-row';
import type { Tx } from './transaction';

export type ApplicationRow = ApplicationsTable;

export async function findApplication(db: Kysely<Database>, id: string): Promise<ApplicationRow | null> {
  return (await db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

/** The state a row was made from or last parsed to: a push page moves one application several times. */
const knownStates = new WeakMap<ApplicationRow, ApplicationState>();

export function stateOf(row: ApplicationRow): ApplicationState {
  let state = knownStates.get(row);
  if (state === undefined) {
    state = JSON.parse(row.state) as ApplicationState;
    knownStates.set(row, state);
  }
  return state;
}

/** The projection's row after `event` (already checked) moved the application to `state`. */
export function applicationRowAfter(input: {
  readonly previous: ApplicationRow | null;
  readonly centreCode: string;
  readonly event: ApplicationEvent;
  readonly state: ApplicationState;
  readonly serverSeq: number;
}): ApplicationRow {
  const { previous, event, state } = input;
  const accepted = event.type === 'accepted' ? event : null;
  // The JSON columns are made when first read — by the INSERT, for the last row of an application
  // in a page; the rows it replaced within the page are never written, so never serialised.
  let stateJson: string | undefined;
  let snapshotJson: string | undefined;
  const row: ApplicationRow = {
    id: state.applicationId,
    centre_code: previous?.centre_code ?? input.centreCode,
    provider_bin: accepted?.application.provider.bin ?? previous?.provider_bin ?? null,
    service_id: state.serviceId,
    receipt_number: state.receiptNumber,
    status: state.status,
    due_date: state.dueDate,
    accepted_at: accepted?.at ?? previous?.accepted_at ?? null,
    get snapshot() {
      if (accepted === null) return previous?.snapshot ?? null;
      return (snapshotJson ??= JSON.stringify(accepted.application));
    },
    get state() {
      return (stateJson ??= JSON.stringify(state));
    },
    updated_seq: input.serverSeq,
  };
  knownStates.set(row, state);
  return row;
}

const applicationColumns = [
  'id',
  'centre_code',
  'provider_bin',
  'service_id',
  'receipt_number',
  'status',
  'due_date',
  'accepted_at',
  'snapshot',
  'state',
  'updated_seq',
] as const satisfies readonly (keyof ApplicationRow)[];

export const applicationColumnCount = applicationColumns.length;

/** Every column but the key takes the new row's value. */
const replaceOnConflict = ` on conflict ("id") do update set ${applicationColumns
  .filter((column) => column !== 'id')
  .map((column) => `"${column}" = "excluded"."${column}"`)
  .join(', ')}`;

/** Inserts or replaces projection rows (one multi-row statement; see multi-row.ts). */
export async function upsertApplications(trx: Tx, rows: readonly ApplicationRow[]): Promise<void> {
  await insertRows(trx, 'applications', applicationColumns, rows, replaceOnConflict);
}

/** The provider console's queue: a provider's applications with the given statuses, oldest due first. */
export async function listProviderApplications(
  db: Kysely<Database>,
  providerBin: string,
  statuses: readonly string[],
): Promise<ApplicationRow[]> {
  if (statuses.length === 0) return [];
  return db
    .selectFrom('applications')
    .selectAll()
    .where('provider_bin', '=', providerBin)
    .where('status', 'in', [...statuses])
    .orderBy('due_date')
    .orderBy('accepted_at')
    .execute();
}
