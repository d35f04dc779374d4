import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/open';
import type { Database } from '../db/schema';
import { newSecret, sha256Hex } from './ids';
import type { ProviderUser } from './provider-users';
import { writeTransaction } from './transaction';

/** Provider-console sign-in sessions: the browser holds the token, the server only its hash. */
export const consoleSessionTtlMs = 8 * 60 * 60 * 1000;

export async function createConsoleSession(
  database: ServerDatabase,
  userId: string,
  now: Date,
): Promise<string> {
  const token = newSecret();
  await writeTransaction(database, (trx) =>
    trx
      .insertInto('console_sessions')
      .values({
        token_sha256: sha256Hex(token),
        user_id: userId,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + consoleSessionTtlMs).toISOString(),
      })
      .execute(),
  );
  return token;
}

/** The signed-in, still active user of a session token, or null. */
export async function findConsoleSessionUser(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<ProviderUser | null> {
  const row = await db
    .selectFrom('console_sessions')
    .innerJoin('provider_users', 'provider_users.id', 'console_sessions.user_id')
    .select([
      'provider_users.id',
      'provider_users.provider_bin',
      'provider_users.login',
      'provider_users.display_name',
      'provider_users.active',
      'provider_users.created_at',
      'console_sessions.expires_at',
    ])
    .where('console_sessions.token_sha256', '=', sha256Hex(token))
    .executeTakeFirst();
  if (row === undefined || row.active !== 1 || Date.parse(row.expires_at) <= now.getTime()) return null;
  const { expires_at: _expires, ...user } = row;
  return user;
}

export async function deleteConsoleSession(database: ServerDatabase, token: string): Promise<void> {
  await writeTransaction(database, (trx) =>
    trx.deleteFrom('console_sessions').where('token_sha256', '=', sha256Hex(token)).execute(),
  );
}
