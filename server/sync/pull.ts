import type { PullQuery, ServerEntry, WireEvent } from '../../shared/sync';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Device } from '../store/devices';
import { eventsForDevice, type EventRow } from '../store/events';

function toEntry(row: EventRow): ServerEntry {
  const serverSeq = Number(row.server_seq);
  if (row.kind === 'event-rejected') {
    return {
      kind: 'event-rejected',
      serverSeq,
      ...(JSON.parse(row.body) as Omit<
        Extract<ServerEntry, { kind: 'event-rejected' }>,
        'kind' | 'serverSeq'
      >),
    };
  }
  return { kind: 'application-event', serverSeq, event: JSON.parse(row.body) as WireEvent };
}

/** One page of what the device has not seen yet after `cursor`. */
export async function pullEntries(
  db: Kysely<Database>,
  device: Device,
  query: PullQuery,
): Promise<{ entries: ServerEntry[]; cursor: number; hasMore: boolean }> {
  const rows = await eventsForDevice(db, device, query.cursor, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const entries = page.map(toEntry);
  return { entries, cursor: entries.at(-1)?.serverSeq ?? query.cursor, hasMore: rows.length > query.limit };
}
