import { err, ok, type Instant, type Result } from '../../../shared/domain';
import { nowFrom, type WriteContext } from '../context';
import { dexieOf, type DeskDatabase } from '../database';
import { actorOf } from '../applications/application-events';
import {
  readTransaction,
  writeTransaction,
  type DeskTables,
  type StorageError,
} from '../internal/transactions';
import type { ShelfFlagRecord } from '../records';

export type { ShelfFlagKind, ShelfFlagRecord } from '../records';

export const shelfFlagKinds = ['no-matching-application', 'received-twice', 'not-expected'] as const;

/** The longest note a supervisor may write when resolving a flag. */
export const shelfFlagNoteLimit = 1000;

export type ResolveShelfFlagError =
  | { readonly kind: 'not-supervisor' }
  | { readonly kind: 'not-found'; readonly flagId: string }
  | { readonly kind: 'already-resolved'; readonly resolvedAt: Instant }
  /** The note is required (what was done about it), at most shelfFlagNoteLimit characters. */
  | { readonly kind: 'note-required' }
  | { readonly kind: 'note-too-long'; readonly limit: number }
  | StorageError;

/**
 * Raises a flag inside the caller's transaction, or returns the open flag of the same kind for the
 * same receipt number: scanning the same stray item again does not pile up flags.
 */
export async function raiseShelfFlag(
  tables: Pick<DeskTables, 'shelfFlags'>,
  flag: Omit<ShelfFlagRecord, 'resolvedAt' | 'resolvedBy' | 'note'>,
): Promise<ShelfFlagRecord> {
  const open = await tables.shelfFlags
    .where('receiptNumber')
    .equals(flag.receiptNumber)
    .filter((row) => row.kind === flag.kind && row.resolvedAt === null)
    .first();
  if (open !== undefined) return open;
  const row: ShelfFlagRecord = { ...flag, resolvedAt: null, resolvedBy: null, note: null };
  await tables.shelfFlags.add(row);
  return row;
}

/** Flags nobody has resolved yet, oldest first. */
export function listOpenShelfFlags(db: DeskDatabase): Promise<ShelfFlagRecord[]> {
  return readTransaction(dexieOf(db), ['shelfFlags'], (tables) =>
    tables.shelfFlags
      .orderBy('raisedAt')
      .filter((row) => row.resolvedAt === null)
      .toArray(),
  );
}

/** A supervisor closes a flag with a note of what was done (the flag stays, for the record). */
export async function resolveShelfFlag(
  db: DeskDatabase,
  input: { readonly flagId: string; readonly note: string },
  context: WriteContext,
): Promise<Result<ShelfFlagRecord, ResolveShelfFlagError>> {
  if (context.session.user.role !== 'supervisor') return err({ kind: 'not-supervisor' });
  const note = input.note.trim();
  if (note === '') return err({ kind: 'note-required' });
  if (note.length > shelfFlagNoteLimit) return err({ kind: 'note-too-long', limit: shelfFlagNoteLimit });
  const now = nowFrom(context.clock);
  const written = await writeTransaction<ShelfFlagRecord, ResolveShelfFlagError>(
    dexieOf(db),
    ['shelfFlags'],
    async (tables, abort) => {
      const flag = await tables.shelfFlags.get(input.flagId);
      if (flag === undefined) return abort({ kind: 'not-found', flagId: input.flagId });
      if (flag.resolvedAt !== null) return abort({ kind: 'already-resolved', resolvedAt: flag.resolvedAt });
      const resolved: ShelfFlagRecord = {
        ...flag,
        resolvedAt: now,
        resolvedBy: actorOf(context.session),
        note,
      };
      await tables.shelfFlags.put(resolved);
      return resolved;
    },
  );
  return written.ok ? ok(written.value) : written;
}
