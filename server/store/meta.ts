import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/open';
import type { Database } from '../db/schema';
import { writeTransaction, type Tx } from './transaction';

export const epochKey = 'server_epoch';

function makeEpoch(now: Date): string {
  return `${now.toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(6).toString('hex')}`;
}

export async function readEpoch(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', epochKey).executeTakeFirst();
  return row?.value ?? null;
}

export async function epochIn(trx: Tx): Promise<string> {
  const epoch = await readEpoch(trx);
  if (epoch === null) throw new Error('The server has no epoch: was the database migrated?');
  return epoch;
}

/** Gives a freshly created database its first epoch. */
export async function ensureEpoch(database: ServerDatabase, now: Date): Promise<string> {
  return writeTransaction(database, async (trx) => {
    const existing = await readEpoch(trx);
    if (existing !== null) return existing;
    const epoch = makeEpoch(now);
    await trx.insertInto('meta').values({ key: epochKey, value: epoch }).execute();
    return epoch;
  });
}

/**
 * Starts a new epoch — run after restoring the database from a backup. Desks then get
 * 'epoch-mismatch' with the last sequence the server holds of them, and push again from there.
 */
export async function startNewEpoch(database: ServerDatabase, now: Date): Promise<string> {
  return writeTransaction(database, async (trx) => {
    const epoch = makeEpoch(now);
    await trx.deleteFrom('meta').where('key', '=', epochKey).execute();
    await trx.insertInto('meta').values({ key: epochKey, value: epoch }).execute();
    return epoch;
  });
}
