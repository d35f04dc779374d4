import { addWorkingDays, type CalendarError } from '../calendar/workingDays';
import type { WorkCalendar } from '../calendar/workCalendar';
import type { Result } from '../result';
import type { Instant } from '../time/instant';
import type { LocalDate } from '../time/localDate';
import { localDateOf, type CentreTimeZone } from '../time/timeZone';

/**
 * After the shelf month the result is with the provider; when the applicant comes, the centre
 * re-requests it and the provider must send it back "within one working day".
 * Reading: the day of the request is not counted (a period starts the day after the event), so the
 * provider's deadline is the end of its next working day: requested Friday → due Monday;
 * requested Saturday → due Monday.
 */
export function providerReturnDueDate(input: {
  readonly requestedAt: Instant;
  readonly timeZone: CentreTimeZone;
  /** The provider's calendar (five-day week). */
  readonly providerCalendar: WorkCalendar;
  readonly workingDays: number;
}): Result<LocalDate, CalendarError> {
  const requestedOn = localDateOf(input.requestedAt, input.timeZone);
  return addWorkingDays(input.providerCalendar, requestedOn, input.workingDays);
}
