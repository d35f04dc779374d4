import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWorkCalendar,
  checkSchoolYearCutoff,
  cutoffDay,
  dutyCentre,
  findService,
  fixedOffsetZone,
  formatInstant,
  isShelfStorageOver,
  kazakhstanCalendar,
  ordinaryCentre,
  providerReturnDueDate,
  resultDueDate,
  schoolYearLabel,
  schoolYearStartOf,
  shelfStorageLastDay,
  workingDaysBetween,
  isWorkingDay,
  type ServiceTerm,
} from '../../../shared/domain';
import { unwrap, unwrapErr } from './unwrap';

const providerCalendar = unwrap(buildWorkCalendar(kazakhstanCalendar, 'five-day'));
const dutyCalendar = unwrap(buildWorkCalendar(kazakhstanCalendar, 'six-day'));
const centre = ordinaryCentre('ALM01');
const duty = dutyCentre('ALM02');

const duplicates: ServiceTerm = { workingDays: 15, acceptanceDayCounts: true };
const externat: ServiceTerm = { workingDays: 15, acceptanceDayCounts: false };

/** Almaty local time (UTC+5 since March 2024) as a UTC instant. */
const almaty = (date: string, time: string) => {
  const [h, m] = time.split(':').map(Number);
  const local = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    h,
    m,
  );
  return formatInstant(local - 5 * 3_600_000);
};

const due = (acceptedAt: string, term: ServiceTerm, at = centre) =>
  unwrap(resultDueDate({ acceptedAt, term, centre: at, termCalendar: providerCalendar }));

describe('result due date', () => {
  it('duplicates: the day of hand-in is day 1 when handed in during a working day (15 WD)', () => {
    expect(due(almaty('2026-03-02', '10:00'), duplicates)).toEqual({
      acceptedOn: '2026-03-02',
      firstCountedDay: '2026-03-02',
      dueDate: '2026-03-26', // 9 March and 23–25 March are days off
      calendarVersion: 'kz-2024-2027.1',
    });
  });

  it('duplicates: after closing time, counting starts on the next working day', () => {
    expect(due(almaty('2026-03-02', '17:59'), duplicates).dueDate).toBe('2026-03-26');
    expect(due(almaty('2026-03-02', '18:00'), duplicates)).toMatchObject({
      firstCountedDay: '2026-03-03',
      dueDate: '2026-03-27',
    });
  });

  it('duplicates: on a weekend or holiday, counting starts on the next working day', () => {
    expect(due(almaty('2026-02-28', '10:00'), duplicates, duty)).toMatchObject({
      acceptedOn: '2026-02-28',
      firstCountedDay: '2026-03-02',
      dueDate: '2026-03-26',
    });
    expect(due(almaty('2026-03-09', '11:00'), duplicates, duty)).toMatchObject({
      firstCountedDay: '2026-03-10',
    });
  });

  it('externat: the acceptance day is never counted', () => {
    expect(due(almaty('2026-03-02', '10:00'), externat)).toMatchObject({
      firstCountedDay: '2026-03-03',
      dueDate: '2026-03-27',
    });
    expect(due(almaty('2026-02-28', '10:00'), externat, duty)).toMatchObject({
      firstCountedDay: '2026-03-02',
      dueDate: '2026-03-26',
    });
  });

  it('uses the local date: 23:30 in Almaty is still the same day even though UTC says otherwise', () => {
    expect(due('2026-03-01T19:30:00Z', duplicates)).toMatchObject({
      acceptedOn: '2026-03-02',
      firstCountedDay: '2026-03-02',
    });
    const utcCentre = { ...centre, timeZone: fixedOffsetZone('UTC', 0) };
    expect(due('2026-03-01T19:30:00Z', duplicates, utcCentre)).toMatchObject({
      acceptedOn: '2026-03-01',
      firstCountedDay: '2026-03-02',
    });
  });

  it('crosses New Year (holidays of the next year count)', () => {
    expect(due(almaty('2026-12-18', '10:00'), duplicates).dueDate).toBe('2027-01-12');
  });

  it('answers a typed error when the term runs past the calendar data', () => {
    const error = unwrapErr(
      resultDueDate({
        acceptedAt: almaty('2027-12-20', '10:00'),
        term: duplicates,
        centre,
        termCalendar: providerCalendar,
      }),
    );
    expect(error).toMatchObject({ kind: 'outside-coverage', date: '2028-01-01' });
    const before = unwrapErr(
      resultDueDate({
        acceptedAt: almaty('2023-12-20', '10:00'),
        term: duplicates,
        centre,
        termCalendar: providerCalendar,
      }),
    );
    expect(before).toMatchObject({ kind: 'outside-coverage', date: '2023-12-20' });
    const lastDay = unwrapErr(
      resultDueDate({
        acceptedAt: almaty('2027-12-31', '10:00'),
        term: externat,
        centre,
        termCalendar: providerCalendar,
      }),
    );
    expect(lastDay).toMatchObject({ kind: 'outside-coverage', date: '2028-01-01' });
  });

  it('refuses a term without working days', () => {
    expect(() =>
      resultDueDate({
        acceptedAt: almaty('2026-03-02', '10:00'),
        term: { workingDays: 0, acceptanceDayCounts: true },
        centre,
        termCalendar: providerCalendar,
      }),
    ).toThrow(RangeError);
  });

  it('property: the due date is a working day, exactly N working days counted from day 1', () => {
    const instants = fc
      .integer({ min: Date.UTC(2024, 3, 1), max: Date.UTC(2026, 11, 31) })
      .map(formatInstant);
    fc.assert(
      fc.property(
        instants,
        fc.constantFrom(duplicates, externat),
        fc.constantFrom(centre, duty),
        (acceptedAt, term, at) => {
          const result = due(acceptedAt, term, at);
          expect(unwrap(isWorkingDay(providerCalendar, result.dueDate))).toBe(true);
          expect(unwrap(isWorkingDay(providerCalendar, result.firstCountedDay))).toBe(true);
          expect(unwrap(workingDaysBetween(providerCalendar, result.firstCountedDay, result.dueDate))).toBe(
            term.workingDays - 1,
          );
          expect(result.firstCountedDay >= result.acceptedOn).toBe(true);
          if (!term.acceptanceDayCounts) expect(result.firstCountedDay > result.acceptedOn).toBe(true);
        },
      ),
    );
  });
});

