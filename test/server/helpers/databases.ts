import { mkdtempSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, inject } from 'vitest';
import type { DatabaseConfig, DatabaseKind } from '../../../server/db/open';

export const databaseKinds: readonly DatabaseKind[] = ['sqlite', 'postgres'];

export function postgresAvailable(): boolean {
  return inject('serverPostgresUrl') !== null;
}

/** A temp directory for SQLite files, inside this run's directory under .cache (removed at the end). */
export function tempDir(prefix: string): string {
  const root = inject('serverTestDir');
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, `${prefix}-`));
}

let counter = 0;

/** A new, empty database of this kind: a fresh SQLite file, or a fresh database in the test cluster. */
export async function freshDatabase(kind: DatabaseKind): Promise<DatabaseConfig> {
  counter += 1;
  if (kind === 'sqlite') return { kind, file: join(tempDir('sqlite'), 'server.sqlite') };
  const name = `cd_test_${process.pid}_${Date.now()}_${counter}`;
  await postgresAdmin(`create database ${name}`);
  return { kind, url: postgresUrl(name) };
}

export function postgresUrl(database: string): string {
  const admin = inject('serverPostgresUrl');
  if (admin === null) throw new Error('No PostgreSQL for the tests');
  const url = new URL(admin);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement on the cluster's 'postgres' database. */
export async function postgresAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl('postgres') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The same suite on the embedded SQLite and on PostgreSQL. */
export function describeOnDatabases(title: string, body: (kind: DatabaseKind) => void): void {
  for (const kind of databaseKinds) {
    describe.skipIf(kind === 'postgres' && !postgresAvailable())(`${title} [${kind}]`, () => body(kind));
  }
}
