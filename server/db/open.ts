import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireLockFile } from './lock-file';
import { openSqliteFile, NodeSqliteDialect } from './node-sqlite-dialect';
import { copyAwarePool } from './postgres-copy';
import type { Database } from './schema';

export type DatabaseConfig =
  { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string };

export type DatabaseKind = DatabaseConfig['kind'];

/** An open database: the query builder, which engine it is, and how to close it (and free its lock). */
export interface ServerDatabase {
  readonly kind: DatabaseKind;
  readonly db: Kysely<Database>;
  /**
   * Opens what a running server keeps open, before it takes requests: PostgreSQL's pooled
   * connections (nothing for SQLite, whose one connection is open already).
   */
  openConnections(): Promise<void>;
  close(): Promise<void>;
}

export const defaultSqliteFile = './data/counter-desk-server.sqlite';

/**
 * `lock: false` is for the short admin commands only: SQLite serialises their writes with a running
 * server's (BEGIN IMMEDIATE + busy_timeout); the lock file keeps out a second *server*.
 */
export function openDatabase(
  config: DatabaseConfig,
  options: { readonly lock?: boolean } = {},
): ServerDatabase {
  return config.kind === 'sqlite' ? openSqlite(config.file, options.lock ?? true) : openPostgres(config.url);
}

const noLock = { release: () => undefined };

function openSqlite(file: string, withLock: boolean): ServerDatabase {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  const lock = withLock ? acquireLockFile(`${path}.lock`) : noLock;
  try {
    const database = openSqliteFile(path);
    const db = new Kysely<Database>({ dialect: new NodeSqliteDialect(database) });
    return {
      kind: 'sqlite',
      db,
      openConnections: async () => undefined,
      close: async () => {
        try {
          await db.destroy();
          await database.whenClosed();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

const int8 = 20;

/**
 * PostgreSQL connections the server holds. All of them are opened at start and kept when idle (a
 * fixed pool): opening one costs a backend process and an authentication, and with the pool's
 * default of closing idle connections after 10 s, every burst after a quiet spell — twenty desks
 * coming online at once — paid that first, inside the requests it was answering.
 */
const poolSize = 10;

function openPostgres(url: string): ServerDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    min: poolSize,
    // Sequence numbers are int8 on PostgreSQL; they stay below 2^53, so read them as numbers.
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === int8
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection dropped by the database (restart, failover) is discarded by the pool; without
  // a listener the error would end the process.
  pool.on('error', (error) => process.emitWarning(`PostgreSQL idle connection lost: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: copyAwarePool(pool) }) });
  const openConnections = async () => {
    const clients = await Promise.all(Array.from({ length: poolSize }, () => pool.connect()));
    for (const client of clients) client.release();
  };
  return { kind: 'postgres', db, openConnections, close: () => db.destroy() };
}
