import {
  applyEvent,
  firstReceiptCopy,
  type ReceiptLanguage,
  type ReceiptLayout,
  type Result,
} from '../../../shared/domain';
import { nowFrom, type WriteContext } from '../context';
import { dexieOf, type DeskDatabase } from '../database';
import { writeTransaction, type StorageError } from '../internal/transactions';
import type { ApplicationRecord } from '../records';
import {
  actorOf,
  appendEvents,
  checkedEvent,
  deskPlaceOf,
  type InvalidEventError,
} from './application-events';

export interface ReceiptPrintInput {
  readonly applicationId: string;
  readonly layout: ReceiptLayout;
  readonly language: ReceiptLanguage;
  /** Why a copy was printed again (a jammed printer, a lost receipt); optional. */
  readonly why?: string | undefined;
}

export interface ReceiptPrintRecorded {
  readonly copy: number;
  readonly record: ApplicationRecord;
}

export type ReceiptPrintError =
  | { readonly kind: 'not-found'; readonly applicationId: string }
  /** The first print is recorded already: record a reprint instead. */
  | { readonly kind: 'already-printed'; readonly copiesPrinted: number }
  /** No print is recorded yet: record the first print instead. */
  | { readonly kind: 'not-printed-yet' }
  | InvalidEventError
  | StorageError;

async function recordPrint(
  db: DeskDatabase,
  input: ReceiptPrintInput,
  context: WriteContext,
  which: 'first' | 'reprint',
): Promise<Result<ReceiptPrintRecorded, ReceiptPrintError>> {
  const { session, ids } = context;
  const now = nowFrom(context.clock);
  const scope = ['applications', 'events', 'outbox', 'counters'] as const;
  return writeTransaction<ReceiptPrintRecorded, ReceiptPrintError>(
    dexieOf(db),
    scope,
    async (tables, abort) => {
      const record = await tables.applications.get(input.applicationId);
      if (record === undefined) return abort({ kind: 'not-found', applicationId: input.applicationId });
      const printed = record.receiptCopiesPrinted;
      if (which === 'first' && printed > 0) return abort({ kind: 'already-printed', copiesPrinted: printed });
      if (which === 'reprint' && printed === 0) return abort({ kind: 'not-printed-yet' });

      const copy = printed + firstReceiptCopy;
      const event = checkedEvent(
        {
          id: ids.uuid(),
          applicationId: record.applicationId,
          type: 'receipt-printed',
          at: now,
          by: actorOf(session),
          where: deskPlaceOf(session),
          copy,
          layout: input.layout,
          language: input.language,
          why: input.why,
        },
        abort,
      );
      // Rows in applications are past intake, where the domain allows a print in every status.
      const next = applyEvent(record, event);
      if (!next.ok) throw new TypeError(`A receipt print was refused: ${JSON.stringify(next.error)}`);

      await appendEvents(tables, [event], record.eventCount, now);
      const updated: ApplicationRecord = {
        ...record,
        ...next.value,
        receiptCopiesPrinted: copy,
        syncState: 'pending',
      };
      await tables.applications.put(updated);
      return { copy, record: updated };
    },
  );
}

/** Records the first print of the application's receipt (after the host reported it printed). */
export function recordReceiptPrinted(
  db: DeskDatabase,
  input: ReceiptPrintInput,
  context: WriteContext,
): Promise<Result<ReceiptPrintRecorded, ReceiptPrintError>> {
  return recordPrint(db, input, context, 'first');
}

/** Records another copy of a receipt printed before: an event in the history, and in the outbox. */
export function recordReceiptReprinted(
  db: DeskDatabase,
  input: ReceiptPrintInput,
  context: WriteContext,
): Promise<Result<ReceiptPrintRecorded, ReceiptPrintError>> {
  return recordPrint(db, input, context, 'reprint');
}
