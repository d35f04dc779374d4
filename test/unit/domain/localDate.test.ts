import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  compareLocalDates,
  datePartsOf,
  daysBetween,
  daysInMonth,
  formatLocalDate,
  fromEpochDay,
  isLeapYear,
  isLocalDate,
  isoWeekday,
  parseLocalDate,
  toEpochDay,
} from '../../../shared/domain';

const epochDay = fc.integer({ min: toEpochDay('1900-01-01'), max: toEpochDay('2100-12-31') });

describe('local dates', () => {
  it('parses only existing dates', () => {
    expect(parseLocalDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseLocalDate('2002-02-29')).toBeNull();
    expect(parseLocalDate('2026-13-01')).toBeNull();
    expect(parseLocalDate('2026-04-31')).toBeNull();
    expect(parseLocalDate('2026-4-1')).toBeNull();
    expect(parseLocalDate('0000-01-01')).toBeNull();
    expect(isLocalDate('2026-12-31')).toBe(true);
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2024, 2026].map(isLeapYear)).toEqual([false, true, true, false]);
    expect([daysInMonth(2026, 2), daysInMonth(2024, 2), daysInMonth(2026, 4), daysInMonth(2026, 12)]).toEqual(
      [28, 29, 30, 31],
    );
  });

  it('refuses to format or read malformed dates', () => {
    expect(() => formatLocalDate({ year: 2026, month: 2, day: 30 })).toThrow(RangeError);
    expect(() => addDays('26-01-01', 1)).toThrow(RangeError);
  });

  it('counts epoch days like the UTC calendar does', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('2026-01-01')).toBe(Date.UTC(2026, 0, 1) / 86_400_000);
    fc.assert(
      fc.property(epochDay, (day) => {
        expect(fromEpochDay(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
        expect(toEpochDay(fromEpochDay(day))).toBe(day);
      }),
    );
  });

  it('gives ISO weekdays (Monday 1 … Sunday 7)', () => {
    expect(isoWeekday('2026-01-01')).toBe(4);
    expect(isoWeekday('2026-03-22')).toBe(7);
    expect(isoWeekday('2026-03-23')).toBe(1);
    fc.assert(
      fc.property(epochDay, (day) => {
        const jsDay = new Date(day * 86_400_000).getUTCDay();
        expect(isoWeekday(fromEpochDay(day))).toBe(jsDay === 0 ? 7 : jsDay);
      }),
    );
  });

  it('adds days and measures the distance consistently', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    fc.assert(
      fc.property(epochDay, fc.integer({ min: -800, max: 800 }), (day, n) => {
        const date = fromEpochDay(day);
        expect(daysBetween(date, addDays(date, n))).toBe(n);
        expect(Math.sign(compareLocalDates(addDays(date, n), date))).toBe(Math.sign(n));
      }),
    );
  });

  it('adds months clamping to the month end, as the Civil Code counts months', () => {
    expect(addMonthsClamped('2026-03-15', 1)).toBe('2026-04-15');
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2026-12-31', 1)).toBe('2027-01-31');
    expect(addMonthsClamped('2026-03-31', -1)).toBe('2026-02-28');
    fc.assert(
      fc.property(epochDay, fc.integer({ min: 0, max: 24 }), (day, months) => {
        const date = fromEpochDay(day);
        const later = addMonthsClamped(date, months);
        const from = datePartsOf(date);
        const to = datePartsOf(later);
        expect(to.year * 12 + to.month - (from.year * 12 + from.month)).toBe(months);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
      }),
    );
  });
});
