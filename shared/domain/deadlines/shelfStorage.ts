import { workingDayOnOrAfter, type CalendarError } from '../calendar/workingDays';
import type { WorkCalendar } from '../calendar/workCalendar';
import type { CentreProfile } from '../centre/openingHours';
import type { Result } from '../result';
import type { Instant } from '../time/instant';
import { addMonthsClamped, compareLocalDates, type LocalDate } from '../time/localDate';
import { localDateOf } from '../time/timeZone';

/**
 * The last day a ready result stays on the centre's shelf ("kept for one month", then sent to the
 * provider). Civil Code rules for periods in months: the period ends on the same day number of
 * the following month (placed 15 Mar → 15 Apr; placed 31 Jan → 28/29 Feb), and a period ending
 * on a day the centre does not work ends on its next working day.
 */
export function shelfStorageLastDay(input: {
  readonly placedAt: Instant;
  readonly centre: CentreProfile;
  /** The centre's own calendar (its week: five-day, or six-day for duty centres). */
  readonly centreCalendar: WorkCalendar;
  readonly storageMonths: number;
}): Result<LocalDate, CalendarError> {
  const placedOn = localDateOf(input.placedAt, input.centre.timeZone);
  return workingDayOnOrAfter(input.centreCalendar, addMonthsClamped(placedOn, input.storageMonths));
}

/** From the day after the last day, the result must go back to the provider. */
export function isShelfStorageOver(lastDay: LocalDate, today: LocalDate): boolean {
  return compareLocalDates(today, lastDay) > 0;
}
