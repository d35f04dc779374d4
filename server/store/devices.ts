import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/open';
import type { Database, DevicesTable } from '../db/schema';
import { sha256Hex } from './ids';
import { epochKey } from './meta';
import type { Tx } from './transaction';
import { writeTransaction } from './transaction';

export type Device = DevicesTable;

export async function findDeviceByToken(db: Kysely<Database>, token: string): Promise<Device | null> {
  const row = await db
    .selectFrom('devices')
    .selectAll()
    .where('token_sha256', '=', sha256Hex(token))
    .executeTakeFirst();
  return row ?? null;
}

export async function findDevice(db: Kysely<Database>, id: string): Promise<Device | null> {
  return (await db.selectFrom('devices').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

/**
 * What a push reads first inside its write transaction, in one statement (one round trip on
 * PostgreSQL instead of three): the device, the server epoch and the last server sequence.
 */
export async function readPushHead(
  trx: Tx,
  deviceId: string,
): Promise<{ device: Device; serverEpoch: string | null; lastServerSeq: number } | null> {
  const row = await trx
    .selectFrom('devices')
    .selectAll('devices')
    .select((eb) => [
      eb.selectFrom('meta').select('value').where('key', '=', epochKey).as('head_epoch'),
      eb
        .selectFrom('events')
        .select((events) => events.fn.max('server_seq').as('last'))
        .as('head_last_seq'),
    ])
    .where('id', '=', deviceId)
    .executeTakeFirst();
  if (row === undefined) return null;
  const { head_epoch, head_last_seq, ...device } = row;
  return { device, serverEpoch: head_epoch ?? null, lastServerSeq: Number(head_last_seq ?? 0) };
}

export async function listDevices(db: Kysely<Database>): Promise<Device[]> {
  return db.selectFrom('devices').selectAll().orderBy('enrolled_at').execute();
}

/** Marks the device seen (at most once a minute, so reads stay cheap). */
export async function touchDevice(database: ServerDatabase, device: Device, now: Date): Promise<void> {
  const at = now.toISOString();
  if (device.last_seen_at !== null && now.getTime() - Date.parse(device.last_seen_at) < 60_000) return;
  await database.db.updateTable('devices').set({ last_seen_at: at }).where('id', '=', device.id).execute();
}

/** Revokes a device: its token is refused from now on ('device-revoked'). False when unknown. */
export async function revokeDevice(database: ServerDatabase, deviceId: string): Promise<boolean> {
  return writeTransaction(database, async (trx) => {
    const result = await trx
      .updateTable('devices')
      .set({ status: 'revoked' })
      .where('id', '=', deviceId)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  });
}
