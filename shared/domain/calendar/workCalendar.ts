import { err, ok, type Result } from '../result';
import {
  addDays,
  compareLocalDates,
  datePartsOf,
  formatLocalDate,
  isoWeekday,
  isValidDateParts,
  type LocalDate,
} from '../time/localDate';
import type {
  CalendarData,
  CalendarOverride,
  DayOffTransfer,
  HolidayDefinition,
  WeekKind,
} from './calendarData';

/** Why a day differs from the plain week pattern (shown to supervisors, printed nowhere). */
export type DayMark =
  /** `provisional`: a lunar date announced later that may still shift by a day. */
  | { readonly kind: 'holiday'; readonly holidayId: string; readonly provisional?: true }
  | { readonly kind: 'substitute'; readonly holidayId: string; readonly forDate: LocalDate }
  | { readonly kind: 'transfer-day-off'; readonly act: string }
  | { readonly kind: 'transfer-working-day'; readonly act: string }
  | { readonly kind: 'override'; readonly working: boolean; readonly reason: string };

interface DayException {
  readonly working: boolean;
  readonly marks: readonly DayMark[];
}

/** A calendar compiled for one kind of week; build it once, query it often. */
export interface WorkCalendar {
  readonly version: string;
  readonly week: WeekKind;
  readonly coverage: CalendarData['coverage'];
  readonly exceptions: ReadonlyMap<LocalDate, DayException>;
}

export type CalendarDataError =
  | { readonly kind: 'invalid-coverage'; readonly coverage: CalendarData['coverage'] }
  | { readonly kind: 'substitute-outside-coverage'; readonly holidayId: string; readonly date: LocalDate }
  | { readonly kind: 'transfer-outside-coverage'; readonly transfer: DayOffTransfer }
  | { readonly kind: 'override-outside-coverage'; readonly override: CalendarOverride };

export function isWeeklyRestDay(date: LocalDate, week: WeekKind): boolean {
  const weekday = isoWeekday(date);
  return week === 'five-day' ? weekday >= 6 : weekday === 7;
}

function within(date: LocalDate, coverage: CalendarData['coverage']): boolean {
  return compareLocalDates(date, coverage.from) >= 0 && compareLocalDates(date, coverage.to) <= 0;
}

/** Holiday dates inside the coverage, each with the holidays that fall on it. */
function holidayDates(data: CalendarData): Map<LocalDate, HolidayDefinition[]> {
  const byDate = new Map<LocalDate, HolidayDefinition[]>();
  const add = (date: LocalDate, holiday: HolidayDefinition) => {
    if (within(date, data.coverage)) byDate.set(date, [...(byDate.get(date) ?? []), holiday]);
  };
  const firstYear = datePartsOf(data.coverage.from).year;
  const lastYear = datePartsOf(data.coverage.to).year;
  for (const holiday of data.holidays) {
    const rule = holiday.rule;
    if (rule.kind === 'on-dates') {
      rule.dates.forEach((date) => add(date, holiday));
      continue;
    }
    for (
      let year = Math.max(firstYear, rule.firstYear ?? firstYear);
      year <= Math.min(lastYear, rule.lastYear ?? lastYear);
      year++
    ) {
      for (const day of rule.days) {
        const parts = { year, month: rule.month, day };
        if (isValidDateParts(parts)) add(formatLocalDate(parts), holiday);
      }
    }
  }
  return byDate;
}

function appliesTo(weeks: readonly WeekKind[] | undefined, week: WeekKind): boolean {
  return weeks === undefined || weeks.includes(week);
}

/**
 * Compiles the data for one week kind, then applies the supervisor's overrides.
 * Order: holidays → substitute days → Ministry transfers → overrides (the last word).
 */
export function buildWorkCalendar(
  data: CalendarData,
  week: WeekKind,
  overrides: readonly CalendarOverride[] = [],
): Result<WorkCalendar, CalendarDataError> {
  const { coverage } = data;
  if (compareLocalDates(coverage.from, coverage.to) > 0) return err({ kind: 'invalid-coverage', coverage });

  const exceptions = new Map<LocalDate, DayException>();
  const mark = (date: LocalDate, working: boolean, dayMark: DayMark) => {
    exceptions.set(date, { working, marks: [...(exceptions.get(date)?.marks ?? []), dayMark] });
  };

  const holidays = holidayDates(data);
  const sortedHolidayDates = [...holidays.keys()].sort(compareLocalDates);
  for (const date of sortedHolidayDates) {
    for (const holiday of holidays.get(date) ?? []) {
      const provisional = holiday.rule.kind === 'on-dates' && (holiday.rule.provisional ?? []).includes(date);
      mark(date, false, {
        kind: 'holiday',
        holidayId: holiday.id,
        ...(provisional ? { provisional: true } : {}),
      });
    }
  }

  // A holiday on a weekly rest day gives the next day that is neither a rest day, a holiday,
  // nor already a substitute (Nauryz 2026 on Sat–Mon → Tue and Wed off in a five-day week).
  for (const date of sortedHolidayDates) {
    const substitutable = (holidays.get(date) ?? []).find((h) => h.substituteWhenOnRestDay);
    if (substitutable === undefined || !isWeeklyRestDay(date, week)) continue;
    let candidate = addDays(date, 1);
    while (isWeeklyRestDay(candidate, week) || exceptions.has(candidate)) {
      candidate = addDays(candidate, 1);
    }
    if (!within(candidate, coverage)) {
      return err({ kind: 'substitute-outside-coverage', holidayId: substitutable.id, date });
    }
    mark(candidate, false, { kind: 'substitute', holidayId: substitutable.id, forDate: date });
  }

  for (const transfer of data.transfers) {
    if (!appliesTo(transfer.weeks, week)) continue;
    if (!within(transfer.restDay, coverage) || !within(transfer.dayOff, coverage)) {
      return err({ kind: 'transfer-outside-coverage', transfer });
    }
    mark(transfer.restDay, true, { kind: 'transfer-working-day', act: transfer.act });
    mark(transfer.dayOff, false, { kind: 'transfer-day-off', act: transfer.act });
  }

  for (const override of overrides) {
    if (!appliesTo(override.weeks, week)) continue;
    if (!within(override.date, coverage)) return err({ kind: 'override-outside-coverage', override });
    mark(override.date, override.working, {
      kind: 'override',
      working: override.working,
      reason: override.reason,
    });
  }

  return ok({ version: data.version, week, coverage, exceptions });
}
