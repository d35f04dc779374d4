import Dexie, { type Table } from 'dexie';
import { err, ok, type Result } from '../../shared/domain';
import type {
  ApplicationRecord,
  AttachmentRecord,
  CalendarRecord,
  CounterRecord,
  DraftRecord,
  EventRecord,
  OutboxRecord,
  QuarantineRecord,
  ResentRecord,
  ReturnBatchRecord,
  SettingRecord,
  ShelfFlagRecord,
  StockTakeRecord,
  StockTakeScanRecord,
  SyncStateRecord,
  UserRecord,
} from './records';
import type { SchemaVersion } from './schema/schema-version';
import { schemaVersions } from './schema/versions';

/** The Dexie database. Only renderer/db sees this class; everything else holds a DeskDatabase. */
export class DeskDexie extends Dexie {
  declare readonly applications: Table<ApplicationRecord, string>;
  declare readonly events: Table<EventRecord, string>;
  declare readonly outbox: Table<OutboxRecord, number>;
  declare readonly attachments: Table<AttachmentRecord, string>;
  declare readonly users: Table<UserRecord, string>;
  declare readonly settings: Table<SettingRecord, string>;
  declare readonly calendar: Table<CalendarRecord, string>;
  declare readonly syncState: Table<SyncStateRecord, string>;
  declare readonly drafts: Table<DraftRecord, string>;
  declare readonly counters: Table<CounterRecord, string>;
  declare readonly quarantine: Table<QuarantineRecord, string>;
  declare readonly resent: Table<ResentRecord, number>;
  declare readonly returnBatches: Table<ReturnBatchRecord, string>;
  declare readonly shelfFlags: Table<ShelfFlagRecord, string>;
  declare readonly stockTakes: Table<StockTakeRecord, string>;
  declare readonly stockTakeScans: Table<StockTakeScanRecord, [string, string]>;

  constructor(name: string, factory: IndexedDbFactory | undefined, versions: readonly SchemaVersion[]) {
    super(name, {
      ...factory,
      autoOpen: false,
      // An accepted application is a legal fact: commit only once it is on disk, not in the OS cache.
      chromeTransactionDurability: 'strict',
    });
    let previous = 0;
    for (const step of versions) {
      if (!Number.isInteger(step.version) || step.version <= previous) {
        throw new RangeError(
          `Schema versions must be increasing integers: ${step.version} after ${previous}`,
        );
      }
      previous = step.version;
      const declared = this.version(step.version).stores(step.stores);
      const upgrade = step.upgrade;
      if (upgrade !== null) declared.upgrade((transaction) => upgrade(transaction));
    }
  }
}

interface IndexedDbFactory {
  readonly indexedDB: IDBFactory;
  readonly IDBKeyRange: typeof IDBKeyRange;
}

/** An open desk database. Pass it to the repositories; it exposes nothing of Dexie. */
export interface DeskDatabase {
  readonly name: string;
  /** The schema version the database is at (the newest this code declares). */
  readonly schemaVersion: number;
  /** Closes the connection; later calls report a storage failure. */
  close(): void;
}

export interface OpenDeskDatabaseOptions {
  /** Defaults to 'counter-desk'. */
  readonly name?: string;
  /** Another IndexedDB implementation (tests: a fresh fake-indexeddb factory each), with its key range. */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
  /** Open as the build that had only the versions up to this one (upgrade tests seed old versions with it). */
  readonly throughVersion?: number;
}

export type OpenDatabaseError =
  | { readonly kind: 'open-failed'; readonly errorName: string; readonly message: string }
  /** A newer build upgraded this database (the app was downgraded): its rows may not be what this code expects. */
  | { readonly kind: 'newer-database'; readonly installedVersion: number; readonly knownVersion: number };

export const defaultDatabaseName = 'counter-desk';

const connections = new WeakMap<DeskDatabase, DeskDexie>();

/** Opens (creating or upgrading) the desk database. */
export async function openDeskDatabase(
  options: OpenDeskDatabaseOptions = {},
): Promise<Result<DeskDatabase, OpenDatabaseError>> {
  const versions =
    options.throughVersion === undefined
      ? schemaVersions
      : schemaVersions.filter((step) => step.version <= (options.throughVersion ?? 0));
  const last = versions[versions.length - 1];
  if (last === undefined) throw new RangeError(`No schema version up to ${options.throughVersion}`);
  if ((options.indexedDB === undefined) !== (options.IDBKeyRange === undefined)) {
    throw new TypeError('Pass indexedDB and IDBKeyRange together (they must come from one implementation)');
  }
  const factory =
    options.indexedDB !== undefined && options.IDBKeyRange !== undefined
      ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange }
      : undefined;
  // Dexie's live queries (watchQuery) run only where it found a global IndexedDB at load, as in a
  // browser; in Node (tests) the factory passed in stands for it.
  if (factory !== undefined && !Dexie.dependencies.indexedDB) Object.assign(Dexie.dependencies, factory);
  const dexie = new DeskDexie(options.name ?? defaultDatabaseName, factory, versions);
  try {
    await dexie.open();
  } catch (error) {
    dexie.close();
    if (error instanceof Error)
      return err({ kind: 'open-failed', errorName: error.name, message: error.message });
    throw error;
  }
  // Dexie 4 opens a newer database as it finds it; writing today's rows into it could corrupt it.
  // IndexedDB holds Dexie's version ×10; 11 would be Dexie's own index patch of version 1, not a newer build.
  const installedVersion = Math.floor(dexie.backendDB().version / 10);
  if (installedVersion > last.version) {
    dexie.close();
    return err({ kind: 'newer-database', installedVersion, knownVersion: last.version });
  }
  const handle: DeskDatabase = {
    name: dexie.name,
    schemaVersion: last.version,
    close: () => dexie.close(),
  };
  connections.set(handle, dexie);
  return ok(handle);
}

/** The Dexie behind a handle; for renderer/db only (not exported from its index). */
export function dexieOf(db: DeskDatabase): DeskDexie {
  const dexie = connections.get(db);
  if (dexie === undefined) throw new TypeError('Not a desk database opened by openDeskDatabase');
  return dexie;
}
