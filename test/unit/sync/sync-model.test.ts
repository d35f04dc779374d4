import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceptApplication,
  countWaiting,
  getApplication,
  getSyncEnrolment,
  highestDeviceSeq,
  listQuarantine,
  readHistoryPage,
  systemClock,
  type DeskDatabase,
} from '../../../renderer/db';
import { runSyncPass } from '../../../renderer/sync/sync-pass';
import { syncPaths } from '../../../shared/sync';
import {
  clerkSession,
  duplicateApplication,
  SequentialIds,
  TestClock,
  termCalendar,
  unwrap,
  uuid,
  writeContext,
  type TestDesk,
} from '../../db/helpers';
import {
  enrolledDesk,
  passDeps,
  providerBin,
  serverEventsOf,
  startSyncWorld,
  type SyncWorld,
} from './sync-harness';

/** The system under test: the real server and one desk whose database can be closed and reopened. */
interface Real {
  readonly world: SyncWorld;
  desk: TestDesk;
  readonly deviceId: string;
  readonly ids: SequentialIds;
  readonly clock: TestClock;
  /** The last push body the desk sent, to send again verbatim. */
  lastPush: { url: string; init: RequestInit } | null;
}

/** What the desk and the server must end up agreeing on. */
interface Model {
  accepted: string[];
  /** Applications the server has (pushed and acknowledged or not — known after a sync). */
  providerEvents: Map<string, string[]>;
  nextProviderEvent: number;
}

function capturing(real: Real, drop: boolean) {
  return async (input: string, init: RequestInit) => {
    const isPush = input.endsWith(syncPaths.push);
    if (isPush) real.lastPush = { url: input, init };
    const response = await fetch(input, init);
    if (drop && isPush) {
      await response.arrayBuffer();
      throw new TypeError('fetch failed: the answer was lost');
    }
    return response;
  };
}

/** Invariants that hold after every step. */
async function checkInvariants(real: Real): Promise<void> {
  const db: DeskDatabase = real.desk.db;
  const highest = await highestDeviceSeq(db);
  const stored = await serverEventsOf(real.world, real.deviceId);
  // The server holds each sequence at most once, and exactly the desk's event at that sequence.
  const sequences = stored.map((row) => row.deviceSeq);
  expect(new Set(sequences).size).toBe(sequences.length);
  const history = highest === 0 ? [] : await readHistoryPage(db, 1, { maxEvents: 500, maxBytes: 1e9 });
  const bySeq = new Map(history.map((row) => [row.deviceSeq, row.event.id]));
  for (const row of stored) expect(row.eventId).toBe(bySeq.get(row.deviceSeq));
  // Nothing lost: every desk event is on the server or still waiting in the outbox.
  const onServer = new Set(sequences);
  const waiting = await countWaiting(db);
  const missing = history.filter((row) => !onServer.has(row.deviceSeq)).length;
  expect(missing).toBeLessThanOrEqual(waiting);
  expect(await listQuarantine(db)).toEqual([]);
}

class Accept implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    const id = uuid('a', model.accepted.length + 1);
    unwrap(
      await acceptApplication(
        real.desk.db,
        {
          application: duplicateApplication(id),
          startedAt: '2026-03-02T04:52:30.000Z',
          queueTicket: 'Б-017',
          termCalendar,
        },
        writeContext(real.clock, real.ids, clerkSession),
      ),
    );
    model.accepted.push(id);
    model.providerEvents.set(id, []);
    await checkInvariants(real);
  }
  toString = () => 'accept';
}

class Sync implements fc.AsyncCommand<Model, Real> {
  constructor(readonly drop: boolean) {}
  check = () => true;
  async run(_model: Model, real: Real) {
    const outcome = await runSyncPass(passDeps(real.desk.db, capturing(real, this.drop), systemClock));
    expect(['synced', 'failed']).toContain(outcome.kind);
    await checkInvariants(real);
  }
  toString = () => (this.drop ? 'sync, answer dropped' : 'sync');
}

