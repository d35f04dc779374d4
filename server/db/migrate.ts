import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/sync';
import { writeTransaction } from '../store/transaction';
import { runStep } from './migration-steps';
import { migrations as serverMigrations, type Migration } from './migrations';
import type { ServerDatabase } from './open';

/** The server refuses to start: the database's applied migrations are not a prefix of the code's. */
export class MigrationHistoryError extends Error {
  constructor(message: string) {
    super(`Refusing to start: ${message}. Restore a matching database or run the matching server version.`);
    this.name = 'MigrationHistoryError';
  }
}

export function migrationChecksum(migration: Migration): string {
  const definition = canonicalJson({ id: migration.id, name: migration.name, steps: migration.steps });
  return createHash('sha256').update(definition).digest('hex');
}

export interface AppliedMigration {
  readonly id: number;
  readonly name: string;
  readonly checksum: string;
}

/** Why the applied history does not fit the code's list, or null when the code extends it. */
export function historyProblem(
  applied: readonly AppliedMigration[],
  code: readonly Migration[],
): string | null {
  for (const [i, row] of applied.entries()) {
    const known = code.find((migration) => migration.id === row.id);
    if (known === undefined)
      return `the database has migration ${row.id} ('${row.name}') that this server does not know`;
    if (code[i]?.id !== row.id) {
      return `migration ${row.id} ('${row.name}') was applied out of order (expected ${code[i]?.id ?? 'none'} at position ${i + 1})`;
    }
    if (migrationChecksum(known) !== row.checksum) {
      return `migration ${row.id} ('${row.name}') was changed after it was applied (checksum differs)`;
    }
  }
  return null;
}

/** Applies the pending migrations in order, each in its own transaction; throws MigrationHistoryError. */
export async function migrate(
  database: ServerDatabase,
  code: readonly Migration[] = serverMigrations,
): Promise<number[]> {
  await database.db.schema
    .createTable('migrations')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const appliedNow: number[] = [];
  for (;;) {
    const next = await writeTransaction(database, async (trx) => {
      const applied = await trx
        .selectFrom('migrations')
        .select(['id', 'name', 'checksum'])
        .orderBy('id')
        .execute();
      const problem = historyProblem(applied, code);
      if (problem !== null) throw new MigrationHistoryError(problem);
      const pending = code[applied.length];
      if (pending === undefined) return null;
      for (const step of pending.steps) await runStep(trx, database.kind, step);
      await trx
        .insertInto('migrations')
        .values({
          id: pending.id,
          name: pending.name,
          checksum: migrationChecksum(pending),
          applied_at: new Date().toISOString(),
        })
        .execute();
      return pending.id;
    });
    if (next === null) return appliedNow;
    appliedNow.push(next);
  }
}
