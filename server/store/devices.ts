import { sql, type Kysely } from 'kysely';
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

/** The server epoch and the last server sequence: what a group of pushes reads with its devices. */
export interface PushHeads {
  readonly devices: ReadonlyMap<string, Device>;
  readonly serverEpoch: string | null;
  readonly lastServerSeq: number;
}

/**
 * What a group of pushes reads first inside its write transaction, in one statement (one round
 * trip on PostgreSQL): their devices, the server epoch and the last server sequence.
 */
export async function readPushHeads(trx: Tx, deviceIds: readonly string[]): Promise<PushHeads> {
  const rows = await trx
    .selectFrom('devices')
    .selectAll('devices')
    .select((eb) => [
      eb.selectFrom('meta').select('value').where('key', '=', epochKey).as('head_epoch'),
      eb
        .selectFrom('events')
        .select((events) => events.fn.max('server_seq').as('last'))
        .as('head_last_seq'),
    ])
    .where('id', 'in', [...new Set(deviceIds)])
    .execute();
  const devices = new Map<string, Device>();
  for (const { head_epoch: _epoch, head_last_seq: _last, ...device } of rows) devices.set(device.id, device);
  const [first] = rows;
  return {
    devices,
    serverEpoch: first?.head_epoch ?? null,
    lastServerSeq: Number(first?.head_last_seq ?? 0),
  };
}

/** What a stored push page moves on its device. */
export interface PushedThrough {
  readonly deviceId: string;
  readonly lastDeviceSeq: number;
  readonly at: string;
}

/** Moves each device's last acknowledged sequence and last-seen time: one statement for a group. */
export async function recordPushedThrough(trx: Tx, pushed: readonly PushedThrough[]): Promise<void> {
  if (pushed.length === 0) return;
  const seqs = sql.join(
    pushed.map((one) => sql`when ${one.deviceId} then cast(${one.lastDeviceSeq} as bigint)`),
    sql` `,
  );
  const times = sql.join(
    pushed.map((one) => sql`when ${one.deviceId} then ${one.at}`),
    sql` `,
  );
  const ids = sql.join(pushed.map((one) => one.deviceId));
  await sql`update devices set last_device_seq = case id ${seqs} end, last_seen_at = case id ${times} end where id in (${ids})`.execute(
    trx,
  );
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
