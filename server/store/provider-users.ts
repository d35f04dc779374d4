import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/open';
import type { Database, ProviderUsersTable } from '../db/schema';
import { newId } from './ids';
import { writeTransaction } from './transaction';

/** scrypt parameters (N=2^15, r=8, p=1: ~32 MiB, tens of ms), stored with each hash so they can change. */
const params = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const keyLength = 32;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFKC'), salt, keyLength, options, (error, key) =>
      error === null ? resolve(key) : reject(error),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, params);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (
    scheme !== 'scrypt' ||
    n === undefined ||
    r === undefined ||
    p === undefined ||
    salt === undefined ||
    key === undefined
  ) {
    return false;
  }
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: params.maxmem,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export type ProviderUser = Omit<ProviderUsersTable, 'password_hash'>;

export interface ProviderUserInput {
  readonly providerBin: string;
  readonly login: string;
  readonly displayName: string;
  readonly password: string;
}

/** Adds a provider's staff member (the provider must be in the directory). Returns the user's id. */
export async function addProviderUser(
  database: ServerDatabase,
  input: ProviderUserInput,
  now: Date,
): Promise<string> {
  const passwordHash = await hashPassword(input.password);
  const id = newId();
  await writeTransaction(database, (trx) =>
    trx
      .insertInto('provider_users')
      .values({
        id,
        provider_bin: input.providerBin,
        login: input.login.trim().toLowerCase(),
        display_name: input.displayName,
        password_hash: passwordHash,
        active: 1,
        created_at: now.toISOString(),
      })
      .execute(),
  );
  return id;
}

/** The active user with this login and password, or null (unknown, inactive or wrong password). */
export async function authenticateProviderUser(
  db: Kysely<Database>,
  login: string,
  password: string,
): Promise<ProviderUser | null> {
  const row = await db
    .selectFrom('provider_users')
    .selectAll()
    .where('login', '=', login.trim().toLowerCase())
    .executeTakeFirst();
  if (row === undefined || row.active !== 1) return null;
  if (!(await verifyPassword(password, row.password_hash))) return null;
  const { password_hash: _hash, ...user } = row;
  return user;
}
