import { describe, expect, it } from 'vitest';
import {
  acceptApplication,
  listApplicationsOn,
  listTodaysApplications,
  refuseAtIntake,
  setSetting,
  type DeskDatabase,
} from '../../renderer/db';
import { almatyTimeZone, fixedOffsetZone } from '../../shared/domain';
import {
  almatyCentreSettings,
  duplicateApplication,
  openTestDesk,
  TestClock,
  termCalendar,
  unwrap,
  uuid,
  writeContext,
} from './helpers';

// Almaty is UTC+5: local midnight of Tuesday 3 March 2026 is 2026-03-02T19:00Z.
const intakes = [
  { n: 1, at: '2026-03-02T18:59:00.000Z' }, // Monday 23:59 local
  { n: 2, at: '2026-03-02T19:00:00.000Z' }, // Tuesday 00:00 local (still Monday in UTC)
  { n: 3, at: '2026-03-02T23:30:00.000Z' }, // Tuesday 04:30 local (still Monday in UTC)
  { n: 4, at: '2026-03-03T18:30:00.000Z' }, // Tuesday 23:30 local
  { n: 5, at: '2026-03-03T19:00:00.000Z' }, // Wednesday 00:00 local
];

async function deskWithIntakes(): Promise<DeskDatabase> {
  const { db } = await openTestDesk();
  for (const { n, at } of intakes) {
    const clock = new TestClock(at);
    const id = uuid('a', n);
    if (n === 3) {
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
            startedAt: at,
          },
          writeContext(clock),
        ),
      );
    } else {
      unwrap(
        await acceptApplication(
          db,
          { application: duplicateApplication(id), startedAt: at, termCalendar },
          writeContext(clock),
        ),
      );
    }
  }
  return db;
}

const numbers = (records: readonly { applicationId: string }[]) =>
  records.map((record) => Number.parseInt(record.applicationId.slice(-4), 16));

describe("today's applications", () => {
  it("are counted by the date in the centre's zone, across UTC midnight, earliest first", async () => {
    const db = await deskWithIntakes();
    unwrap(await setSetting(db, 'centre', almatyCentreSettings));

    const tuesday = await listTodaysApplications(db, new TestClock('2026-03-03T03:00:00.000Z'));
    expect(tuesday.date).toBe('2026-03-03');
    expect(numbers(tuesday.applications)).toEqual([2, 3, 4]);
    expect(tuesday.applications.map((record) => record.status)).toEqual([
      'accepted',
      'refused-at-intake',
      'accepted',
    ]);

    // 23:30 on Monday in Almaty is already past 18:00 UTC, but still Monday at the counter.
    const monday = await listTodaysApplications(db, new TestClock('2026-03-02T18:30:00.000Z'));
    expect(monday).toMatchObject({ date: '2026-03-02' });
    expect(numbers(monday.applications)).toEqual([1]);
    expect(numbers(await listApplicationsOn(db, '2026-03-04', almatyTimeZone))).toEqual([5]);
  });

  it("follow the time zone in the centre's settings", async () => {
    const db = await deskWithIntakes();
    unwrap(
      await setSetting(db, 'centre', { ...almatyCentreSettings, timeZone: fixedOffsetZone('UTC+6', 360) }),
    );
    const tuesday = await listTodaysApplications(db, new TestClock('2026-03-03T03:00:00.000Z'));
    expect(numbers(tuesday.applications)).toEqual([1, 2, 3]);
  });

  it('use Almaty time before the centre is set up', async () => {
    const db = await deskWithIntakes();
    const tuesday = await listTodaysApplications(db, new TestClock('2026-03-02T19:00:00.000Z'));
    expect(tuesday.date).toBe('2026-03-03');
    expect(numbers(tuesday.applications)).toEqual([2, 3, 4]);
  });
});
