import { IDBDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  acceptApplication,
  getApplication,
  loadDraft,
  refuseAtIntake,
  saveDraft,
  type AcceptApplicationInput,
  type DeskDatabase,
} from '../../renderer/db';
import { parseReceiptNumber, type ApplicationEvent } from '../../shared/domain';
import {
  clerkSession,
  duplicateApplication,
  mondayMorning,
  openTestDesk,
  SequentialIds,
  TestClock,
  termCalendar,
  unwrap,
  unwrapErr,
  uuid,
  writeContext,
} from './helpers';
import { putRawRows, readRawRows, type UpgradeScenario } from './upgrade-harness';

const startedAt = '2026-03-02T04:52:30.000Z';

function acceptInput(application: unknown): AcceptApplicationInput {
  return { application, startedAt, queueTicket: 'Б-017', termCalendar };
}

async function tableSizes(scenario: UpgradeScenario) {
  const sizes: Record<string, number> = {};
  for (const table of ['applications', 'events', 'outbox', 'counters', 'drafts']) {
    sizes[table] = (await readRawRows(scenario, table)).length;
  }
  return sizes;
}

async function rawCounters(scenario: UpgradeScenario) {
  const rows = (await readRawRows(scenario, 'counters')) as { name: string; value: number }[];
  return Object.fromEntries(rows.map((row) => [row.name, row.value]));
}

