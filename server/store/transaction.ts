import { sql, type Transaction } from 'kysely';
import type { ServerDatabase } from '../db/open';
import type { Database } from '../db/schema';

export type Tx = Transaction<Database>;

/** Any PostgreSQL advisory-lock key, fixed: the one lock all the server's writers take. */
const writerLockKey = 0x43445301;

/**
 * A write transaction. Writers are serialised — on SQLite by BEGIN IMMEDIATE (one writer at a
 * time), on PostgreSQL by a transaction-level advisory lock — so server sequences are allocated and
 * committed in order and a reader paging by cursor never skips one committed later.
 */
export async function writeTransaction<T>(
  database: ServerDatabase,
  work: (trx: Tx) => Promise<T>,
): Promise<T> {
  return database.db.transaction().execute(async (trx) => {
    if (database.kind === 'postgres') await sql`select pg_advisory_xact_lock(${writerLockKey})`.execute(trx);
    return work(trx);
  });
}
