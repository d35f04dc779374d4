import type { PushRequest } from '../../shared/sync';
import type { ServerDatabase } from '../db/open';
import { GroupingQueue, type Queued } from '../store/grouping-queue';
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

interface Waiting extends Queued<PushOutcome> {
  readonly push: QueuedPush;
}

/**
 * Pages waiting for the writer (see GroupingQueue). While one group is being stored, the pages
 * that arrive wait and go into the next group together. A group holds one page per device (a
 * device's next page depends on what its previous one stored).
 */
class PushQueue {
  readonly #queue: GroupingQueue<PushOutcome, Waiting>;

  constructor(database: ServerDatabase, store: StorePushes) {
    this.#queue = new GroupingQueue(takeGroup, (group) =>
      writeTransaction(database, (trx) =>
        store(
          trx,
          group.map((waiting) => waiting.push),
        ),
      ),
    );
  }

  add(push: QueuedPush): Promise<PushOutcome> {
    return new Promise((resolve, reject) => {
      this.#queue.add({
        push,
        settle: (outcome) => (outcome.ok ? resolve(outcome.value) : reject(outcome.error)),
      });
    });
  }
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
