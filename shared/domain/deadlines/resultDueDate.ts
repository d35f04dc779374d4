import { addWorkingDays, isWorkingDay, nextWorkingDay, type CalendarError } from '../calendar/workingDays';
import type { WorkCalendar } from '../calendar/workCalendar';
import { isAfterClosing, type CentreProfile } from '../centre/openingHours';
import { err, ok, type Result } from '../result';
import type { Instant } from '../time/instant';
import type { LocalDate } from '../time/localDate';
import { toLocalDateTime } from '../time/timeZone';

/** A service's term as the standard states it (data in the catalogue). */
export interface ServiceTerm {
  readonly workingDays: number;
  /** Whether the day the documents are handed in is day 1 of the term. */
  readonly acceptanceDayCounts: boolean;
}

export interface ResultDueDate {
  /** The local date the documents were handed in. */
  readonly acceptedOn: LocalDate;
  /** Day 1 of the term. */
  readonly firstCountedDay: LocalDate;
  /** The last day of the term: the result is due on this day. */
  readonly dueDate: LocalDate;
  /** Recorded with the deadline so it can be explained after the calendar changes. */
  readonly calendarVersion: string;
}

/**
 * When the result of an application accepted at `acceptedAt` is due.
 *
 * Reading of the standards (the term is counted in working days of the PROVIDER, a five-day week):
 * - Duplicates, "15 WD from the moment the documents are handed in": the day of hand-in is day 1
 *   when it is a working day and the documents were handed in before the centre's closing time;
 *   otherwise (after hours — a mobile clerk's late visit — a weekend, a holiday, a duty centre's
 *   Saturday) day 1 is the next working day. The due date is day 15.
 * - Externat, "the day of acceptance at the Corporation is not counted": day 1 is always the first
 *   working day after the acceptance date, whatever the hour. The due date is day 15.
 */
export function resultDueDate(input: {
  readonly acceptedAt: Instant;
  readonly term: ServiceTerm;
  readonly centre: CentreProfile;
  readonly termCalendar: WorkCalendar;
}): Result<ResultDueDate, CalendarError> {
  const { acceptedAt, term, centre, termCalendar } = input;
  if (!Number.isInteger(term.workingDays) || term.workingDays < 1) {
    throw new RangeError(`A term needs at least one working day: ${term.workingDays}`);
  }
  const local = toLocalDateTime(acceptedAt, centre.timeZone);
  const working = isWorkingDay(termCalendar, local.date);
  if (!working.ok) return working;

  const countsToday =
    term.acceptanceDayCounts &&
    working.value &&
    !isAfterClosing(centre.hours, local.weekday, local.minuteOfDay);
  const firstCounted = countsToday ? ok(local.date) : nextWorkingDay(termCalendar, local.date);
  if (!firstCounted.ok) return firstCounted;

  const due = addWorkingDays(termCalendar, firstCounted.value, term.workingDays - 1);
  if (!due.ok) return err(due.error);
  return ok({
    acceptedOn: local.date,
    firstCountedDay: firstCounted.value,
    dueDate: due.value,
    calendarVersion: termCalendar.version,
  });
}
