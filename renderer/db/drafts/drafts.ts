import { err, type Result } from '../../../shared/domain';
import { nowFrom, type Clock, type DeskSession } from '../context';
import { dexieOf, type DeskDatabase } from '../database';
import { writeTransaction, type StorageError } from '../internal/transactions';
import { validationIssues, type ValidationIssue } from '../internal/validation';
import type { DraftRecord } from '../records';
import { intakeDraftSchema } from './draft-schema';

export type SaveDraftError =
  | { readonly kind: 'invalid-draft'; readonly issues: readonly ValidationIssue[] }
  /** The application was accepted or refused meanwhile (an autosave that arrived late): nothing saved. */
  | { readonly kind: 'already-decided'; readonly applicationId: string }
  | StorageError;

/**
 * Saves (creates or replaces) the wizard's draft, so it survives a reload, a crash or a power cut.
 * Call it as the clerk goes; acceptance and refusal delete the draft in their own transaction.
 */
export async function saveDraft(
  db: DeskDatabase,
  draft: unknown,
  context: { readonly clock: Clock; readonly session: DeskSession },
): Promise<Result<DraftRecord, SaveDraftError>> {
  const parsed = intakeDraftSchema.safeParse(draft);
  if (!parsed.success) return err({ kind: 'invalid-draft', issues: validationIssues(parsed.error) });
  const record: DraftRecord = {
    ...parsed.data,
    updatedAt: nowFrom(context.clock),
    savedBy: context.session.user.id,
  };
  return writeTransaction<DraftRecord, SaveDraftError>(
    dexieOf(db),
    ['drafts', 'applications'],
    async (tables, abort) => {
      if ((await tables.applications.get(record.id)) !== undefined) {
        return abort({ kind: 'already-decided', applicationId: record.id });
      }
      await tables.drafts.put(record);
      return record;
    },
  );
}

export function loadDraft(db: DeskDatabase, id: string): Promise<DraftRecord | undefined> {
  return dexieOf(db).drafts.get(id);
}

/** Discards a draft the clerk abandoned. */
export function deleteDraft(db: DeskDatabase, id: string): Promise<Result<void, StorageError>> {
  return writeTransaction(dexieOf(db), ['drafts'], (tables) => tables.drafts.delete(id));
}

/** Every unfinished intake on this desk, most recently saved first. */
export function listDrafts(db: DeskDatabase): Promise<DraftRecord[]> {
  return dexieOf(db).drafts.orderBy('updatedAt').reverse().toArray();
}
