import { acceptApplication, applyPulledPage, type DeskDatabase, type DeskSession } from '../../renderer/db';
import type { ServerEntry } from '../../shared/sync';
import {
  clerkSession,
  duplicateApplication,
  mondayMorning,
  SequentialIds,
  TestClock,
  termCalendar,
  unwrap,
  uuid,
  writeContext,
} from './helpers';

export const schoolBin = '050140001238';
export const collegeBin = '980640004561';
export const supervisorSession: DeskSession = {
  ...clerkSession,
  user: { id: 'supervisor-1', name: 'Гүлнар Оспанова', role: 'supervisor' },
};

const ids = new SequentialIds('c');
let serverSeq = 0;
let eventSerial = 0;

const providerStaff = { userId: 'provider-staff-1', name: 'Ержан Бекұлы' };
const anotherDesk = { kind: 'desk', centreCode: 'ALM01', workstationCode: '04' } as const;

function entry(event: Record<string, unknown>): ServerEntry {
  serverSeq += 1;
  return { kind: 'application-event', serverSeq, event } as ServerEntry;
}

/** Events pulled from the server, as the desk's sync would apply them. */
export async function pull(db: DeskDatabase, events: readonly Record<string, unknown>[], at: string) {
  const entries = events.map(entry);
  const applied = unwrap(
    await applyPulledPage(db, {
      entries,
      cursor: serverSeq,
      serverEpoch: 'epoch-1',
      serverTime: at,
      at,
    }),
  );
  if (applied.applied !== events.length)
    throw new Error(`Pulled events not applied: ${JSON.stringify(applied)}`);
  return applied;
}

export function nextEventId(): string {
  eventSerial += 1;
  return uuid('b', eventSerial);
}

/**
 * An application accepted at this desk for `providerBin`, made ready by the provider and placed on
 * the shelf by another workstation of the centre on `placedAt` with `storageLastDay` — all of it
 * arriving through the desk's own pull.
 */
export async function onShelf(
  db: DeskDatabase,
  n: number,
  options: {
    readonly providerBin?: string;
    readonly placedAt?: string;
    readonly storageLastDay: string;
    readonly slot?: string;
    readonly surname?: string;
  },
): Promise<string> {
  const id = uuid('a', n);
  const providerBin = options.providerBin ?? schoolBin;
  const application = {
    ...duplicateApplication(id, { surname: options.surname ?? 'Сейітқали', givenName: 'Әлия' }),
    provider: {
      bin: providerBin,
      name: providerBin === schoolBin ? '№ 42 мектеп-гимназиясы' : 'Алматы колледжі',
    },
  };
  unwrap(
    await acceptApplication(
      db,
      { application, startedAt: '2026-03-02T04:52:30.000Z', queueTicket: 'Б-017', termCalendar },
      writeContext(new TestClock(mondayMorning), ids),
    ),
  );
  const provider = { kind: 'provider', providerId: providerBin } as const;
  const placedAt = options.placedAt ?? '2026-03-10T05:00:00.000Z';
  await pull(
    db,
    [
      {
        id: nextEventId(),
        applicationId: id,
        type: 'sent-to-provider',
        at: '2026-03-02T06:00:00.000Z',
        by: providerStaff,
        where: provider,
        providerId: providerBin,
      },
      {
        id: nextEventId(),
        applicationId: id,
        type: 'taken-into-work',
        at: '2026-03-03T06:00:00.000Z',
        by: providerStaff,
        where: provider,
      },
      {
        id: nextEventId(),
        applicationId: id,
        type: 'result-ready',
        at: '2026-03-05T06:00:00.000Z',
        by: providerStaff,
        where: provider,
        resultKind: 'duplicate-general-secondary-attestation',
      },
      {
        id: nextEventId(),
        applicationId: id,
        type: 'placed-on-shelf',
        at: placedAt,
        by: { userId: 'clerk-2', name: 'Дана Ахметова' },
        where: anotherDesk,
        shelfSlot: options.slot ?? `A-1-${String(n).padStart(2, '0')}`,
        storageLastDay: options.storageLastDay,
      },
    ],
    placedAt,
  );
  return id;
}
