import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  type SqliteStatement,
} from 'kysely';

/**
 * Kysely's SqliteDialect over Node 22's built-in `node:sqlite` (no native add-on to build).
 * SqliteDialect expects better-sqlite3's shape; this adapts a DatabaseSync to it, and begins
 * every transaction IMMEDIATE so a writer takes SQLite's write lock before it reads what it will
 * change (the server's writers are serialised; see store/transaction.ts).
 */
class NodeSqliteStatement implements SqliteStatement {
  readonly reader: boolean;
  readonly #statement: StatementSync;

  constructor(statement: StatementSync) {
    this.#statement = statement;
    this.reader = statement.columns().length > 0;
  }

  all(parameters: readonly unknown[]): unknown[] {
    return this.#statement.all(...toInputs(parameters));
  }

  run(parameters: readonly unknown[]): { changes: number | bigint; lastInsertRowid: number | bigint } {
    return this.#statement.run(...toInputs(parameters));
  }

  iterate(parameters: readonly unknown[]): IterableIterator<unknown> {
    return this.#statement.iterate(...toInputs(parameters));
  }
}

/** Booleans and `undefined` as SQLite takes them; the array itself when it has none (a push page: 20,000 values). */
function toInputs(parameters: readonly unknown[]): SQLInputValue[] {
  let inputs: unknown[] | null = null;
  for (let i = 0; i < parameters.length; i += 1) {
    const value = parameters[i];
    if (typeof value !== 'boolean' && value !== undefined) continue;
    inputs ??= [...parameters];
    inputs[i] = typeof value === 'boolean' ? (value ? 1 : 0) : null;
  }
  return (inputs ?? parameters) as SQLInputValue[];
}

/** Prepared statements kept for reuse: the server runs the same few dozen queries all day. */
const statementCacheSize = 200;

/**
 * WAL checkpoints on a second connection in a worker thread. `node:sqlite` is synchronous, so a
 * checkpoint run by the server's connection (SQLite's auto-checkpoint, at the commit that crosses
 * 1,000 WAL pages) copies megabytes and fsyncs the database file while every request waits. The
 * worker runs a PASSIVE checkpoint (it never blocks the writer) after commits instead. Durability
 * is unchanged: a commit is durable once its WAL frames are fsynced (synchronous=FULL); the
 * checkpoint only copies committed frames into the database file. The server's own connection
 * keeps a far larger auto-checkpoint as a fallback, so the WAL stays bounded if the worker lags.
 */
const checkpointerSource = `
const { DatabaseSync } = require('node:sqlite');
const { parentPort, workerData } = require('node:worker_threads');
let db = null;
let scheduled = false;
function checkpoint() {
  scheduled = false;
  try {
    if (db === null) {
      const opened = new DatabaseSync(workerData.file);
      try {
        opened.exec('PRAGMA busy_timeout = 1000; PRAGMA synchronous = FULL');
      } catch (error) {
        opened.close();
        throw error;
      }
      db = opened;
    }
    db.exec('PRAGMA wal_checkpoint(PASSIVE)');
  } catch {
    // Busy (e.g. a migration holds the file): the next commit asks again; the server's fallback remains.
  }
}
parentPort.on('message', (message) => {
  if (message === 'close') {
    if (db !== null && db.isOpen) db.close();
    db = null;
    parentPort.close();
    return;
  }
  if (scheduled) return;
  scheduled = true;
  setImmediate(checkpoint);
});
`;

/** WAL pages after which the server's own connection checkpoints (when the worker has not). */
const fallbackAutoCheckpoint = 8000;

class Checkpointer {
  readonly #worker: Worker;

  constructor(file: string) {
    this.#worker = new Worker(checkpointerSource, {
      eval: true,
      workerData: { file },
      execArgv: ['--disable-warning=ExperimentalWarning'],
    });
    this.#worker.unref();
    this.#worker.on('error', (error) => process.emitWarning(`SQLite checkpointer stopped: ${error.message}`));
  }

  afterCommit(): void {
    this.#worker.postMessage('commit');
  }

  /** Asks the worker to close its connection and resolves once the thread has exited (1 s at most). */
  close(): Promise<void> {
    return new Promise((resolve) => {
      // Held open until the thread is gone (it was unref'd so that it never kept a process alive).
      this.#worker.ref();
      const timer = setTimeout(() => void this.#worker.terminate().then(() => resolve()), 1000);
      this.#worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      this.#worker.postMessage('close');
    });
  }
}

export class NodeSqliteDatabase implements SqliteDatabase {
  readonly raw: DatabaseSync;
  readonly #statements = new Map<string, NodeSqliteStatement>();
  #checkpointer: Checkpointer | null = null;

  constructor(file: string) {
    this.raw = new DatabaseSync(file);
  }

  /** Moves WAL checkpoints to a worker thread (see Checkpointer); for a file database in WAL mode. */
  checkpointInBackground(file: string): void {
    this.raw.exec(`PRAGMA wal_autocheckpoint = ${fallbackAutoCheckpoint}`);
    this.#checkpointer = new Checkpointer(file);
  }

  /** Called after each commit: the worker checkpoints what was committed. */
  committed(): void {
    this.#checkpointer?.afterCommit();
  }

  prepare(sql: string): SqliteStatement {
    const cached = this.#statements.get(sql);
    if (cached !== undefined) return cached;
    const statement = new NodeSqliteStatement(this.raw.prepare(sql));
    // Schema changes (migrations) and one-off statements are not worth keeping.
    if (/^\s*(select|insert|update|delete)\b/i.test(sql)) {
      if (this.#statements.size >= statementCacheSize) {
        const oldest = this.#statements.keys().next().value;
        if (oldest !== undefined) this.#statements.delete(oldest);
      }
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  /** Resolves when the checkpoint worker has let go of the file too (see close). */
  #workerClosed: Promise<void> = Promise.resolve();

  close(): void {
    if (this.#checkpointer !== null) this.#workerClosed = this.#checkpointer.close();
    this.#checkpointer = null;
    this.#statements.clear();
    if (this.raw.isOpen) this.raw.close();
  }

  /**
   * After close(): waits for the checkpoint worker's connection to close as well, so that nothing
   * of this server touches the file once its lock is released (or its folder removed).
   */
  whenClosed(): Promise<void> {
    return this.#workerClosed;
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  readonly #database: NodeSqliteDatabase;

  constructor(database: NodeSqliteDatabase) {
    super({ database });
    this.#database = database;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await super.commitTransaction(connection);
    this.#database.committed();
  }
}

export class NodeSqliteDialect extends SqliteDialect {
  readonly #database: NodeSqliteDatabase;

  constructor(database: NodeSqliteDatabase) {
    super({ database });
    this.#database = database;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#database);
  }
}

/** Durable settings: every acknowledged commit is on disk before the answer (WAL + synchronous=FULL). */
export function openSqliteFile(file: string): NodeSqliteDatabase {
  const database = new NodeSqliteDatabase(file);
  database.raw.exec(
    [
      'PRAGMA busy_timeout = 5000',
      'PRAGMA journal_mode = WAL',
      'PRAGMA synchronous = FULL',
      'PRAGMA foreign_keys = ON',
    ].join(';\n'),
  );
  if (file !== ':memory:' && file !== '') database.checkpointInBackground(file);
  return database;
}
