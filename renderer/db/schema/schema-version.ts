import type { Transaction } from 'dexie';

/** One step of the database's history. */
export interface SchemaVersion {
  /** Dexie's version number (IndexedDB sees it ×10). */
  readonly version: number;
  /** Dexie store specs of the tables this version adds or changes; null deletes a table. */
  readonly stores: Readonly<Record<string, string | null>>;
  /**
   * Rewrites the rows this version changes. A named function in the version's own file that
   * declares the row shapes it reads and writes (frozen copies) instead of importing live types.
   * Runs inside the upgrade transaction: use only this transaction's tables, await nothing else.
   */
  readonly upgrade: ((transaction: Transaction) => Promise<void>) | null;
}
