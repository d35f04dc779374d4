import type { Kysely } from 'kysely';
import type { ApplicationEvent, ApplicationState } from '../../shared/domain';
import type { ApplicationsTable, Database } from '../db/schema';
import type { Tx } from './transaction';

export type ApplicationRow = ApplicationsTable;

export async function findApplication(db: Kysely<Database>, id: string): Promise<ApplicationRow | null> {
  return (await db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export function stateOf(row: ApplicationRow): ApplicationState {
  return JSON.parse(row.state) as ApplicationState;
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
  return {
    id: state.applicationId,
    centre_code: previous?.centre_code ?? input.centreCode,
    provider_bin: accepted?.application.provider.bin ?? previous?.provider_bin ?? null,
    service_id: state.serviceId,
    receipt_number: state.receiptNumber,
    status: state.status,
    due_date: state.dueDate,
    accepted_at: accepted?.at ?? previous?.accepted_at ?? null,
    snapshot: accepted !== null ? JSON.stringify(accepted.application) : (previous?.snapshot ?? null),
    state: JSON.stringify(state),
    updated_seq: input.serverSeq,
  };
}

/** Inserts or replaces projection rows (one multi-row statement). */
export async function upsertApplications(trx: Tx, rows: readonly ApplicationRow[]): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('applications')
    .values([...rows])
    .onConflict((conflict) =>
      conflict.column('id').doUpdateSet((eb) => ({
        centre_code: eb.ref('excluded.centre_code'),
        provider_bin: eb.ref('excluded.provider_bin'),
        service_id: eb.ref('excluded.service_id'),
        receipt_number: eb.ref('excluded.receipt_number'),
        status: eb.ref('excluded.status'),
        due_date: eb.ref('excluded.due_date'),
        accepted_at: eb.ref('excluded.accepted_at'),
        snapshot: eb.ref('excluded.snapshot'),
        state: eb.ref('excluded.state'),
        updated_seq: eb.ref('excluded.updated_seq'),
      })),
    )
    .execute();
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
