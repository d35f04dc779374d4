import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  buildWorkCalendar,
  countWorkingDays,
  coversNextYear,
  dayInfo,
  fromEpochDay,
  isoWeekday,
  isWorkingDay,
  kazakhstanCalendar,
  nextWorkingDay,
  toEpochDay,
  workingDayOnOrAfter,
  workingDaysBetween,
  type CalendarData,
  type WeekKind,
} from '../../../shared/domain';
import { unwrap, unwrapErr } from './unwrap';

const fiveDay = unwrap(buildWorkCalendar(kazakhstanCalendar, 'five-day'));
const sixDay = unwrap(buildWorkCalendar(kazakhstanCalendar, 'six-day'));

function daysOffOnWeekdays(calendar: typeof fiveDay, year: number, lastWorkingWeekday: number): string[] {
  const off: string[] = [];
  for (let day = `${year}-01-01`; day <= `${year}-12-31`; day = addDays(day, 1)) {
    if (isoWeekday(day) <= lastWorkingWeekday && !unwrap(isWorkingDay(calendar, day))) off.push(day);
  }
  return off;
}

const yearTotal = (calendar: typeof fiveDay, year: number) =>
  unwrap(countWorkingDays(calendar, `${year}-01-01`, `${year}-12-31`));

describe('Kazakhstan working-day calendar, 2026', () => {
  it('has 247 working days in a five-day week and 299 in a six-day week', () => {
    expect(yearTotal(fiveDay, 2026)).toBe(247);
    expect(yearTotal(sixDay, 2026)).toBe(299);
  });

  it('gives exactly the weekday days off listed in the specification (five-day week)', () => {
    expect(daysOffOnWeekdays(fiveDay, 2026, 5)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-07',
      '2026-03-09',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-05-01',
      '2026-05-07',
      '2026-05-11',
      '2026-05-27',
      '2026-07-06',
      '2026-10-26',
      '2026-12-16',
    ]);
  });

  it('moves days off differently in a six-day week (Saturday is a working day there)', () => {
    expect(daysOffOnWeekdays(sixDay, 2026, 6)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-07',
      '2026-03-09',
      // Nauryz: Sat 21 is itself off; Sun 22 moves past Mon 23 (a holiday) to Tue 24.
      '2026-03-21',
      '2026-03-23',
      '2026-03-24',
      '2026-05-01',
      '2026-05-07',
      '2026-05-09',
      '2026-05-27',
      '2026-07-06',
      '2026-10-26',
      '2026-12-16',
    ]);
  });

  it('has no Constitution Day in 2026, 30 August until 2025 and 15 March from 2027', () => {
    expect(unwrap(dayInfo(fiveDay, '2026-08-31')).working).toBe(true); // 30 Aug 2026 is a Sunday: nothing moves
    expect(unwrap(dayInfo(fiveDay, '2025-09-01')).marks).toEqual([
      { kind: 'substitute', holidayId: 'constitution-day-august', forDate: '2025-08-30' },
    ]);
    expect(unwrap(dayInfo(fiveDay, '2024-08-30')).marks).toEqual([
      { kind: 'holiday', holidayId: 'constitution-day-august' },
    ]);
    expect(unwrap(dayInfo(fiveDay, '2027-03-15')).marks).toEqual([
      { kind: 'holiday', holidayId: 'constitution-day-march' },
    ]);
    expect(unwrap(isWorkingDay(fiveDay, '2026-03-16'))).toBe(true);
  });
});

