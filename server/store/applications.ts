import type { Kysely } from 'kysely';
import type { AcceptedEvent, ApplicationEvent, ApplicationState } from '../../shared/domain';
import type { ApplicationsTable, Database } from '../db/schema';
import { insertRows } from './multi-row';
import type { Tx } from './transaction';

export type ApplicationRow = ApplicationsTable;

export async function findApplication(db: Kysely<Database>, id: string): Promise<ApplicationRow | null> {
  return (await db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

/** The states of rows read from the database, once parsed: a push page moves one application several times. */
const parsedStates = new WeakMap<ApplicationRow, ApplicationState>();

export function stateOf(row: ApplicationRow): ApplicationState {
  if (row instanceof ProjectionRow) return row.applicationState;
  let state = parsedStates.get(row);
  if (state === undefined) {
    state = JSON.parse(row.state) as ApplicationState;
    parsedStates.set(row, state);
  }
  return state;
}

/**
 * A projection row made by an event. Its JSON columns are made when first read — by the INSERT,
 * for the last row of an application in a page; the rows it replaced within the page are never
 * written, so never serialised. A class (its getters on the prototype): a push page makes
 * thousands of these, and object literals with getters of their own were a hot spot.
 */
class ProjectionRow implements ApplicationRow {
  readonly id: string;
  readonly centre_code: string;
  readonly provider_bin: string | null;
  readonly service_id: string;
  readonly receipt_number: string | null;
  readonly status: string;
  readonly due_date: string | null;
  readonly accepted_at: string | null;
  readonly updated_seq: number;
  #stateJson: string | undefined;
  #snapshotJson: string | undefined;

  constructor(
    readonly applicationState: ApplicationState,
    private readonly accepted: AcceptedEvent | null,
    private readonly previous: ApplicationRow | null,
    centreCode: string,
    serverSeq: number,
  ) {
    this.id = applicationState.applicationId;
    this.centre_code = previous?.centre_code ?? centreCode;
    this.provider_bin = accepted?.application.provider.bin ?? previous?.provider_bin ?? null;
    this.service_id = applicationState.serviceId;
    this.receipt_number = applicationState.receiptNumber;
    this.status = applicationState.status;
    this.due_date = applicationState.dueDate;
    this.accepted_at = accepted?.at ?? previous?.accepted_at ?? null;
    this.updated_seq = serverSeq;
  }

  get snapshot(): string | null {
    if (this.accepted === null) return this.previous?.snapshot ?? null;
    return (this.#snapshotJson ??= JSON.stringify(this.accepted.application));
  }

  get state(): string {
    return (this.#stateJson ??= JSON.stringify(this.applicationState));
  }
}

/** The projection's row after `event` (already checked) moved the application to `state`. */
export function applicationRowAfter(input: {
  readonly previous: ApplicationRow | null;
  readonly centreCode: string;
  readonly event: ApplicationEvent;
  readonly state: ApplicationState;
  readonly serverSeq: number;
}): ApplicationRow {
  const { event } = input;
  const accepted = event.type === 'accepted' ? event : null;
  return new ProjectionRow(input.state, accepted, input.previous, input.centreCode, input.serverSeq);
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
