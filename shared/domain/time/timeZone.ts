import { epochMillisOf, formatInstant, type Instant } from './instant';
import {
  datePartsFromEpochDay,
  formatLocalDate,
  isoWeekday,
  toEpochDay,
  type IsoWeekday,
  type LocalDate,
} from './localDate';

/**
 * A centre's time zone as data: the UTC offsets it has used and since when.
 * Fixed-offset arithmetic keeps the domain deterministic (no dependence on the host's tz database).
 */
export interface UtcOffsetPeriod {
  /** First instant of this offset; null for "since forever". Periods are listed oldest first. */
  readonly since: Instant | null;
  readonly offsetMinutes: number;
}

export interface CentreTimeZone {
  /** IANA name, for display and for hosts that want to cross-check with Intl. */
  readonly id: string;
  readonly offsets: readonly UtcOffsetPeriod[];
}

/**
 * Asia/Almaty: UTC+6 until the whole country moved to UTC+5 — clocks went back at
 * 00:00 local on 1 March 2024, i.e. at 2024-02-29T18:00Z.
 */
export const almatyTimeZone: CentreTimeZone = {
  id: 'Asia/Almaty',
  offsets: [
    { since: null, offsetMinutes: 360 },
    { since: '2024-02-29T18:00:00.000Z', offsetMinutes: 300 },
  ],
};

/** The default zone of a centre (the whole country is UTC+5 since 1 March 2024). */
export const defaultCentreTimeZone = almatyTimeZone;

export function fixedOffsetZone(id: string, offsetMinutes: number): CentreTimeZone {
  return { id, offsets: [{ since: null, offsetMinutes }] };
}

export function utcOffsetMinutesAt(zone: CentreTimeZone, instant: Instant): number {
  const at = epochMillisOf(instant);
  let offset: number | undefined;
  for (const period of zone.offsets) {
    if (period.since === null || epochMillisOf(period.since) <= at) offset = period.offsetMinutes;
  }
  if (offset === undefined) throw new RangeError(`Zone ${zone.id} has no offset for ${instant}`);
  return offset;
}

/** Wall-clock reading in the centre at an instant. */
export interface LocalDateTime {
  readonly date: LocalDate;
  /** Minutes since local midnight, 0 … 1439. */
  readonly minuteOfDay: number;
  readonly weekday: IsoWeekday;
}

const msPerMinute = 60_000;
const minutesPerDay = 1440;

export function toLocalDateTime(instant: Instant, zone: CentreTimeZone): LocalDateTime {
  const localMinutes = Math.floor(epochMillisOf(instant) / msPerMinute) + utcOffsetMinutesAt(zone, instant);
  const epochDay = Math.floor(localMinutes / minutesPerDay);
  const date = formatLocalDate(datePartsFromEpochDay(epochDay));
  return { date, minuteOfDay: localMinutes - epochDay * minutesPerDay, weekday: isoWeekday(date) };
}

export function localDateOf(instant: Instant, zone: CentreTimeZone): LocalDate {
  return toLocalDateTime(instant, zone).date;
}

/**
 * The instant of local midnight that starts `date` (for "today's applications" queries).
 * Uses the offset in force at that midnight; the 2024 change happened at midnight, so no
 * local midnight is skipped or repeated.
 */
export function startOfLocalDay(date: LocalDate, zone: CentreTimeZone): Instant {
  const utcMidnight = toEpochDay(date) * minutesPerDay * msPerMinute;
  // Try the latest offsets first: the right one makes the result read back as local midnight.
  for (const period of [...zone.offsets].reverse()) {
    const candidate = formatInstant(utcMidnight - period.offsetMinutes * msPerMinute);
    const local = toLocalDateTime(candidate, zone);
    if (local.date === date && local.minuteOfDay === 0) return candidate;
  }
  throw new RangeError(`Local midnight of ${date} does not exist in ${zone.id}`);
}