describe('substitute days off', () => {
  it('never move 7 January or Kurban Ait', () => {
    expect(unwrap(isWorkingDay(fiveDay, '2024-01-08'))).toBe(true); // 7 Jan 2024 was a Sunday
    expect(unwrap(isWorkingDay(fiveDay, '2024-06-17'))).toBe(true); // Kurban Ait 16 Jun 2024, a Sunday
    expect(unwrap(isWorkingDay(fiveDay, '2027-05-17'))).toBe(true); // Kurban Ait 16 May 2027, a Sunday
    expect(unwrap(dayInfo(fiveDay, '2027-05-16')).marks).toEqual([
      { kind: 'holiday', holidayId: 'kurban-ait', provisional: true },
    ]);
    expect(unwrap(dayInfo(fiveDay, '2026-05-27')).marks).toEqual([
      { kind: 'holiday', holidayId: 'kurban-ait' },
    ]);
    expect(unwrap(isWorkingDay(sixDay, '2025-06-07'))).toBe(true); // Kurban Ait Fri 6 Jun 2025; Saturday works
  });

  it('move the other holidays to the next working day', () => {
    expect(unwrap(dayInfo(fiveDay, '2024-03-25')).marks).toEqual([
      { kind: 'substitute', holidayId: 'nauryz', forDate: '2024-03-23' },
    ]);
    expect(unwrap(isWorkingDay(sixDay, '2024-03-25'))).toBe(true); // Saturday 23 Mar is itself off in a six-day week
    expect(unwrap(isWorkingDay(fiveDay, '2024-07-08'))).toBe(false);
    expect(unwrap(isWorkingDay(fiveDay, '2027-01-04'))).toBe(false); // 2 Jan 2027 is a Saturday
    expect(unwrap(isWorkingDay(sixDay, '2027-01-04'))).toBe(true);
    expect(unwrap(dayInfo(fiveDay, '2027-03-24')).marks).toEqual([
      { kind: 'substitute', holidayId: 'nauryz', forDate: '2027-03-21' },
    ]);
  });
});

describe('Ministry of Labour transfers', () => {
  it('2024: the day of rest moved from Saturday 4 May to Wednesday 8 May (five-day week only)', () => {
    expect(unwrap(isWorkingDay(fiveDay, '2024-05-04'))).toBe(true);
    expect(unwrap(isWorkingDay(fiveDay, '2024-05-08'))).toBe(false);
    expect(unwrap(dayInfo(fiveDay, '2024-05-08')).marks[0]).toMatchObject({ kind: 'transfer-day-off' });
    expect(unwrap(isWorkingDay(sixDay, '2024-05-08'))).toBe(true);
  });

  it('2025: the day of rest moved from Sunday 5 January to Friday 3 January (both weeks)', () => {
    for (const calendar of [fiveDay, sixDay]) {
      expect(unwrap(isWorkingDay(calendar, '2025-01-03'))).toBe(false);
      expect(unwrap(isWorkingDay(calendar, '2025-01-05'))).toBe(true);
      expect(unwrap(dayInfo(calendar, '2025-01-05')).marks[0]).toMatchObject({
        kind: 'transfer-working-day',
      });
    }
    expect(unwrap(isWorkingDay(sixDay, '2025-01-04'))).toBe(true);
  });

  it('gives the yearly totals of each covered year', () => {
    // 2024: the Ministry's published 248/300 assumed Kurban Ait on Mon 17 June; it fell on Sunday 16 June.
    expect([2024, 2025, 2026, 2027].map((y) => yearTotal(fiveDay, y))).toEqual([249, 246, 247, 247]);
    expect([2024, 2025, 2026, 2027].map((y) => yearTotal(sixDay, y))).toEqual([301, 298, 299, 299]);
  });
});

describe('supervisor overrides', () => {
  it('apply last and only to the weeks they name', () => {
    const overrides = [
      { date: '2026-06-01', working: false, reason: 'Regional day of mourning' },
      { date: '2026-06-06', working: true, weeks: ['five-day'] as WeekKind[], reason: 'Working Saturday' },
      { date: '2026-03-24', working: true, reason: 'Centre opened on a holiday' },
    ];
    const five = unwrap(buildWorkCalendar(kazakhstanCalendar, 'five-day', overrides));
    const six = unwrap(buildWorkCalendar(kazakhstanCalendar, 'six-day', overrides));
    expect(unwrap(isWorkingDay(five, '2026-06-01'))).toBe(false);
    expect(unwrap(isWorkingDay(six, '2026-06-01'))).toBe(false);
    expect(unwrap(isWorkingDay(five, '2026-06-06'))).toBe(true);
    expect(unwrap(isWorkingDay(six, '2026-06-06'))).toBe(true); // a Saturday: already working
    expect(unwrap(isWorkingDay(five, '2026-06-07'))).toBe(false);
    expect(unwrap(dayInfo(five, '2026-03-24')).marks.map((m) => m.kind)).toEqual(['substitute', 'override']);
    expect(unwrap(isWorkingDay(five, '2026-03-24'))).toBe(true);
  });

  it('outside the coverage are rejected', () => {
    const override = { date: '2028-01-03', working: false, reason: 'x' };
    expect(unwrapErr(buildWorkCalendar(kazakhstanCalendar, 'five-day', [override]))).toEqual({
      kind: 'override-outside-coverage',
      override,
    });
  });
});

