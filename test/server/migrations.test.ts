import { describe, expect, it } from 'vitest';
import { historyProblem, migrate, migrationChecksum, MigrationHistoryError } from '../../server/db/migrate';
import { migrations, type Migration } from '../../server/db/migrations';
import { openDatabase } from '../../server/db/open';
import { startServer } from '../../server/start';
import { describeOnDatabases, freshDatabase } from './helpers/databases';

const extra = (id: number, table: string): Migration => ({
  id,
  name: `add ${table}`,
  steps: [{ kind: 'create-table', table, columns: [{ name: 'id', type: 'text' }], primaryKey: ['id'] }],
});
const [initial] = migrations as [Migration];

describe('migration history check', () => {
  const applied = (list: readonly Migration[]) =>
    list.map((m) => ({ id: m.id, name: m.name, checksum: migrationChecksum(m) }));
  it('accepts a history the code extends', () => {
    expect(historyProblem([], migrations)).toBeNull();
    expect(historyProblem(applied([initial]), [initial, extra(2, 'x')])).toBeNull();
  });
  it('refuses an unknown applied id, a changed definition and a different order', () => {
    expect(historyProblem(applied([initial, extra(2, 'x')]), [initial])).toMatch(/does not know/);
    expect(historyProblem(applied([initial, extra(2, 'x')]), [initial, extra(2, 'y')])).toMatch(
      /changed after it was applied/,
    );
    expect(
      historyProblem(applied([initial, extra(3, 'z')]), [initial, extra(2, 'x'), extra(3, 'z')]),
    ).toMatch(/out of order/);
  });
  it('gives every shipped migration a checksum over its definition only', () => {
    expect(migrationChecksum(initial)).toMatch(/^[0-9a-f]{64}$/);
    expect(migrationChecksum({ ...initial })).toBe(migrationChecksum(initial));
    expect(migrationChecksum({ ...initial, name: 'renamed' })).not.toBe(migrationChecksum(initial));
  });
});

describeOnDatabases('migrations', (kind) => {
  it('applies pending migrations in order, once', async () => {
    const config = await freshDatabase(kind);
    const database = openDatabase(config);
    try {
      expect(await migrate(database, [initial])).toEqual([1]);
      expect(await migrate(database, [initial])).toEqual([]);
      expect(await migrate(database, [initial, extra(2, 'x'), extra(3, 'y')])).toEqual([2, 3]);
      const rows = await database.db
        .selectFrom('migrations')
        .select(['id', 'checksum'])
        .orderBy('id')
        .execute();
      expect(rows.map((r) => r.id)).toEqual([1, 2, 3]);
      await database.db
        .insertInto('x' as never)
        .values({ id: 'works' } as never)
        .execute();
    } finally {
      await database.close();
    }
  });

  it('refuses to start on a database whose history diverged: unknown id, changed checksum, other order', async () => {
    const cases: {
      applied: Migration[];
      tamper?: (db: ReturnType<typeof openDatabase>) => Promise<void>;
      code: Migration[];
      message: RegExp;
    }[] = [
      { applied: [initial, extra(2, 'x')], code: [initial], message: /migration 2 .* does not know/ },
      {
        applied: [initial],
        tamper: async (database) => {
          await database.db
            .updateTable('migrations')
            .set({ checksum: '0'.repeat(64) })
            .where('id', '=', 1)
            .execute();
        },
        code: [initial],
        message: /migration 1 .* changed after it was applied/,
      },
      {
        applied: [initial, extra(3, 'z')],
        code: [initial, extra(2, 'x'), extra(3, 'z')],
        message: /out of order/,
      },
    ];
    for (const c of cases) {
      const config = await freshDatabase(kind);
      const database = openDatabase(config);
      await migrate(database, c.applied);
      await c.tamper?.(database);
      await expect(migrate(database, c.code)).rejects.toThrow(MigrationHistoryError);
      await expect(migrate(database, c.code)).rejects.toThrow(c.message);
      const count = await database.db
        .selectFrom('migrations')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(c.applied.length);
      await database.close();
      if (c.code.length === 1) {
        // The server itself (with the shipped list) does not start either — and leaves no lock behind.
        await expect(startServer({ port: 0, logLevel: 'silent', database: config })).rejects.toThrow(
          /Refusing to start/,
        );
        await expect(startServer({ port: 0, logLevel: 'silent', database: config })).rejects.toThrow(
          /Refusing to start/,
        );
      }
    }
  });
});
