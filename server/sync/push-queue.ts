import type { PushRequest } from '../../shared/sync';
import type { ServerDatabase } from '../db/open';
import { GroupingQueue } from '../store/grouping-queue';
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

/**
 * Pages waiting for the writer (see GroupingQueue). While one group is being stored, the pages
 * that arrive wait and go into the next group together. A group holds one page per device (a
 * device's next page depends on what its previous one stored).
 */
type PushQueue = GroupingQueue<QueuedPush, PushOutcome>;

function newPushQueue(database: ServerDatabase, store: StorePushes): PushQueue {
  return new GroupingQueue(takeGroup, (group) => writeTransaction(database, (trx) => store(trx, group)));
}

/** Which waiting pages make the next group, oldest first: one page per device, within the bounds. */
function takeGroup(waiting: readonly QueuedPush[]): number[] {
  const taken: number[] = [];
  const devices = new Set<string>();
  let events = 0;
  for (const [i, push] of waiting.entries()) {
    if (taken.length >= maxPagesPerGroup) break;
    const size = push.request.events.length;
    if (taken.length > 0 && events + size > maxEventsPerGroup) break;
    if (devices.has(push.deviceId)) continue;
    devices.add(push.deviceId);
    events += size;
    taken.push(i);
  }
  return taken;
}

const queues = new WeakMap<ServerDatabase, PushQueue>();

export function pushQueueOf(database: ServerDatabase, store: StorePushes): PushQueue {
  let queue = queues.get(database);
  if (queue === undefined) {
    queue = newPushQueue(database, store);
    queues.set(database, queue);
  }
  return queue;
}
