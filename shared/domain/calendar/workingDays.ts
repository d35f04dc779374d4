import { err, ok, type Result } from '../result';
import { addDays, compareLocalDates, isoWeekday, type IsoWeekday, type LocalDate } from '../time/localDate';
import { isWeeklyRestDay, type DayMark, type WorkCalendar } from './workCalendar';

/** Asking about a date the calendar data does not cover is an error, never a guess. */
export interface OutsideCoverageError {
  readonly kind: 'outside-coverage';
  readonly date: LocalDate;
  readonly version: string;
  readonly coverage: WorkCalendar['coverage'];
}
export type CalendarError = OutsideCoverageError;

function covered(calendar: WorkCalendar, date: LocalDate): Result<LocalDate, CalendarError> {
  const inside =
    compareLocalDates(date, calendar.coverage.from) >= 0 &&
    compareLocalDates(date, calendar.coverage.to) <= 0;
  return inside
    ? ok(date)
    : err({ kind: 'outside-coverage', date, version: calendar.version, coverage: calendar.coverage });
}

function workingUnchecked(calendar: WorkCalendar, date: LocalDate): boolean {
  return calendar.exceptions.get(date)?.working ?? !isWeeklyRestDay(date, calendar.week);
}

export function isWorkingDay(calendar: WorkCalendar, date: LocalDate): Result<boolean, CalendarError> {
  const inside = covered(calendar, date);
  return inside.ok ? ok(workingUnchecked(calendar, date)) : inside;
}

export interface DayInfo {
  readonly date: LocalDate;
  readonly weekday: IsoWeekday;
  readonly working: boolean;
  readonly weeklyRestDay: boolean;
  readonly marks: readonly DayMark[];
}

/** Everything the calendar knows about a day, for a supervisor's calendar screen. */
export function dayInfo(calendar: WorkCalendar, date: LocalDate): Result<DayInfo, CalendarError> {
  const inside = covered(calendar, date);
  if (!inside.ok) return inside;
  return ok({
    date,
    weekday: isoWeekday(date),
    working: workingUnchecked(calendar, date),
    weeklyRestDay: isWeeklyRestDay(date, calendar.week),
    marks: calendar.exceptions.get(date)?.marks ?? [],
  });
}

/**
 * The date `count` working days after `date` (before it, for a negative count); `date` itself is
 * never counted. With count 0 the answer is `date` unchanged, working day or not.
 */
export function addWorkingDays(
  calendar: WorkCalendar,
  date: LocalDate,
  count: number,
): Result<LocalDate, CalendarError> {
  if (!Number.isInteger(count)) throw new RangeError(`Working days must be a whole number: ${count}`);
  const start = covered(calendar, date);
  if (!start.ok) return start;
  const step = count < 0 ? -1 : 1;
  let current = date;
  for (let remaining = Math.abs(count); remaining > 0;) {
    const next = covered(calendar, addDays(current, step));
    if (!next.ok) return next;
    current = next.value;
    if (workingUnchecked(calendar, current)) remaining--;
  }
  return ok(current);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(calendar: WorkCalendar, date: LocalDate): Result<LocalDate, CalendarError> {
  return addWorkingDays(calendar, date, 1);
}

/** `date` itself when it is a working day, otherwise the next working day. */
export function workingDayOnOrAfter(
  calendar: WorkCalendar,
  date: LocalDate,
): Result<LocalDate, CalendarError> {
  const working = isWorkingDay(calendar, date);
  if (!working.ok) return working;
  return working.value ? ok(date) : nextWorkingDay(calendar, date);
}

/**
 * Working days in the half-open range (from, to]: how many working days pass from `from` to `to`.
 * The inverse of addWorkingDays: if addWorkingDays(from, n) = to and n > 0, this returns n.
 * Negative when `to` is before `from`.
 */
export function workingDaysBetween(
  calendar: WorkCalendar,
  from: LocalDate,
  to: LocalDate,
): Result<number, CalendarError> {
  const order = compareLocalDates(from, to);
  if (order > 0) {
    const reversed = workingDaysBetween(calendar, to, from);
    return reversed.ok ? ok(-reversed.value) : reversed;
  }
  const start = covered(calendar, from);
  if (!start.ok) return start;
  const end = covered(calendar, to);
  if (!end.ok) return end;
  let count = 0;
  for (let day = addDays(from, 1); compareLocalDates(day, to) <= 0; day = addDays(day, 1)) {
    if (workingUnchecked(calendar, day)) count++;
  }
  return ok(count);
}

/** Working days in the closed range [from, to] (0 when `to` is before `from`), e.g. a year's norm. */
export function countWorkingDays(
  calendar: WorkCalendar,
  from: LocalDate,
  to: LocalDate,
): Result<number, CalendarError> {
  const start = covered(calendar, from);
  if (!start.ok) return start;
  const end = covered(calendar, to);
  if (!end.ok) return end;
  let count = 0;
  for (let day = from; compareLocalDates(day, to) <= 0; day = addDays(day, 1)) {
    if (workingUnchecked(calendar, day)) count++;
  }
  return ok(count);
}
