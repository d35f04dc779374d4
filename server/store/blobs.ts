import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/open';
import type { Database } from '../db/schema';
import { writeTransaction } from './transaction';

/** Scans, content-addressed by the SHA-256 of their bytes (checked by the caller). */
export async function hasBlob(db: Kysely<Database>, sha256: string): Promise<{ length: number } | null> {
  const row = await db.selectFrom('blobs').select('length').where('sha256', '=', sha256).executeTakeFirst();
  return row === undefined ? null : { length: Number(row.length) };
}

/** Stores the bytes once; true when new, false when already there (idempotent). */
export async function putBlob(
  database: ServerDatabase,
  blob: { readonly sha256: string; readonly mediaType: string; readonly bytes: Uint8Array },
  now: Date,
): Promise<boolean> {
  return writeTransaction(database, async (trx) => {
    if ((await hasBlob(trx, blob.sha256)) !== null) return false;
    await trx
      .insertInto('blobs')
      .values({
        sha256: blob.sha256,
        media_type: blob.mediaType,
        length: blob.bytes.byteLength,
        bytes: blob.bytes,
        stored_at: now.toISOString(),
      })
      .execute();
    return true;
  });
}

export async function readBlob(
  db: Kysely<Database>,
  sha256: string,
): Promise<{ mediaType: string; bytes: Uint8Array } | null> {
  const row = await db
    .selectFrom('blobs')
    .select(['media_type', 'bytes'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row === undefined ? null : { mediaType: row.media_type, bytes: row.bytes };
}
