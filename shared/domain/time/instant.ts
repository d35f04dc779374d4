import { epochDayOf, isValidDateParts, datePartsFromEpochDay, formatLocalDate } from './localDate';

/**
 * A moment in time as an ISO 8601 string in UTC, e.g. '2026-03-02T04:15:00.000Z'.
 * Events store instants; calendar days are derived in the centre's zone (see timeZone.ts).
 */
export type Instant = string;

const instantPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z$/;
const msPerDay = 86_400_000;

/** Milliseconds since 1970-01-01T00:00Z, or null when the text is not a UTC instant. */
export function parseInstant(text: string): number | null {
  const match = instantPattern.exec(text);
  if (match === null) return null;
  const [, y, mo, d, h, mi, s = '0', frac = '0'] = match;
  const date = { year: Number(y), month: Number(mo), day: Number(d) };
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = Number(s);
  if (!isValidDateParts(date) || hours > 23 || minutes > 59 || seconds > 59) return null;
  const millis = Number(frac.padEnd(3, '0'));
  return epochDayOf(date) * msPerDay + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

export function isInstant(text: string): boolean {
  return parseInstant(text) !== null;
}

export function epochMillisOf(instant: Instant): number {
  const ms = parseInstant(instant);
  if (ms === null) throw new RangeError(`Not a UTC instant (ISO 8601 with Z): ${JSON.stringify(instant)}`);
  return ms;
}

/** The canonical form, always with milliseconds: 'YYYY-MM-DDTHH:mm:ss.sssZ'. */
export function formatInstant(epochMillis: number): Instant {
  if (!Number.isInteger(epochMillis)) throw new RangeError(`Not whole milliseconds: ${epochMillis}`);
  const epochDay = Math.floor(epochMillis / msPerDay);
  const msOfDay = epochMillis - epochDay * msPerDay;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const date = formatLocalDate(datePartsFromEpochDay(epochDay));
  const hours = Math.floor(msOfDay / 3_600_000);
  const minutes = Math.floor((msOfDay % 3_600_000) / 60_000);
  const seconds = Math.floor((msOfDay % 60_000) / 1000);
  return `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(msOfDay % 1000, 3)}Z`;
}

export function compareInstants(a: Instant, b: Instant): number {
  return Math.sign(epochMillisOf(a) - epochMillisOf(b));
}
