/**
 * Calendar dates without time or zone ('YYYY-MM-DD'), counted in the centre's zone.
 * Pure integer arithmetic on "epoch days" (days since 1970-01-01) — no Date objects, so the
 * results never depend on the machine's time zone.
 *
 * A malformed string is a programmer error (inputs are validated by shared/schemas at the
 * boundary), so these helpers throw RangeError instead of returning a Result.
 */
export type LocalDate = string;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDateParts({ year, month, day }: DateParts): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Parts of a well-formed, existing date; null otherwise (e.g. '2002-02-29'). */
export function parseLocalDate(text: string): DateParts | null {
  const match = localDatePattern.exec(text);
  if (match === null) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDateParts(parts) ? parts : null;
}

export function isLocalDate(text: string): boolean {
  return parseLocalDate(text) !== null;
}

export function formatLocalDate(parts: DateParts): LocalDate {
  if (!isValidDateParts(parts)) throw new RangeError(`Not a date: ${JSON.stringify(parts)}`);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

export function datePartsOf(date: LocalDate): DateParts {
  const parts = parseLocalDate(date);
  if (parts === null) throw new RangeError(`Not a local date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parts;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
export function epochDayOf({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function datePartsFromEpochDay(epochDay: number): DateParts {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function toEpochDay(date: LocalDate): number {
  return epochDayOf(datePartsOf(date));
}

export function fromEpochDay(epochDay: number): LocalDate {
  return formatLocalDate(datePartsFromEpochDay(epochDay));
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function isoWeekday(date: LocalDate): IsoWeekday {
  // Epoch day 0 (1970-01-01) was a Thursday.
  const index = (((toEpochDay(date) + 3) % 7) + 7) % 7;
  return (index + 1) as IsoWeekday;
}

/** Negative, zero or positive, like Array.prototype.sort expects. Zero-padded ISO strings sort as text. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  datePartsOf(a);
  datePartsOf(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The same day number `months` later; when that month is shorter, its last day
 * (Civil Code rule for periods counted in months: 31 Jan + 1 month → 28/29 Feb).
 */
export function addMonthsClamped(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = datePartsOf(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return formatLocalDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}
