import { describe, expect, it } from 'vitest';
import { getDeskWorkCalendar, getWorkCalendar } from '../../renderer/db';
import { isWorkingDay, kazakhstanCalendar, type CalendarData } from '../../shared/domain';
import { openTestDesk, unwrap } from './helpers';
import { putRawRows } from './upgrade-harness';

/** A tiny installed calendar for 2027: only 1 January is a holiday. */
const installed2027: CalendarData = {
  version: 'kz-2027.1',
  coverage: { from: '2027-01-01', to: '2027-12-31' },
  holidays: [
    {
      id: 'new-year',
      name: { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' },
      substituteWhenOnRestDay: false,
      rule: { kind: 'on-dates', dates: ['2027-01-01'] },
    },
  ],
  transfers: [],
};

const dataRow = (data: CalendarData, installedAt: string) => ({
  key: `data:${data.version}`,
  kind: 'data',
  version: data.version,
  data,
  installedAt,
});
const overrideRow = (date: string, working: boolean, reason: string) => ({
  key: `override:${date}`,
  kind: 'override',
  override: { date, working, reason },
  recordedAt: '2026-01-05T04:00:00.000Z',
  recordedBy: 'supervisor-1',
});

describe('work calendar from the calendar table', () => {
  it('falls back to the bundled Kazakhstan data when nothing is installed', async () => {
    const { db } = await openTestDesk();
    const desk = unwrap(await getDeskWorkCalendar(db, 'five-day'));
    expect(desk.source).toBe('bundled');
    expect(desk.calendar.version).toBe(kazakhstanCalendar.version);
    expect(desk.calendar.week).toBe('five-day');
    expect(unwrap(isWorkingDay(desk.calendar, '2026-03-02'))).toBe(true);
  });

  it('uses the newest installed data version and applies the overrides inside its coverage', async () => {
    const { db, scenario } = await openTestDesk();
    const older = { ...installed2027, version: 'kz-2027.0', holidays: [] };
    await putRawRows(scenario, {
      calendar: [
        dataRow(older, '2026-11-01T04:00:00.000Z'),
        dataRow(installed2027, '2026-12-01T04:00:00.000Z'),
        overrideRow('2027-03-05', false, 'Regional day of mourning'),
        // Outside 2027: belongs to another period and is left out rather than failing.
        overrideRow('2026-06-01', false, 'Old override'),
      ],
    });
    const desk = unwrap(await getDeskWorkCalendar(db, 'five-day'));
    expect(desk.source).toBe('installed');
    expect(desk.calendar.version).toBe('kz-2027.1');
    expect(desk.overrides.map((o) => o.date)).toEqual(['2027-03-05']);
    expect(unwrap(isWorkingDay(desk.calendar, '2027-01-01'))).toBe(false);
    expect(unwrap(isWorkingDay(desk.calendar, '2027-03-05'))).toBe(false);
    expect(unwrap(isWorkingDay(desk.calendar, '2027-03-04'))).toBe(true);
    // The six-day week works on Saturday.
    const sixDay = unwrap(await getWorkCalendar(db, 'six-day'));
    expect(unwrap(isWorkingDay(sixDay, '2027-03-06'))).toBe(true);
    expect(unwrap(isWorkingDay(unwrap(await getWorkCalendar(db, 'five-day')), '2027-03-06'))).toBe(false);
  });

  it('applies overrides to the bundled data too', async () => {
    const { db, scenario } = await openTestDesk();
    await putRawRows(scenario, { calendar: [overrideRow('2026-03-03', false, 'Regional day off')] });
    const calendar = unwrap(await getWorkCalendar(db, 'five-day'));
    expect(calendar.version).toBe(kazakhstanCalendar.version);
    expect(unwrap(isWorkingDay(calendar, '2026-03-03'))).toBe(false);
  });

  it('rejects a stored row that is not valid', async () => {
    const { db, scenario } = await openTestDesk();
    await putRawRows(scenario, {
      calendar: [
        dataRow(
          { ...installed2027, coverage: { from: '2027-12-31', to: '2027-01-01' } },
          '2026-12-01T04:00:00.000Z',
        ),
      ],
    });
    await expect(getWorkCalendar(db, 'five-day')).rejects.toThrow(
      /calendar data data:kz-2027.1 is not valid/,
    );
  });
});
