import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from '../../../server/start';
import {
  acceptApplication,
  getSyncEnrolment,
  getSyncProgress,
  saveSyncEnrolment,
  systemClock,
  type Clock,
  type DeskDatabase,
} from '../../../renderer/db';
import { enrolDesk } from '../../../renderer/sync/enrol';
import { createSyncEngine, type SyncEngine, type SyncEngineDeps } from '../../../renderer/sync/engine';
import { runSyncPass, type SyncPassOutcome } from '../../../renderer/sync/sync-pass';
import type { FetchLike, SyncTimers } from '../../../renderer/sync/sync-client';
import {
  clerkSession,
  duplicateApplication,
  openTestDesk,
  SequentialIds,
  TestClock,
  termCalendar,
  unwrap,
  uuid,
  writeContext,
  type TestDesk,
} from '../../db/helpers';

export const providerBin = '050140001238';
export const realTimers: SyncTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SyncWorld {
  readonly server: RunningServer;
  readonly dataDir: string;
  close(): Promise<void>;
}

/** The real server, in process, on a fresh SQLite file, with the provider of the test applications in its directory. */
export async function startSyncWorld(): Promise<SyncWorld> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'desk-sync-'));
  const server = await startServer({
    host: '127.0.0.1',
    port: 0,
    database: { kind: 'sqlite', file: path.join(dataDir, 'server.sqlite') },
    logLevel: 'silent',
  });
  await server.admin.addProvider({
    bin: providerBin,
    name: { kk: '№ 42 мектеп-гимназиясы', ru: 'Школа-гимназия № 42' },
    kind: 'secondary-school',
  });
  return {
    server,
    dataDir,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface EnrolledDesk extends TestDesk {
  readonly clock: TestClock;
  readonly ids: SequentialIds;
  /** Accepts application number n (ids a…n) with this desk's session. */
  accept(n: number): Promise<string>;
  pass(fetch?: FetchLike): Promise<SyncPassOutcome>;
  engine(overrides?: Partial<SyncEngineDeps>): SyncEngine;
}

let deskNumber = 0;

/** A desk (fake-indexeddb) enrolled on `serverUrl` with a code the server's admin issued. */
export async function enrolledDesk(
  world: SyncWorld,
  serverUrl = world.server.url,
  workstationCode = '03',
): Promise<EnrolledDesk> {
  deskNumber += 1;
  const desk = await openTestDesk(undefined);
  const issued = await world.server.admin.issueEnrolmentCode({ centreCode: 'ALM01', workstationCode });
  unwrap(
    await enrolDesk(
      { db: desk.db, fetch, clock: systemClock, timers: realTimers },
      {
        serverUrl,
        code: issued.code,
        centreCode: 'ALM01',
        workstationCode,
        deskLabel: `Test desk ${deskNumber}`,
        enrolledBy: 'supervisor-1',
      },
    ),
  );
  return withDesk(desk, serverUrl, workstationCode);
}

export function withDesk(desk: TestDesk, serverUrl: string, workstationCode = '03'): EnrolledDesk {
  const clock = new TestClock('2026-03-02T05:00:00.000Z');
  const ids = new SequentialIds(`${(deskNumber % 9) + 1}`);
  const session = { ...clerkSession, workstationCode };
  void serverUrl;
  return {
    ...desk,
    clock,
    ids,
    accept: async (n) => {
      const id = uuid('a', n + deskNumber * 100_000);
      unwrap(
        await acceptApplication(
          desk.db,
          {
            application: duplicateApplication(id),
            startedAt: '2026-03-02T04:52:30.000Z',
            queueTicket: 'Б-017',
            termCalendar,
          },
          writeContext(clock, ids, session),
        ),
      );
      return id;
    },
    pass: (fetchFn = fetch) => runSyncPass(passDeps(desk.db, fetchFn, systemClock)),
    engine: (overrides = {}) =>
      createSyncEngine({
        ...passDeps(desk.db, fetch, systemClock),
        random: () => 0.5,
        locks: null,
        network: null,
        periodMs: 60_000,
        backoff: { baseMs: 20, capMs: 200 },
        ...overrides,
      }),
  };
}

export function passDeps(db: DeskDatabase, fetchFn: FetchLike, clock: Clock) {
  return { db, fetch: fetchFn, clock, timers: realTimers, requestTimeoutMs: 10_000 };
}

/** What the server holds of a device: its events as stored (applied or not), in server order. */
export async function serverEventsOf(world: SyncWorld, deviceId: string) {
  const rows = await world.server.database.db
    .selectFrom('events')
    .select(['device_seq', 'event_id', 'outcome', 'type', 'body'])
    .where('device_id', '=', deviceId)
    .orderBy('server_seq')
    .execute();
  return rows.map((row) => ({
    deviceSeq: Number(row.device_seq),
    eventId: (JSON.parse(row.body) as { id: string }).id,
    outcome: row.outcome,
    type: row.type,
  }));
}

/** Points an enrolled desk at another address of the same server (a proxy in front of it). */
export async function updateEnrolmentUrl(db: DeskDatabase, serverUrl: string): Promise<void> {
  const enrolment = await getSyncEnrolment(db);
  if (enrolment === null) throw new Error('Not enrolled');
  const progress = await getSyncProgress(db);
  unwrap(
    await saveSyncEnrolment(
      db,
      { ...enrolment, serverUrl: new URL(serverUrl).href },
      progress.serverEpoch ?? '',
    ),
  );
}
