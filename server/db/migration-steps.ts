import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';
import type { DatabaseKind } from './open';

/**
 * Migrations are data, not code: their checksum is taken over this description, so it is the same
 * whichever tool compiled the server, and the same steps build both databases.
 */
export type ColumnType = 'text' | 'integer' | 'bigint' | 'bytes';

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable?: true;
}

export type MigrationStep =
  | {
      readonly kind: 'create-table';
      readonly table: string;
      readonly columns: readonly ColumnSpec[];
      readonly primaryKey: readonly string[];
      readonly unique?: readonly (readonly string[])[];
      readonly foreignKeys?: readonly { readonly columns: readonly string[]; readonly references: string }[];
    }
  | {
      readonly kind: 'create-index';
      readonly name: string;
      readonly table: string;
      readonly columns: readonly string[];
      readonly unique?: true;
    };

const columnTypes: Record<DatabaseKind, Record<ColumnType, string>> = {
  sqlite: { text: 'text', integer: 'integer', bigint: 'integer', bytes: 'blob' },
  postgres: { text: 'text', integer: 'integer', bigint: 'bigint', bytes: 'bytea' },
};

export async function runStep(db: Kysely<Database>, kind: DatabaseKind, step: MigrationStep): Promise<void> {
  switch (step.kind) {
    case 'create-table': {
      let builder = db.schema.createTable(step.table);
      for (const column of step.columns) {
        builder = builder.addColumn(column.name, sql.raw(columnTypes[kind][column.type]), (c) =>
          column.nullable === true ? c : c.notNull(),
        );
      }
      builder = builder.addPrimaryKeyConstraint(`${step.table}_pk`, [...step.primaryKey] as never);
      for (const [i, columns] of (step.unique ?? []).entries()) {
        builder = builder.addUniqueConstraint(`${step.table}_unique_${i + 1}`, [...columns] as never);
      }
      for (const [i, key] of (step.foreignKeys ?? []).entries()) {
        const [table, column] = key.references.split('.') as [string, string];
        builder = builder.addForeignKeyConstraint(
          `${step.table}_fk_${i + 1}`,
          [...key.columns] as never,
          table,
          [column],
        );
      }
      await builder.execute();
      return;
    }
    case 'create-index': {
      let builder = db.schema
        .createIndex(step.name)
        .on(step.table)
        .columns([...step.columns]);
      if (step.unique === true) builder = builder.unique();
      await builder.execute();
      return;
    }
  }
}