describe('calendar data problems are typed errors', () => {
  const minimal: CalendarData = {
    version: 't',
    coverage: { from: '2026-01-01', to: '2026-12-31' },
    holidays: [],
    transfers: [],
  };

  it('coverage that ends before it starts', () => {
    const data = { ...minimal, coverage: { from: '2026-12-31', to: '2026-01-01' } };
    expect(unwrapErr(buildWorkCalendar(data, 'five-day')).kind).toBe('invalid-coverage');
  });

  it('a substitute day that would fall after the coverage', () => {
    const data: CalendarData = {
      ...minimal,
      coverage: { from: '2026-01-01', to: '2026-12-27' },
      holidays: [
        {
          id: 'eve',
          name: { kk: 'a', ru: 'b', en: 'c' },
          substituteWhenOnRestDay: true,
          rule: { kind: 'annual', month: 12, days: [27] },
        },
      ],
    };
    expect(unwrapErr(buildWorkCalendar(data, 'five-day'))).toEqual({
      kind: 'substitute-outside-coverage',
      holidayId: 'eve',
      date: '2026-12-27',
    });
  });

  it('a transfer outside the coverage', () => {
    const transfer = {
      restDay: '2027-01-02',
      dayOff: '2026-12-31',
      weeks: ['five-day'] as WeekKind[],
      act: 'x',
    };
    expect(unwrapErr(buildWorkCalendar({ ...minimal, transfers: [transfer] }, 'five-day'))).toEqual({
      kind: 'transfer-outside-coverage',
      transfer,
    });
    // A transfer for the other week does not concern this calendar at all.
    expect(buildWorkCalendar({ ...minimal, transfers: [transfer] }, 'six-day').ok).toBe(true);
  });

  it('annual days that do not exist in a year are skipped (29 February)', () => {
    const data: CalendarData = {
      version: 't',
      coverage: { from: '2024-01-01', to: '2025-12-31' },
      holidays: [
        {
          id: 'leap',
          name: { kk: 'a', ru: 'b', en: 'c' },
          substituteWhenOnRestDay: false,
          rule: { kind: 'annual', month: 2, days: [29] },
        },
      ],
      transfers: [],
    };
    const calendar = unwrap(buildWorkCalendar(data, 'five-day'));
    expect(unwrap(isWorkingDay(calendar, '2024-02-29'))).toBe(false);
    expect(unwrap(isWorkingDay(calendar, '2025-02-28'))).toBe(true);
  });
});