class DuplicateRequest implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(_model: Model, real: Real) {
    if (real.lastPush === null) return;
    const response = await fetch(real.lastPush.url, real.lastPush.init);
    // A repeated page is acknowledged again (or, if the desk had re-sent later, still not a conflict).
    expect(response.status).toBe(200);
    await checkInvariants(real);
  }
  toString = () => 'duplicate the last push';
}

class Restart implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(_model: Model, real: Real) {
    real.desk = await real.desk.reopen();
    await checkInvariants(real);
  }
  toString = () => 'restart the desk';
}

class ProviderTakesIntoWork implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.accepted.length > 0;
  async run(model: Model, real: Real) {
    const id = model.accepted[this.pick % model.accepted.length] ?? '';
    const done = model.providerEvents.get(id) ?? [];
    if (done.length > 0) return;
    const eventId = uuid('b', (model.nextProviderEvent += 1));
    const answer = await real.world.server.admin.recordProviderEvent(providerBin, {
      id: eventId,
      applicationId: id,
      type: 'taken-into-work',
      at: '2026-03-03T06:00:00.000Z',
      by: { userId: 'provider-staff-1', name: 'Ержан Бекұлы' },
      where: { kind: 'provider', providerId: providerBin },
    });
    // Only an application the server has can be taken into work.
    if (answer.ok) done.push(eventId);
    await checkInvariants(real);
  }
  toString = () => `provider takes #${this.pick} into work`;
}

const commands = [
  fc.constant(new Accept()),
  fc.constant(new Accept()),
  fc.boolean().map((drop) => new Sync(drop)),
  fc.constant(new DuplicateRequest()),
  fc.constant(new Restart()),
  fc.nat(20).map((pick) => new ProviderTakesIntoWork(pick)),
];

describe('model: push and pull with dropped answers, duplicates and desk restarts', () => {
  it(
    'ends with every event on the server exactly once, the outbox empty and every provider event applied',
    { timeout: 180_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.commands(commands, { maxCommands: 14 }), async (steps) => {
          const world = await startSyncWorld();
          try {
            const enrolled = await enrolledDesk(world);
            const real: Real = {
              world,
              desk: enrolled,
              deviceId: (await getSyncEnrolment(enrolled.db))?.deviceId ?? '',
              ids: new SequentialIds('e'),
              clock: new TestClock('2026-03-02T05:00:00.000Z'),
              lastPush: null,
            };
            const model: Model = { accepted: [], providerEvents: new Map(), nextProviderEvent: 0 };
            await fc.asyncModelRun(() => ({ model, real }), steps);

            // Settle: the network works again.
            await runSyncPass(passDeps(real.desk.db, fetch, systemClock));
            await runSyncPass(passDeps(real.desk.db, fetch, systemClock));
            expect(await countWaiting(real.desk.db)).toBe(0);
            const stored = await serverEventsOf(world, real.deviceId);
            expect(stored.map((row) => row.deviceSeq)).toEqual(
              Array.from({ length: model.accepted.length * 2 }, (_, i) => i + 1),
            );
            expect(stored.every((row) => row.outcome === 'applied')).toBe(true);
            for (const id of model.accepted) {
              const found = await getApplication(real.desk.db, id);
              const providerEvents = model.providerEvents.get(id) ?? [];
              expect(found?.record.syncState).toBe('synced');
              expect(found?.record.status).toBe(
                providerEvents.length > 0 ? 'in-progress' : 'sent-to-provider',
              );
              const ids = found?.history.map((event) => event.id) ?? [];
              expect(new Set(ids).size).toBe(ids.length);
              for (const eventId of providerEvents) expect(ids).toContain(eventId);
            }
            real.desk.db.close();
          } finally {
            await world.close();
          }
        }),
        { numRuns: 15 },
      );
    },
  );
});