describe('shelf storage (one month at the centre)', () => {
  const lastDay = (placedAt: string, at = centre, calendar = providerCalendar) =>
    unwrap(shelfStorageLastDay({ placedAt, centre: at, centreCalendar: calendar, storageMonths: 1 }));

  it('ends on the same day number of the next month', () => {
    expect(lastDay(almaty('2026-04-15', '12:00'))).toBe('2026-05-15');
  });

  it('ends on the last day of a shorter month, moved to the next working day of the centre', () => {
    expect(lastDay(almaty('2026-01-31', '12:00'))).toBe('2026-03-02'); // 28 Feb is a Saturday
    expect(lastDay(almaty('2026-01-31', '12:00'), duty, dutyCalendar)).toBe('2026-02-28'); // duty centres work Saturdays
  });

  it('counts from the local date the result was placed', () => {
    // 20:00Z on 31 March is 01:00 on 1 April in Almaty → 1 May (holiday, Friday) → Monday 4 May.
    expect(lastDay('2026-03-31T20:00:00Z')).toBe('2026-05-04');
  });

  it('is over from the day after the last day', () => {
    expect(isShelfStorageOver('2026-05-15', '2026-05-15')).toBe(false);
    expect(isShelfStorageOver('2026-05-15', '2026-05-16')).toBe(true);
  });
});

describe("provider's one-working-day deadline after a re-request", () => {
  const dueOn = (requestedAt: string) =>
    unwrap(
      providerReturnDueDate({ requestedAt, timeZone: centre.timeZone, providerCalendar, workingDays: 1 }),
    );

  it('is the next working day of the provider', () => {
    expect(dueOn(almaty('2026-04-14', '10:00'))).toBe('2026-04-15');
    expect(dueOn(almaty('2026-03-20', '10:00'))).toBe('2026-03-26');
    expect(dueOn(almaty('2026-05-09', '11:00'))).toBe('2026-05-12'); // a duty centre's Saturday; 11 May is off
  });
});

describe('school-year cut-off (externat: up to and including 1 December)', () => {
  const cutoff = { month: 12, day: 1 };
  const check = (acceptedOn: string, schoolYearStart: number) =>
    checkSchoolYearCutoff({ acceptedOn, schoolYearStart, cutoff });

  it('knows which school year a date belongs to', () => {
    expect(schoolYearStartOf('2026-08-31')).toBe(2025);
    expect(schoolYearStartOf('2026-09-01')).toBe(2026);
    expect(schoolYearLabel(2026)).toBe('2026/2027');
    expect(cutoffDay(2026, cutoff)).toBe('2026-12-01');
    expect(cutoffDay(2026, { month: 3, day: 1 })).toBe('2027-03-01');
  });

  it('accepts up to and including 1 December of that school year', () => {
    expect(unwrap(check('2026-09-01', 2026))).toEqual({ lastDay: '2026-12-01' });
    expect(unwrap(check('2026-12-01', 2026))).toEqual({ lastDay: '2026-12-01' });
    expect(unwrapErr(check('2026-12-02', 2026))).toEqual({
      code: 'externat-cutoff-passed',
      lastDay: '2026-12-01',
    });
    expect(unwrapErr(check('2027-03-01', 2026))).toEqual({
      code: 'externat-cutoff-passed',
      lastDay: '2026-12-01',
    });
  });

  it('allows applying in advance for the coming school year, not for later ones', () => {
    expect(unwrap(check('2026-06-15', 2026))).toEqual({ lastDay: '2026-12-01' });
    expect(unwrap(check('2026-12-15', 2027))).toEqual({ lastDay: '2027-12-01' });
    expect(unwrapErr(check('2026-06-15', 2027))).toEqual({
      code: 'externat-school-year-not-open',
      opensOn: '2026-09-01',
    });
    expect(unwrapErr(check('2026-06-15', 2025))).toEqual({
      code: 'externat-cutoff-passed',
      lastDay: '2025-12-01',
    });
  });
});

// The catalogue carries the same readings as the terms tested above.
describe('catalogue terms', () => {
  it('duplicates count the acceptance day; externat does not', () => {
    expect(findService('duplicate-secondary')?.term).toEqual(duplicates);
    expect(findService('duplicate-tvet')?.term).toEqual(duplicates);
    expect(findService('externat-permission')?.term).toEqual(externat);
  });
});
