import type { SchemaVersion } from './schema-version';
import { version1 } from './v1';
import { version2 } from './v2-sync';
import { version3 } from './v3-shelf';

/**
 * Every version of the desk database, oldest first — the only place versions are declared.
 *
 * To change the schema, add a file `vN-what-changes.ts` exporting `versionN` and append it here:
 *
 *   // v2-shelf-slot-index.ts
 *   interface ApplicationRowV1 { readonly applicationId: string; readonly shelfSlot: string | null }
 *   export async function upgradeToV2ShelfSlotIndex(transaction: Transaction): Promise<void> {
 *     await transaction.table<ApplicationRowV1>('applications').toCollection().modify((row) => { … });
 *   }
 *   export const version2: SchemaVersion = {
 *     version: 2,
 *     stores: { applications: '…, shelfSlot' },   // only the tables that change
 *     upgrade: upgradeToV2ShelfSlotIndex,
 *   };
 *
 * and a test in test/db/ that seeds version 1 with raw rows and opens the current code over it
 * (test/db/upgrade-harness.ts). Never edit a version that has shipped: desks in the field have run it.
 */
export const schemaVersions: readonly SchemaVersion[] = [version1, version2, version3];

export const currentSchemaVersion: number = schemaVersions[schemaVersions.length - 1]?.version ?? 0;

/** The tables of the current schema. */
export const deskTableNames = [
  'applications',
  'events',
  'outbox',
  'attachments',
  'users',
  'settings',
  'calendar',
  'syncState',
  'drafts',
  'counters',
  'quarantine',
  'resent',
  'returnBatches',
  'shelfFlags',
  'stockTakes',
  'stockTakeScans',
] as const;
export type DeskTableName = (typeof deskTableNames)[number];
