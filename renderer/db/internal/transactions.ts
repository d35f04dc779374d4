import Dexie, { type Transaction } from 'dexie';
import { err, ok, type Result } from '../../../shared/domain';
import type { DeskDexie } from '../database';
import { deskTableNames, type DeskTableName } from '../schema/versions';

/** IndexedDB refused the work (disk full, database closed or deleted, a unique index clash…). */
export interface StorageError {
  readonly kind: 'storage-failed';
  readonly errorName: string;
  readonly message: string;
}

/**
 * The tables as seen by one transaction. Operations on them belong to that transaction however
 * deeply the helpers that make them are nested — no reliance on Dexie's zone tracking of native
 * `await`, which loses the transaction after a few levels of async functions. Touching a table
 * outside the transaction's scope throws.
 */
export type DeskTables = { readonly [K in DeskTableName]: DeskDexie[K] };

function tablesOf(transaction: Transaction): DeskTables {
  const tables: Partial<Record<DeskTableName, unknown>> = {};
  for (const name of deskTableNames) {
    Object.defineProperty(tables, name, { get: () => transaction.table(name), enumerable: true });
  }
  return tables as DeskTables;
}

class TransactionAborted<E> extends Error {
  constructor(readonly reason: E) {
    super('Transaction aborted with a typed error');
    this.name = 'TransactionAborted';
  }
}

/** Stops the transaction — every write so far is rolled back — and returns `reason` to the caller. */
export type Abort<E> = (reason: E) => never;

function asStorageError(error: unknown): StorageError | null {
  return error instanceof Dexie.DexieError
    ? { kind: 'storage-failed', errorName: error.name, message: error.message }
    : null;
}

/**
 * One readwrite transaction over `scope`: all of `body`'s writes commit together or none do.
 * `body` may await only operations on `tables` (an IndexedDB transaction commits as soon as it
 * has nothing left to do); hash passwords and parse inputs before calling.
 */
export async function writeTransaction<T, E = never>(
  dexie: DeskDexie,
  scope: readonly DeskTableName[],
  body: (tables: DeskTables, abort: Abort<E>) => Promise<T>,
): Promise<Result<T, E | StorageError>> {
  const abort: Abort<E> = (reason) => {
    throw new TransactionAborted(reason);
  };
  try {
    return ok(await dexie.transaction('rw', [...scope], (transaction) => body(tablesOf(transaction), abort)));
  } catch (error) {
    if (error instanceof TransactionAborted) return err(error.reason as E);
    const storage = asStorageError(error);
    if (storage !== null) return err(storage);
    throw error;
  }
}

/** A consistent read over several tables; rejects only when IndexedDB fails. */
export function readTransaction<T>(
  dexie: DeskDexie,
  scope: readonly DeskTableName[],
  body: (tables: DeskTables) => Promise<T>,
): Promise<T> {
  return dexie.transaction('r', [...scope], (transaction) => body(tablesOf(transaction)));
}
