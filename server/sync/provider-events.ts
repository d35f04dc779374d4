import type { ServerDatabase } from '../db/open';
import { canonicalJson } from '../../shared/sync';
import { sha256Hex } from '../store/ids';
import { writeTransaction } from '../store/transaction';
import { appendApplied } from './append';
import { checkProviderEvent, type Rejection } from './check-event';
import { pageWriter, type LogWriter } from './log-writer';

/**
 * Records an event made by a provider (the provider console: taken into work, result ready,
 * dispatched to the centre). It goes into the server log, so the centre's desks pull it.
 */
export async function recordProviderEvent(
  database: ServerDatabase,
  providerBin: string,
  event: unknown,
  now: Date,
): Promise<
  { readonly ok: true; readonly serverSeq: number } | { readonly ok: false; readonly rejection: Rejection }
> {
  return writeTransaction(database, async (trx) => {
    const log = await pageWriter(trx);
    if (await alreadyRecorded(log, event)) return duplicate;
    const checked = await checkProviderEvent(log, providerBin, event);
    if (!checked.ok) return checked;
    const body = canonicalJson(event);
    const { serverSeq } = await appendApplied(log, checked.value, {
      origin: 'provider',
      body,
      deviceId: null,
      deviceSeq: null,
      hash: sha256Hex(body),
      receivedAt: now.toISOString(),
    });
    await log.flush();
    return { ok: true as const, serverSeq };
  });
}

/** Several provider events in one transaction (a batch from the console); stops at the first rejection. */
export async function recordProviderEvents(
  database: ServerDatabase,
  providerBin: string,
  events: readonly unknown[],
  now: Date,
): Promise<
  | { readonly ok: true; readonly lastServerSeq: number }
  | { readonly ok: false; readonly index: number; readonly rejection: Rejection }
> {
  try {
    return await writeTransaction(database, async (trx) => {
      const log = await pageWriter(trx, {
        applicationIds: events.flatMap((event) => {
          const id = (event as { applicationId?: unknown } | null)?.applicationId;
          return typeof id === 'string' ? [id] : [];
        }),
        eventIds: [],
        providerBins: [],
      });
      let lastServerSeq = 0;
      for (const [index, event] of events.entries()) {
        if (await alreadyRecorded(log, event)) throw new BatchRejected(index, duplicate.rejection);
        const checked = await checkProviderEvent(log, providerBin, event);
        if (!checked.ok) throw new BatchRejected(index, checked.rejection);
        const body = canonicalJson(event);
        ({ serverSeq: lastServerSeq } = await appendApplied(log, checked.value, {
          origin: 'provider',
          body,
          deviceId: null,
          deviceSeq: null,
          hash: sha256Hex(body),
          receivedAt: now.toISOString(),
        }));
      }
      await log.flush();
      return { ok: true as const, lastServerSeq };
    });
  } catch (error) {
    if (error instanceof BatchRejected) return { ok: false, index: error.index, rejection: error.rejection };
    throw error;
  }
}

const duplicate = {
  ok: false,
  rejection: { reason: 'illegal-transition', detail: 'this event id is already recorded' },
} as const;

async function alreadyRecorded(log: LogWriter, event: unknown): Promise<boolean> {
  const id = (event as { id?: unknown } | null)?.id;
  return typeof id === 'string' && (await log.isApplied(id));
}

class BatchRejected extends Error {
  constructor(
    readonly index: number,
    readonly rejection: Rejection,
  ) {
    super('batch rejected');
  }
}
