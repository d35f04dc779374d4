import type { PushRequest } from '../../shared/sync';
import type { ServerDatabase } from '../db/open';
import { writeTransaction, type Tx } from '../store/transaction';
import type { ParsedDeskEvent } from './check-event';
import type { PushOutcome } from './push';

/** A push page that passed the envelope, hash and schema checks, waiting for the writer. */
export interface QueuedPush {
  readonly deviceId: string;
  readonly request: PushRequest;
  readonly receivedAt: string;
  /** Each event's canonical JSON. */
  readonly bodies: readonly string[];
  readonly parsed: readonly ParsedDeskEvent[];
}

/** Stores pages (one per device) in one write transaction; an answer per page, in order. */
export type StorePushes = (trx: Tx, pushes: readonly QueuedPush[]) => Promise<PushOutcome[]>;

/** Bounds of one group: its transaction stays short, so the first page's answer is not held long. */
const maxPagesPerGroup = 32;
const maxEventsPerGroup = 2000;

interface Waiting {
  readonly push: QueuedPush;
  readonly resolve: (outcome: PushOutcome) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Pages waiting for the writer. While one group is being stored, the pages that arrive wait here
 * and go into the next group together. A group holds one page per device (a device's next page
 * depends on what its previous one stored); a group that fails as a whole is stored again page by
 * page, so one bad page never takes the others with it.
 */
class PushQueue {
  readonly #waiting: Waiting[] = [];
  #draining = false;

  constructor(
    private readonly database: ServerDatabase,
    private readonly store: StorePushes,
  ) {}

  add(push: QueuedPush): Promise<PushOutcome> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ push, resolve, reject });
      if (this.#draining) return;
      this.#draining = true;
      // After the event loop's I/O phase, so that pages that arrived together are stored together.
      setImmediate(() => void this.#drain());
    });
  }

  async #drain(): Promise<void> {
    try {
      while (this.#waiting.length > 0) {
        const group = takeGroup(this.#waiting);
        try {
          const outcomes = await this.#storeInOneTransaction(group);
          group.forEach((waiting, i) => settle(waiting, outcomes[i]));
        } catch (error) {
          if (group.length === 1) {
            group[0]?.reject(error);
            continue;
          }
          for (const waiting of group) {
            try {
              settle(waiting, (await this.#storeInOneTransaction([waiting]))[0]);
            } catch (alone) {
              waiting.reject(alone);
            }
          }
        }
      }
    } finally {
      this.#draining = false;
    }
  }

  #storeInOneTransaction(group: readonly Waiting[]): Promise<PushOutcome[]> {
    return writeTransaction(this.database, (trx) =>
      this.store(
        trx,
        group.map((waiting) => waiting.push),
      ),
    );
  }
}

function settle(waiting: Waiting, outcome: PushOutcome | undefined): void {
  if (outcome === undefined) waiting.reject(new Error('A push of the group got no answer.'));
  else waiting.resolve(outcome);
}

/** Takes the next group off the queue, oldest first: one page per device, within the bounds. */
function takeGroup(waiting: Waiting[]): Waiting[] {
  const group: Waiting[] = [];
  const devices = new Set<string>();
  let events = 0;
  for (let i = 0; i < waiting.length && group.length < maxPagesPerGroup;) {
    const next = waiting[i];
    if (next === undefined) break;
    const size = next.push.request.events.length;
    const fits = group.length === 0 || events + size <= maxEventsPerGroup;
    if (!fits) break;
    if (devices.has(next.push.deviceId)) {
      i += 1;
      continue;
    }
    devices.add(next.push.deviceId);
    events += size;
    group.push(next);
    waiting.splice(i, 1);
  }
  return group;
}

const queues = new WeakMap<ServerDatabase, PushQueue>();

export function pushQueueOf(database: ServerDatabase, store: StorePushes): PushQueue {
  let queue = queues.get(database);
  if (queue === undefined) {
    queue = new PushQueue(database, store);
    queues.set(database, queue);
  }
  return queue;
}
