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

export const shelfSupervisor: DeskSession = {
  ...clerkSession,
  user: { id: 'supervisor-1', name: 'Гүлнар Оспанова', role: 'supervisor' },
};

const intakeIds = new SequentialIds('c');
let serverSeq = 0;
let providerEventSerial = 0;
const provider = { kind: 'provider', providerId: '050140001238' } as const;
const providerStaff = { userId: 'provider-staff-1', name: 'Ержан Бекұлы' };

function providerEvent(applicationId: string, type: string, at: string, extra: object = {}) {
  providerEventSerial += 1;
  return {
    id: uuid('9', providerEventSerial),
    applicationId,
    type,
    at,
    by: providerStaff,
    where: provider,
    ...extra,
  };
}

/** Provider events as the desk's sync pulls them. */
async function pull(db: DeskDatabase, events: readonly object[], at: string): Promise<void> {
  const entries = events.map((event) => {
    serverSeq += 1;
    return { kind: 'application-event', serverSeq, event } as ServerEntry;
  });
  const applied = unwrap(
    await applyPulledPage(db, { entries, cursor: serverSeq, serverEpoch: 'epoch-1', serverTime: at, at }),
  );
  if (applied.applied !== events.length) throw new Error(`Not applied: ${JSON.stringify(applied)}`);
}

/** A minor's application brought by a parent (the applicant is 13 in 2026). */
export function minorApplication(id: string) {
  return {
    ...duplicateApplication(id),
    applicantRole: 'legal-representative',
    applicant: { iin: '120505600009', surname: 'Жұмабаева', givenName: 'Айару', birthDate: '2012-05-05' },
    representative: { iin: '850315300128', surname: 'Нұрланова', givenName: 'Динара', relation: 'parent' },
  };
}

/**
 * An application accepted at this desk on Monday 2 March 2026 whose result the school made ready
 * (pulled through sync): 'result-ready', waiting to be received onto the shelf.
 */
export async function resultReady(
  db: DeskDatabase,
  n: number,
  application: object = duplicateApplication(uuid('a', n)),
  stage: 'accepted' | 'result-ready' = 'result-ready',
): Promise<{ id: string; receiptNumber: string }> {
  const accepted = unwrap(
    await acceptApplication(
      db,
      { application: application as never, startedAt: '2026-03-02T04:52:30.000Z', termCalendar },
      writeContext(new TestClock(mondayMorning), intakeIds),
    ),
  );
  const id = accepted.record.applicationId;
  const receiptNumber = accepted.record.receiptNumber as string;
  if (stage === 'accepted') return { id, receiptNumber };
  await pull(
    db,
    [
      providerEvent(id, 'sent-to-provider', '2026-03-02T06:00:00.000Z', { providerId: provider.providerId }),
      providerEvent(id, 'taken-into-work', '2026-03-03T06:00:00.000Z'),
      providerEvent(id, 'result-ready', '2026-03-05T06:00:00.000Z', {
        resultKind: 'duplicate-general-secondary-attestation',
      }),
    ],
    '2026-03-05T06:00:00.000Z',
  );
  return { id, receiptNumber };
}
