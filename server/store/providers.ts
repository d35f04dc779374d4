import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/open';
import type { Database, ProviderKind, ProvidersTable } from '../db/schema';
import type { DirectoryProvider } from '../../shared/sync';
import { writeTransaction } from './transaction';

export interface ProviderInput {
  readonly bin: string;
  readonly name: { readonly kk: string; readonly ru: string };
  readonly kind: ProviderKind;
}

/** Adds a school or college to the directory, or updates its names and kind. */
export async function addProvider(database: ServerDatabase, provider: ProviderInput): Promise<void> {
  await writeTransaction(database, async (trx) => {
    const values = { name_kk: provider.name.kk, name_ru: provider.name.ru, kind: provider.kind };
    const updated = await trx
      .updateTable('providers')
      .set(values)
      .where('bin', '=', provider.bin)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n)
      await trx
        .insertInto('providers')
        .values({ bin: provider.bin, ...values })
        .execute();
  });
}

export async function findProvider(db: Kysely<Database>, bin: string): Promise<ProvidersTable | null> {
  return (await db.selectFrom('providers').selectAll().where('bin', '=', bin).executeTakeFirst()) ?? null;
}

export async function listProviders(db: Kysely<Database>): Promise<DirectoryProvider[]> {
  const rows = await db.selectFrom('providers').selectAll().orderBy('bin').execute();
  return rows.map((row) => ({ bin: row.bin, name: { kk: row.name_kk, ru: row.name_ru }, kind: row.kind }));
}
