import type { Kysely } from 'kysely';
import type { Database, EventsTable } from '../db/schema';
import { insertRows } from './multi-row';
import type { Tx } from './transaction';

export type EventRow = EventsTable;

/**
 * Hands out server sequences inside one write transaction. Writers are serialised
 * (store/transaction.ts), so max + 1 is free and commits happen in sequence order.
 */
export class ServerSeqAllocator {
  #next: number | null;

  /** `last`: the last server sequence, when the transaction has read it already. */
  constructor(
    private readonly trx: Tx,
    last?: number,
  ) {
    this.#next = last === undefined ? null : last + 1;
  }

  async next(): Promise<number> {
    if (this.#next === null) {
      const row = await this.trx
        .selectFrom('events')
        .select((eb) => eb.fn.max('server_seq').as('last'))
        .executeTakeFirst();
      this.#next = Number(row?.last ?? 0) + 1;
    }
    const seq = this.#next;
    this.#next += 1;
    return seq;
  }
}

const eventColumns = [
  'server_seq',
  'kind',
  'event_id',
  'application_id',
  'origin',
  'device_id',
  'device_seq',
  'target_device_id',
  'hash',
  'type',
  'outcome',
  'centre_code',
  'provider_bin',
  'body',
  'received_at',
] as const satisfies readonly (keyof EventRow)[];

export const eventColumnCount = eventColumns.length;

/** One multi-row INSERT (see multi-row.ts: the push's hot path skips Kysely's builder). */
export async function insertEvents(trx: Tx, rows: readonly EventRow[]): Promise<void> {
  await insertRows(trx, 'events', eventColumns, rows);
}

/** The hashes this device stored for a run of its sequences (to check a re-push). */
export async function deviceEventHashes(
  trx: Tx,
  deviceId: string,
  fromSeq: number,
  toSeq: number,
): Promise<Map<number, { hash: string; eventId: string | null }>> {
  const rows = await trx
    .selectFrom('events')
    .select(['device_seq', 'hash', 'event_id'])
    .where('device_id', '=', deviceId)
    .where('device_seq', '>=', fromSeq)
    .where('device_seq', '<=', toSeq)
    .execute();
  return new Map(rows.map((row) => [Number(row.device_seq), { hash: row.hash, eventId: row.event_id }]));
}

/**
 * What a device pulls after `cursor`: applied events of its centre's applications that it did not
 * push itself, and the rejection entries addressed to it — in server order, `limit` at most.
 */
export async function eventsForDevice(
  db: Kysely<Database>,
  device: { readonly id: string; readonly centre_code: string },
  cursor: number,
  limit: number,
): Promise<EventRow[]> {
  return db
    .selectFrom('events')
    .selectAll()
    .where('server_seq', '>', cursor)
    .where((eb) =>
      eb.or([
        eb.and([
          eb('kind', '=', 'application-event'),
          eb('outcome', '=', 'applied'),
          eb('centre_code', '=', device.centre_code),
          eb.or([eb('device_id', 'is', null), eb('device_id', '!=', device.id)]),
        ]),
        eb.and([eb('kind', '=', 'event-rejected'), eb('target_device_id', '=', device.id)]),
      ]),
    )
    .orderBy('server_seq')
    .limit(limit)
    .execute();
}

/** An application's applied events in server order (e.g. for the provider console's history). */
export async function applicationHistory(db: Kysely<Database>, applicationId: string): Promise<unknown[]> {
  const rows = await db
    .selectFrom('events')
    .select('body')
    .where('application_id', '=', applicationId)
    .where('kind', '=', 'application-event')
    .where('outcome', '=', 'applied')
    .orderBy('server_seq')
    .execute();
  return rows.map((row) => JSON.parse(row.body) as unknown);
}
