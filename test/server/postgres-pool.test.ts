import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { postgresAvailable } from './helpers/databases';
import { startTestServer } from './helpers/server';

/** The pool is opened before the server answers, so a burst of desks does not wait for backends. */
describe.skipIf(!postgresAvailable())('PostgreSQL connections [postgres]', () => {
  it('opens every pooled connection at start and keeps them', async () => {
    const server = await startTestServer('postgres', { seed: false });
    const backends = async () => {
      const { rows } = await sql<{ n: string }>`
        select count(*) as n from pg_stat_activity where datname = current_database()`.execute(
        server.database.db,
      );
      return Number(rows[0]?.n);
    };
    expect(await backends()).toBe(10);
  });
});
