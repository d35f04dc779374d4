import { err, ok, type Result } from '../result';
import { compareLocalDates, datePartsOf, formatLocalDate, type LocalDate } from '../time/localDate';

/** A school year runs from 1 September of `startYear` to 31 August of the next year. */
export const schoolYearFirstMonth = 9;

/** The start year of the school year a date belongs to: 2026-11-30 → 2026; 2027-03-01 → 2026. */
export function schoolYearStartOf(date: LocalDate): number {
  const { year, month } = datePartsOf(date);
  return month >= schoolYearFirstMonth ? year : year - 1;
}

/** '2026/2027' — how school years are written on forms in both languages. */
export function schoolYearLabel(startYear: number): string {
  return `${startYear}/${startYear + 1}`;
}

/** The last day of a school year on which an application is accepted (externat: 1 December). */
export interface SchoolYearCutoff {
  readonly month: number;
  readonly day: number;
}

export type SchoolYearCutoffRefusal =
  /** The cut-off day of the named school year has passed. */
  | { readonly code: 'externat-cutoff-passed'; readonly lastDay: LocalDate }
  /** Only the current and the coming school year can be applied for. */
  | { readonly code: 'externat-school-year-not-open'; readonly opensOn: LocalDate };

export function cutoffDay(schoolYearStart: number, cutoff: SchoolYearCutoff): LocalDate {
  const year = cutoff.month >= schoolYearFirstMonth ? schoolYearStart : schoolYearStart + 1;
  return formatLocalDate({ year, month: cutoff.month, day: cutoff.day });
}

/**
 * Whether an application for the school year starting in `schoolYearStart` can be accepted on
 * `acceptedOn` (the centre's local date): up to and including the cut-off day of that school year;
 * applying in advance for the coming school year is allowed, for any later one it is not.
 */
export function checkSchoolYearCutoff(input: {
  readonly acceptedOn: LocalDate;
  readonly schoolYearStart: number;
  readonly cutoff: SchoolYearCutoff;
}): Result<{ readonly lastDay: LocalDate }, SchoolYearCutoffRefusal> {
  const { acceptedOn, schoolYearStart, cutoff } = input;
  const current = schoolYearStartOf(acceptedOn);
  if (schoolYearStart > current + 1) {
    return err({
      code: 'externat-school-year-not-open',
      opensOn: formatLocalDate({ year: schoolYearStart - 1, month: schoolYearFirstMonth, day: 1 }),
    });
  }
  const lastDay = cutoffDay(schoolYearStart, cutoff);
  if (compareLocalDates(acceptedOn, lastDay) > 0) return err({ code: 'externat-cutoff-passed', lastDay });
  return ok({ lastDay });
}
