import type { ApplicationRow } from '../store/applications';
import { applicationColumnCount, upsertApplications } from '../store/applications';
import { eventColumnCount, insertEvents, ServerSeqAllocator, type EventRow } from '../store/events';
import type { Tx } from '../store/transaction';

/**
 * What checking and appending events needs from the database, inside one write transaction.
 * It reads what a push page needs in a few queries up front (anything else on demand), keeps the
 * page's changes in memory (later events of the page see earlier ones), and writes them with
 * multi-row statements at `flush()` — a few statements per page instead of several per event.
 */
export interface LogWriter {
  application(id: string): Promise<ApplicationRow | null>;
  providerKnown(bin: string): Promise<boolean>;
  isApplied(eventId: string): Promise<boolean>;
  nextSeq(): Promise<number>;
  appendEvent(row: EventRow): void;
  saveApplication(row: ApplicationRow): void;
  flush(): Promise<void>;
}

/** Values per lookup (`in (…)`) statement. */
const lookupChunk = 1000;
/**
 * Parameters per multi-row INSERT: below SQLite's limit (32,766) and PostgreSQL's (65,535). A group
 * of pushes writes its rows in one or two statements (each a round trip on PostgreSQL, where the
 * log's rows go by COPY, which has no such limit: see store/multi-row.ts).
 */
const maxParameters = 30_000;

function chunks<T>(items: readonly T[], size = lookupChunk): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface Prefetch {
  readonly applicationIds: readonly string[];
  readonly eventIds: readonly string[];
  readonly providerBins: readonly string[];
  /**
   * Provider BINs already known to be in the directory: not looked up again. Providers are only
   * ever added (never removed), so what was found once stays true; found BINs are added to it.
   */
  readonly knownProviders?: Set<string>;
  /** The last server sequence, read inside this transaction (else read at the first `nextSeq()`). */
  readonly lastServerSeq?: number;
}

const nothing: Prefetch = { applicationIds: [], eventIds: [], providerBins: [] };

export async function pageWriter(trx: Tx, prefetch: Prefetch = nothing): Promise<LogWriter> {
  const applications = new Map<string, ApplicationRow | null>();
  for (const ids of chunks([...new Set(prefetch.applicationIds)])) {
    for (const id of ids) applications.set(id, null);
    const rows = await trx.selectFrom('applications').selectAll().where('id', 'in', ids).execute();
    for (const row of rows) applications.set(row.id, row);
  }
  // What the prefetch looked up is known either way: an id it did not find is not applied (unless
  // this page applies it), so it needs no query of its own — before, every new event cost one.
  const lookedUp = new Set(prefetch.eventIds);
  const applied = new Set<string>();
  for (const ids of chunks([...lookedUp])) {
    const rows = await trx.selectFrom('events').select('event_id').where('event_id', 'in', ids).execute();
    for (const row of rows) if (row.event_id !== null) applied.add(row.event_id);
  }
  const known = prefetch.knownProviders;
  const binsLookedUp = new Set(prefetch.providerBins);
  const providers = new Set<string>();
  const unknownBins = [...binsLookedUp].filter((bin) => {
    if (known?.has(bin) !== true) return true;
    providers.add(bin);
    return false;
  });
  for (const bins of chunks(unknownBins)) {
    const rows = await trx.selectFrom('providers').select('bin').where('bin', 'in', bins).execute();
    for (const row of rows) {
      providers.add(row.bin);
      known?.add(row.bin);
    }
  }
  const direct = directReads(trx, prefetch.lastServerSeq);
  const events: EventRow[] = [];
  const changed = new Map<string, ApplicationRow>();
  return {
    application: async (id) =>
      applications.has(id) ? (applications.get(id) ?? null) : direct.application(id),
    providerKnown: async (bin) => providers.has(bin) || (!binsLookedUp.has(bin) && direct.providerKnown(bin)),
    isApplied: async (eventId) =>
      applied.has(eventId) || (!lookedUp.has(eventId) && direct.isApplied(eventId)),
    nextSeq: () => direct.nextSeq(),
    appendEvent: (row) => {
      events.push(row);
      if (row.event_id !== null) applied.add(row.event_id);
    },
    saveApplication: (row) => {
      applications.set(row.id, row);
      changed.set(row.id, row);
    },
    flush: async () => {
      for (const rows of chunks(events, Math.floor(maxParameters / eventColumnCount)))
        await insertEvents(trx, rows);
      for (const rows of chunks([...changed.values()], Math.floor(maxParameters / applicationColumnCount)))
        await upsertApplications(trx, rows);
      events.length = 0;
      changed.clear();
    },
  };
}

/** Reads straight from the database, for what the page did not prefetch. */
function directReads(trx: Tx, lastServerSeq: number | undefined) {
  const seq = new ServerSeqAllocator(trx, lastServerSeq);
  return {
    application: async (id: string) =>
      (await trx.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst()) ?? null,
    providerKnown: async (bin: string) =>
      (await trx.selectFrom('providers').select('bin').where('bin', '=', bin).executeTakeFirst()) !==
      undefined,
    isApplied: async (eventId: string) =>
      (await trx
        .selectFrom('events')
        .select('server_seq')
        .where('event_id', '=', eventId)
        .executeTakeFirst()) !== undefined,
    nextSeq: () => seq.next(),
  };
}
