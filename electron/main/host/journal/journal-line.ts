import type { JournalEntry } from '../../../../shared/host';

/** One JSON object per line; JSON.stringify escapes every newline inside strings, so a line is a record. */
export function formatJournalLine(entry: JournalEntry, at: Date): string {
  return `${JSON.stringify({ at: at.toISOString(), kind: entry.kind, id: entry.id, payload: entry.payload })}\n`;
}