async function saveDraftFor(db: DeskDatabase, id: string, clock: TestClock) {
  const draft = {
    id,
    serviceId: 'duplicate-secondary',
    applicant: { surname: 'Сейітқали' },
    answers: {},
    presentedDocumentIds: ['application'],
    consent: { given: false },
    startedAt,
  };
  unwrap(await saveDraft(db, draft, { clock, session: clerkSession }));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('acceptApplication', () => {
  it('writes the application, its two events, their outbox rows and the receipt number together', async () => {
    const { db, scenario } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const id = uuid('a', 1);
    await saveDraftFor(db, id, clock);

    const accepted = unwrap(
      await acceptApplication(db, acceptInput(duplicateApplication(id)), writeContext(clock)),
    );

    expect(accepted.alreadyAccepted).toBe(false);
    expect(accepted.record).toMatchObject({
      applicationId: id,
      status: 'accepted',
      serviceId: 'duplicate-secondary',
      receiptNumber: 'ALM01-03-000001-' + (accepted.record.receiptNumber ?? '').slice(-1),
      // 15 provider working days from Monday 2 March 2026, day 1 included; 9 and 23–25 March are off.
      dueDate: '2026-03-26',
      calendarVersion: termCalendar.version,
      queueTicket: 'Б-017',
      serviceStartedAt: startedAt,
      intakeAt: mondayMorning,
      serviceSeconds: 450,
      intakeBy: { userId: 'clerk-1', name: 'Айгүл Серікқызы' },
      intakeWhere: { centreCode: 'ALM01', workstationCode: '03' },
      receiptCopiesPrinted: 0,
      syncState: 'pending',
      eventCount: 2,
    });
    expect(parseReceiptNumber(accepted.record.receiptNumber ?? '').ok).toBe(true);
    expect(accepted.record.content?.applicant.surname).toBe('Сейітқали');

    const stored = await getApplication(db, id);
    expect(stored?.record).toEqual(accepted.record);
    const [drafted, acceptedEvent] = stored?.history ?? [];
    const place = { kind: 'desk', centreCode: 'ALM01', workstationCode: '03' };
    const by = { userId: 'clerk-1', name: 'Айгүл Серікқызы' };
    expect(drafted).toMatchObject({ type: 'drafted', at: startedAt, by, where: place, applicationId: id });
    expect(acceptedEvent).toMatchObject({
      type: 'accepted',
      at: mondayMorning,
      by,
      where: place,
      receiptNumber: accepted.record.receiptNumber,
      presentedDocumentIds: ['application', 'identity-document'],
    });

    const outbox = (await readRawRows(scenario, 'outbox')) as {
      deviceSeq: number;
      event: ApplicationEvent;
    }[];
    expect(outbox.map((row) => [row.deviceSeq, row.event.type])).toEqual([
      [1, 'drafted'],
      [2, 'accepted'],
    ]);
    expect(await rawCounters(scenario)).toEqual({ deviceSeq: 2, 'receipt:ALM01-03': 1 });
    expect(await loadDraft(db, id)).toBeUndefined();
  });

  it('accepting the same id again returns the first acceptance and writes nothing', async () => {
    const { db, scenario } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const id = uuid('a', 1);
    const first = unwrap(
      await acceptApplication(db, acceptInput(duplicateApplication(id)), writeContext(clock)),
    );
    const before = await tableSizes(scenario);
    const countersBefore = await rawCounters(scenario);

    clock.advanceMinutes(3);
    const again = unwrap(
      await acceptApplication(
        db,
        acceptInput(duplicateApplication(id)),
        writeContext(clock, new SequentialIds('f')),
      ),
    );

    expect(again).toEqual({ record: first.record, alreadyAccepted: true });
    expect(await tableSizes(scenario)).toEqual(before);
    expect(await rawCounters(scenario)).toEqual(countersBefore);
  });

  it('is all or nothing: an invalid event after the receipt number was taken rolls everything back', async () => {
    const { db, scenario } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const id = uuid('a', 1);
    await saveDraftFor(db, id, clock);
    const nameless = { ...clerkSession, user: { ...clerkSession.user, name: '' } };

    const failed = await acceptApplication(
      db,
      acceptInput(duplicateApplication(id)),
      writeContext(clock, new SequentialIds(), nameless),
    );

    expect(unwrapErr(failed)).toMatchObject({
      kind: 'invalid-event',
      eventType: 'drafted',
      issues: [{ path: 'by.name', message: 'validation:common.required' }],
    });
    expect(await tableSizes(scenario)).toEqual({
      applications: 0,
      events: 0,
      outbox: 0,
      counters: 0,
      drafts: 1,
    });
    expect(await loadDraft(db, id)).toBeDefined();

    // Nothing was consumed: the next acceptance gets receipt 1 and device sequences 1 and 2.
    const accepted = unwrap(
      await acceptApplication(db, acceptInput(duplicateApplication(id)), writeContext(clock)),
    );
    expect(parseReceiptNumber(accepted.record.receiptNumber ?? '')).toMatchObject({
      ok: true,
      value: { sequence: 1 },
    });
    expect(await rawCounters(scenario)).toEqual({ deviceSeq: 2, 'receipt:ALM01-03': 1 });
  });

  it('is all or nothing: a clash on the very last write takes the events and outbox rows with it', async () => {
    const { db, scenario } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    unwrap(await acceptApplication(db, acceptInput(duplicateApplication(uuid('a', 1))), writeContext(clock)));
    // Someone restored an old counter: the next number repeats receipt 1, which is unique.
    await putRawRows(scenario, { counters: [{ name: 'receipt:ALM01-03', value: 0 }] });
    await saveDraftFor(db, uuid('a', 2), clock);

    const clash = await acceptApplication(
      db,
      acceptInput(duplicateApplication(uuid('a', 2))),
      writeContext(clock, new SequentialIds('f')),
    );

    expect(unwrapErr(clash)).toMatchObject({ kind: 'storage-failed', errorName: 'ConstraintError' });
    expect(await tableSizes(scenario)).toEqual({
      applications: 1,
      events: 2,
      outbox: 2,
      counters: 2,
      drafts: 1,
    });
    expect(await rawCounters(scenario)).toEqual({ deviceSeq: 2, 'receipt:ALM01-03': 0 });
  });

  it('an invalid application is a typed error and writes nothing', async () => {
    const { db, scenario } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const incomplete = { ...duplicateApplication(uuid('a', 1)), presentedDocumentIds: ['application'] };

    const error = unwrapErr(await acceptApplication(db, acceptInput(incomplete), writeContext(clock)));

    expect(error).toMatchObject({
      kind: 'invalid-application',
      issues: [
        {
          path: 'application.presentedDocumentIds',
          message: 'validation:application.documentMissing',
          params: { documentId: 'identity-document' },
        },
      ],
    });
    const badStart = unwrapErr(
      await acceptApplication(
        db,
        { ...acceptInput(duplicateApplication(uuid('a', 1))), startedAt: '10:00' },
        writeContext(clock),
      ),
    );
    expect(badStart).toMatchObject({
      issues: [{ path: 'startedAt', message: 'validation:instant.invalid' }],
    });
    expect(await tableSizes(scenario)).toEqual({
      applications: 0,
      events: 0,
      outbox: 0,
      counters: 0,
      drafts: 0,
    });
  });

  it('applies the rules that depend on the day: a parent cannot apply for an adult', async () => {
    const { db, scenario } = await openTestDesk();
    const forAdult = {
      ...duplicateApplication(uuid('a', 1)),
      applicantRole: 'legal-representative',
      representative: { iin: '850315300128', surname: 'Қасымова', givenName: 'Гүлнар', relation: 'parent' },
    };
    const error = unwrapErr(
      await acceptApplication(db, acceptInput(forAdult), writeContext(new TestClock(mondayMorning))),
    );
    expect(error).toEqual({
      kind: 'intake-blocked',
      blockers: [{ reason: 'representative-not-allowed' }],
      unanswered: [],
    });
    expect(await tableSizes(scenario)).toMatchObject({ applications: 0, counters: 0 });
  });

  it('says when today is outside the calendar, and when the workstation code cannot make a receipt', async () => {
    const { db, scenario } = await openTestDesk();
    const application = duplicateApplication(uuid('a', 1));
    const in2028 = new TestClock('2028-03-01T05:00:00.000Z');
    expect(
      unwrapErr(await acceptApplication(db, acceptInput(application), writeContext(in2028))),
    ).toMatchObject({
      kind: 'due-date-unavailable',
      error: { kind: 'outside-coverage' },
    });

    const badWorkstation = { ...clerkSession, workstationCode: 'ws-3' };
    const error = await acceptApplication(
      db,
      acceptInput(application),
      writeContext(new TestClock(mondayMorning), new SequentialIds(), badWorkstation),
    );
    expect(unwrapErr(error)).toEqual({
      kind: 'receipt-number-unavailable',
      error: { kind: 'invalid-workstation-code' },
    });
    expect(await tableSizes(scenario)).toEqual({
      applications: 0,
      events: 0,
      outbox: 0,
      counters: 0,
      drafts: 0,
    });
  });

  it('keeps the device sequence and the receipt sequence gap-free across many intakes and failures', async () => {
    const { db, scenario } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const ids = new SequentialIds();
    const nameless = { ...clerkSession, user: { ...clerkSession.user, name: '' } };
    let acceptances = 0;
    let refusals = 0;
    for (let n = 1; n <= 30; n++) {
      clock.advanceMinutes(7);
      const id = uuid('a', n);
      if (n % 6 === 0) {
        // A failure in the middle of the transaction.
        unwrapErr(
          await acceptApplication(
            db,
            acceptInput(duplicateApplication(id)),
            writeContext(clock, ids, nameless),
          ),
        );
      } else if (n % 7 === 0) {
        unwrap(
          await refuseAtIntake(
            db,
            {
              applicationId: id,
              serviceId: 'duplicate-secondary',
              applicantRole: 'self',
              applicant: duplicateApplication(id).applicant,
              receiptLanguage: 'ru',
              reason: 'incomplete-package',
              missingDocumentIds: ['identity-document'],
              startedAt,
            },
            writeContext(clock, ids),
          ),
        );
        refusals += 1;
      } else {
        unwrap(await acceptApplication(db, acceptInput(duplicateApplication(id)), writeContext(clock, ids)));
        acceptances += 1;
        if (n % 5 === 0) {
          // A double click: the same id again.
          unwrap(
            await acceptApplication(db, acceptInput(duplicateApplication(id)), writeContext(clock, ids)),
          );
        }
      }
    }

    const outbox = (await readRawRows(scenario, 'outbox')) as { deviceSeq: number }[];
    const intakes = acceptances + refusals;
    expect(outbox.map((row) => row.deviceSeq)).toEqual(Array.from({ length: intakes * 2 }, (_, i) => i + 1));
    const records = (await readRawRows(scenario, 'applications')) as { receiptNumber: string | null }[];
    const sequences = records
      .flatMap((record) => (record.receiptNumber === null ? [] : [parseReceiptNumber(record.receiptNumber)]))
      .map((parsed) => (parsed.ok ? parsed.value.sequence : -1))
      .sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: acceptances }, (_, i) => i + 1));
    expect(await rawCounters(scenario)).toEqual({ deviceSeq: intakes * 2, 'receipt:ALM01-03': acceptances });
  });

  it('will not accept what was refused at intake', async () => {
    const { db } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const id = uuid('a', 1);
    unwrap(
      await refuseAtIntake(
        db,
        {
          applicationId: id,
          serviceId: 'duplicate-secondary',
          applicantRole: 'self',
          applicant: duplicateApplication(id).applicant,
          receiptLanguage: 'kk',
          reason: 'no-consent',
          missingDocumentIds: [],
          startedAt,
        },
        writeContext(clock),
      ),
    );
    expect(
      unwrapErr(await acceptApplication(db, acceptInput(duplicateApplication(id)), writeContext(clock))),
    ).toEqual({
      kind: 'already-refused',
      applicationId: id,
    });
  });

  it('commits with strict durability', async () => {
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const { db } = await openTestDesk();
    unwrap(
      await acceptApplication(
        db,
        acceptInput(duplicateApplication(uuid('a', 1))),
        writeContext(new TestClock(mondayMorning)),
      ),
    );
    const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes.length).toBeGreaterThan(0);
    for (const [, , options] of writes) expect(options).toEqual({ durability: 'strict' });
  });
});
