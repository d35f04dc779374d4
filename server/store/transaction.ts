import { sql, type Transaction } from 'kysely';
import type { ServerDatabase } from '../db/open';
import type { Database } from '../db/schema';
import { GroupingQueue } from './grouping-queue';

export type Tx = Transaction<Database>;

/** Any PostgreSQL advisory-lock key, fixed: the one lock all the server's writers take. */
const writerLockKey = 0x43445301;

/**
 * Writes queued while a commit runs that go into the next one together. Bounded so that one
 * commit's latency stays that of a few dozen pages.
 */
const maxWritesPerCommit = 32;

type QueuedWrite = (trx: Tx) => Promise<unknown>;

/**
 * A write transaction. Writers are serialised — on SQLite by BEGIN IMMEDIATE (one writer at a
 * time), on PostgreSQL by a transaction-level advisory lock — so server sequences are allocated and
 * committed in order and a reader paging by cursor never skips one committed later.
 *
 * Group commit (grouping-queue.ts): writes that arrive while another commits wait, and the next
 * transaction runs them one after another and commits once; each caller is answered only after
 * that commit, so nothing is acknowledged before it is durable. Twenty desks pushing at once cost a
 * few commits (fsyncs) instead of twenty. If any write of a group throws, the whole transaction is
 * rolled back and each write of the group runs again alone.
 */
export function writeTransaction<T>(database: ServerDatabase, work: (trx: Tx) => Promise<T>): Promise<T> {
  return queueOf(database).add(work) as Promise<T>;
}

const queues = new WeakMap<ServerDatabase, GroupingQueue<QueuedWrite, unknown>>();

function queueOf(database: ServerDatabase): GroupingQueue<QueuedWrite, unknown> {
  let queue = queues.get(database);
  if (queue === undefined) {
    queue = new GroupingQueue(
      (waiting) => waiting.slice(0, maxWritesPerCommit).map((_, i) => i),
      (group) => commitTogether(database, group),
    );
    queues.set(database, queue);
  }
  return queue;
}

/** Runs the writes in one transaction, in order, and commits: their values, or the first error. */
function commitTogether(database: ServerDatabase, group: readonly QueuedWrite[]): Promise<unknown[]> {
  return database.db.transaction().execute(async (trx) => {
    if (database.kind === 'postgres') await sql`select pg_advisory_xact_lock(${writerLockKey})`.execute(trx);
    const values: unknown[] = [];
    for (const work of group) values.push(await work(trx));
    return values;
  });
}
