import { CompiledQuery, PostgresAdapter } from 'kysely';
import { CopyData, copyText } from '../db/postgres-copy';
import type { Database } from '../db/schema';
import type { Tx } from './transaction';

/**
 * A multi-row INSERT written straight as SQL for the push's hot path. Kysely's builder makes an
 * operation node per value and compiles the tree on every call (a 500-event page: ~11,000 values);
 * here the statement text is made once per (table, row count) and the parameters are one flat array
 * — the same statement Kysely would send, without that per-value work and garbage. A plain insert
 * on PostgreSQL goes by COPY instead (db/postgres-copy.ts): faster still, and no parameters at all.
 */
const texts = new Map<string, string>();

export async function insertRows<T extends keyof Database>(
  trx: Tx,
  table: T,
  columns: readonly (keyof Database[T] & string)[],
  rows: readonly Database[T][],
  /** Appended to the statement (e.g. an ON CONFLICT clause); part of the cached text's key. */
  suffix = '',
): Promise<void> {
  if (rows.length === 0) return;
  const postgres = trx.getExecutor().adapter instanceof PostgresAdapter;
  if (postgres && suffix === '') {
    // Not for an upsert: COPY has no ON CONFLICT.
    const statement = `copy "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) from stdin`;
    await trx.executeQuery(CompiledQuery.raw(statement, [new CopyData(copyText(columns, rows))]));
    return;
  }
  const key = `${postgres ? 'pg' : 'sqlite'}:${table}:${columns.join(',')}:${rows.length}:${suffix}`;
  let text = texts.get(key);
  if (text === undefined) {
    const tuples: string[] = [];
    let n = 0;
    for (let r = 0; r < rows.length; r += 1) {
      const marks: string[] = [];
      for (let c = 0; c < columns.length; c += 1) marks.push(postgres ? `$${(n += 1)}` : '?');
      tuples.push(`(${marks.join(', ')})`);
    }
    const names = columns.map((column) => `"${column}"`).join(', ');
    text = `insert into "${table}" (${names}) values ${tuples.join(', ')}${suffix}`;
    // Pages have a few sizes; bounded anyway.
    if (texts.size >= 256) texts.clear();
    texts.set(key, text);
  }
  const parameters: unknown[] = new Array(rows.length * columns.length);
  let i = 0;
  for (const row of rows) for (const column of columns) parameters[i++] = row[column] ?? null;
  await trx.executeQuery(CompiledQuery.raw(text, parameters));
}
