import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDeskDatabase, type DeskDatabase } from '../../renderer/db';

/**
 * Upgrade tests: build the database as an older build left it — with plain IndexedDB calls, or
 * through this code's own version list cut at an old version — put raw rows in, then open it with
 * the current code and look at what the upgrade made of them. Rows go in and come out raw: an
 * upgrade test must not depend on today's record types.
 *
 * The test for version N+1 is a few lines:
 *   const old = newUpgradeScenario();
 *   await seedAtVersion(old, N, { applications: [rowAsVersionNStoredIt] });
 *   const db = await openCurrent(old);
 *   expect(await readRawRows(old, 'applications')).toEqual([rowAsVersionN1StoresIt]);
 */

export interface UpgradeScenario {
  readonly factory: IDBFactory;
  readonly name: string;
}

/** Dexie keeps its version ×10 in IndexedDB. */
export const idbVersionOf = (dexieVersion: number): number => dexieVersion * 10;

export function newUpgradeScenario(name = 'counter-desk-upgrade'): UpgradeScenario {
  return { factory: new IDBFactory(), name };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** Opens the database raw; with a version and a builder, creates or upgrades it with plain IndexedDB calls. */
export function openRaw(
  scenario: UpgradeScenario,
  idbVersion?: number,
  build?: (db: IDBDatabase, transaction: IDBTransaction) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = scenario.factory.open(scenario.name, idbVersion);
    req.onupgradeneeded = () => {
      if (build === undefined) return;
      const transaction = req.transaction;
      if (transaction === null) throw new Error('No upgrade transaction');
      build(req.result, transaction);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('Could not open the database'));
    req.onblocked = () => reject(new Error('Opening the raw database was blocked by an open connection'));
  });
}

/** A database an older or foreign build made with plain IndexedDB (e.g. Dexie's "version 0"). */
export async function createRawDatabase(
  scenario: UpgradeScenario,
  idbVersion: number,
  build: (db: IDBDatabase, transaction: IDBTransaction) => void,
): Promise<void> {
  (await openRaw(scenario, idbVersion, build)).close();
}

/** Puts rows into stores of the database at whatever version it is. */
export async function putRawRows(
  scenario: UpgradeScenario,
  rows: Readonly<Record<string, readonly unknown[]>>,
): Promise<void> {
  const db = await openRaw(scenario);
  try {
    const stores = Object.keys(rows);
    if (stores.length === 0) return;
    const transaction = db.transaction(stores, 'readwrite');
    for (const [store, values] of Object.entries(rows)) {
      for (const value of values) transaction.objectStore(store).put(value);
    }
    await done(transaction);
  } finally {
    db.close();
  }
}

/** Creates the database as the build with schema versions up to `version` left it, then seeds rows. */
export async function seedAtVersion(
  scenario: UpgradeScenario,
  version: number,
  rows: Readonly<Record<string, readonly unknown[]>> = {},
): Promise<void> {
  const opened = await openDeskDatabase({
    name: scenario.name,
    indexedDB: scenario.factory,
    IDBKeyRange,
    throughVersion: version,
  });
  if (!opened.ok) throw new Error(`Could not create version ${version}: ${JSON.stringify(opened.error)}`);
  opened.value.close();
  await putRawRows(scenario, rows);
}

/** Opens the database with the current code — running every upgrade it needs. */
export async function openCurrent(scenario: UpgradeScenario): Promise<DeskDatabase> {
  const opened = await openDeskDatabase({ name: scenario.name, indexedDB: scenario.factory, IDBKeyRange });
  if (!opened.ok) throw new Error(`Could not open with the current code: ${JSON.stringify(opened.error)}`);
  return opened.value;
}

export async function readRawRows(scenario: UpgradeScenario, store: string): Promise<unknown[]> {
  const db = await openRaw(scenario);
  try {
    return await request(db.transaction(store, 'readonly').objectStore(store).getAll());
  } finally {
    db.close();
  }
}

export interface RawStoreShape {
  readonly keyPath: string | readonly string[] | null;
  readonly autoIncrement: boolean;
  /** name → key path, with unique / multiEntry flags, as the index spec reads. */
  readonly indexes: Readonly<Record<string, string>>;
}

/** The database's version and stores as IndexedDB itself reports them. */
export async function readRawShape(
  scenario: UpgradeScenario,
): Promise<{ readonly idbVersion: number; readonly stores: Readonly<Record<string, RawStoreShape>> }> {
  const db = await openRaw(scenario);
  try {
    const names = [...db.objectStoreNames];
    const stores: Record<string, RawStoreShape> = {};
    if (names.length > 0) {
      const transaction = db.transaction(names, 'readonly');
      for (const name of names) {
        const store = transaction.objectStore(name);
        const indexes: Record<string, string> = {};
        for (const indexName of [...store.indexNames]) {
          const index = store.index(indexName);
          const path = Array.isArray(index.keyPath) ? `[${index.keyPath.join('+')}]` : String(index.keyPath);
          indexes[indexName] = `${index.unique ? '&' : ''}${index.multiEntry ? '*' : ''}${path}`;
        }
        stores[name] = { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
      }
    }
    return { idbVersion: db.version, stores };
  } finally {
    db.close();
  }
}
