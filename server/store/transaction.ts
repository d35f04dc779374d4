import { sql, type Transaction } from 'kysely';
import type { ServerDatabase } from '../db/open';
import type { Database } from '../db/schema';

export type Tx = Transaction<Database>;

/** Any PostgreSQL advisory-lock key, fixed: the one lock all the server's writers take. */
const writerLockKey = 0x43445301;

/**
 * Writes queued while a commit runs that go into the next one together. Bounded so that one
 * commit's latency stays that of a few dozen pages.
 */
const maxWritesPerCommit = 32;

type Outcome =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

interface QueuedWrite {
  readonly work: (trx: Tx) => Promise<unknown>;
  readonly settle: (outcome: Outcome) => void;
}

/**
 * A write transaction. Writers are serialised — on SQLite by BEGIN IMMEDIATE (one writer at a
 * time), on PostgreSQL by a transaction-level advisory lock — so server sequences are allocated and
 * committed in order and a reader paging by cursor never skips one committed later.
 *
 * Group commit: writes that arrive while another commits wait in a queue, and the next
 * transaction runs them one after another and commits once; each caller is answered only after
 * that commit, so nothing is acknowledged before it is durable. Twenty desks pushing at once cost a
 * few commits (fsyncs) instead of twenty. If any write of a group throws, the whole transaction is
 * rolled back and each write of the group runs again alone, so a failing write (or a batch that
 * throws to undo itself) never takes the others with it — and costs nothing when none fails.
 */
export function writeTransaction<T>(database: ServerDatabase, work: (trx: Tx) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queueOf(database).add({
      work,
      settle: (outcome) => (outcome.ok ? resolve(outcome.value as T) : reject(outcome.error)),
    });
  });
}

const queues = new WeakMap<ServerDatabase, WriteQueue>();

function queueOf(database: ServerDatabase): WriteQueue {
  let queue = queues.get(database);
  if (queue === undefined) {
    queue = new WriteQueue(database);
    queues.set(database, queue);
  }
  return queue;
}

class WriteQueue {
  readonly #waiting: QueuedWrite[] = [];
  #draining = false;

  constructor(private readonly database: ServerDatabase) {}

  add(write: QueuedWrite): void {
    this.#waiting.push(write);
    if (this.#draining) return;
    this.#draining = true;
    // After the event loop's I/O phase: requests that have arrived meanwhile join this commit.
    // (node:sqlite never yields inside a transaction, so without this nothing would ever queue.)
    setImmediate(() => void this.#drain());
  }

  async #drain(): Promise<void> {
    try {
      while (this.#waiting.length > 0) {
        const group = this.#waiting.splice(0, maxWritesPerCommit);
        const together = await commitTogether(this.database, group);
        if (together.ok) {
          group.forEach((write, i) => write.settle({ ok: true, value: together.values[i] }));
          continue;
        }
        if (group.length === 1) {
          group[0]?.settle({ ok: false, error: together.error });
          continue;
        }
        for (const write of group) {
          const alone = await commitTogether(this.database, [write]);
          write.settle(alone.ok ? { ok: true, value: alone.values[0] } : { ok: false, error: alone.error });
        }
      }
    } finally {
      this.#draining = false;
    }
  }
}

/** Runs the writes in one transaction, in order, and commits: every value, or the first error. */
async function commitTogether(
  database: ServerDatabase,
  group: readonly QueuedWrite[],
): Promise<
  { readonly ok: true; readonly values: unknown[] } | { readonly ok: false; readonly error: unknown }
> {
  try {
    const values = await database.db.transaction().execute(async (trx) => {
      if (database.kind === 'postgres')
        await sql`select pg_advisory_xact_lock(${writerLockKey})`.execute(trx);
      const results: unknown[] = [];
      for (const write of group) results.push(await write.work(trx));
      return results;
    });
    return { ok: true, values };
  } catch (error) {
    return { ok: false, error };
  }
}
