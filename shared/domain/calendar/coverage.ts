import { compareLocalDates, datePartsOf, type LocalDate } from '../time/localDate';
import type { CalendarData } from './calendarData';

/**
 * Deadlines started late in a year end in the next one, so the data must reach 31 December of
 * the year after `today`. The supervisor screen warns when this answers false.
 */
export function coversNextYear(data: Pick<CalendarData, 'coverage'>, today: LocalDate): boolean {
  const needed = `${String(datePartsOf(today).year + 1).padStart(4, '0')}-12-31`;
  return (
    compareLocalDates(data.coverage.from, today) <= 0 && compareLocalDates(data.coverage.to, needed) >= 0
  );
}