describe('working-day arithmetic', () => {
  it('finds the next working day across holidays and New Year', () => {
    expect(unwrap(nextWorkingDay(fiveDay, '2026-03-20'))).toBe('2026-03-26');
    expect(unwrap(nextWorkingDay(fiveDay, '2026-12-31'))).toBe('2027-01-05');
    // Six-day week: Saturday 2 January is itself the holiday, so nothing moves to Monday.
    expect(unwrap(nextWorkingDay(sixDay, '2026-12-31'))).toBe('2027-01-04');
    expect(unwrap(workingDayOnOrAfter(fiveDay, '2026-03-26'))).toBe('2026-03-26');
    expect(unwrap(workingDayOnOrAfter(fiveDay, '2026-03-21'))).toBe('2026-03-26');
  });

  it('adds and subtracts working days, never counting the start date', () => {
    expect(unwrap(addWorkingDays(fiveDay, '2026-03-02', 14))).toBe('2026-03-26');
    expect(unwrap(addWorkingDays(fiveDay, '2026-03-26', -14))).toBe('2026-03-02');
    expect(unwrap(addWorkingDays(fiveDay, '2026-03-21', 0))).toBe('2026-03-21');
    expect(() => addWorkingDays(fiveDay, '2026-03-02', 1.5)).toThrow(RangeError);
  });

  it('counts working days between two dates, in either order', () => {
    expect(unwrap(workingDaysBetween(fiveDay, '2026-03-02', '2026-03-26'))).toBe(14);
    expect(unwrap(workingDaysBetween(fiveDay, '2026-03-26', '2026-03-02'))).toBe(-14);
    expect(unwrap(workingDaysBetween(fiveDay, '2026-03-21', '2026-03-25'))).toBe(0);
    expect(unwrap(countWorkingDays(fiveDay, '2026-03-27', '2026-03-26'))).toBe(0);
  });

  it('answers a typed error outside the coverage instead of guessing', () => {
    const error = {
      kind: 'outside-coverage',
      date: '2028-01-01',
      version: 'kz-2024-2027.1',
      coverage: kazakhstanCalendar.coverage,
    };
    expect(unwrapErr(isWorkingDay(fiveDay, '2028-01-01'))).toEqual(error);
    expect(unwrapErr(dayInfo(fiveDay, '2028-01-01'))).toEqual(error);
    expect(unwrapErr(nextWorkingDay(fiveDay, '2027-12-31'))).toEqual(error);
    expect(unwrapErr(addWorkingDays(fiveDay, '2028-01-01', 0)).kind).toBe('outside-coverage');
    expect(unwrapErr(workingDayOnOrAfter(fiveDay, '2023-12-31')).kind).toBe('outside-coverage');
    expect(unwrapErr(addWorkingDays(fiveDay, '2024-01-03', -5)).date).toBe('2023-12-31');
    expect(unwrapErr(workingDaysBetween(fiveDay, '2023-12-01', '2024-01-10')).date).toBe('2023-12-01');
    expect(unwrapErr(workingDaysBetween(fiveDay, '2027-12-01', '2028-01-10')).date).toBe('2028-01-10');
    expect(unwrapErr(workingDaysBetween(fiveDay, '2028-01-10', '2027-12-01')).date).toBe('2028-01-10');
    expect(unwrapErr(countWorkingDays(fiveDay, '2023-12-01', '2024-01-10')).date).toBe('2023-12-01');
    expect(unwrapErr(countWorkingDays(fiveDay, '2027-12-01', '2028-01-10')).date).toBe('2028-01-10');
  });

  const dateIn2024to2026 = fc
    .integer({ min: toEpochDay('2024-01-01'), max: toEpochDay('2026-12-31') })
    .map(fromEpochDay);
  const calendars = fc.constantFrom(fiveDay, sixDay);

  it('property: adding n working days lands on a working day exactly n working days later', () => {
    fc.assert(
      fc.property(calendars, dateIn2024to2026, fc.integer({ min: 1, max: 60 }), (calendar, date, n) => {
        const later = unwrap(addWorkingDays(calendar, date, n));
        expect(unwrap(isWorkingDay(calendar, later))).toBe(true);
        expect(unwrap(workingDaysBetween(calendar, date, later))).toBe(n);
        expect(unwrap(workingDaysBetween(calendar, date, addDays(later, -1)))).toBe(n - 1);
      }),
    );
  });

  it('property: adding then subtracting returns to the working day on or after the start', () => {
    fc.assert(
      fc.property(calendars, dateIn2024to2026, fc.integer({ min: 1, max: 60 }), (calendar, date, n) => {
        const start = unwrap(workingDayOnOrAfter(calendar, date));
        expect(unwrap(addWorkingDays(calendar, unwrap(addWorkingDays(calendar, start, n)), -n))).toBe(start);
      }),
    );
  });

  it('property: a six-day week never has fewer working days than a five-day week', () => {
    fc.assert(
      fc.property(dateIn2024to2026, fc.integer({ min: 0, max: 120 }), (date, span) => {
        const to = addDays(date, span);
        expect(unwrap(countWorkingDays(sixDay, date, to))).toBeGreaterThanOrEqual(
          unwrap(countWorkingDays(fiveDay, date, to)),
        );
      }),
    );
  });
});

describe('coverage of next year', () => {
  it('is complete for 2026 (deadlines into 2027) but not for 2027', () => {
    expect(coversNextYear(kazakhstanCalendar, '2026-12-20')).toBe(true);
    expect(coversNextYear(kazakhstanCalendar, '2027-01-10')).toBe(false);
    expect(coversNextYear(kazakhstanCalendar, '2023-06-01')).toBe(false);
  });
});
