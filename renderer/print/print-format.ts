import {
  datePartsOf,
  toLocalDateTime,
  type CentreTimeZone,
  type Instant,
  type LocalDate,
} from '../../shared/domain';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** 'DD.MM.YYYY', the form Kazakh and Russian official papers use. */
export function formatPrintDate(date: LocalDate): string {
  const { year, month, day } = datePartsOf(date);
  return `${pad2(day)}.${pad2(month)}.${String(year).padStart(4, '0')}`;
}

/** Date and 'HH:MM' (24-hour) of an instant on the centre's clock, never the printing machine's. */
export function formatPrintDateTime(
  instant: Instant,
  zone: CentreTimeZone,
): { readonly date: string; readonly time: string } {
  const local = toLocalDateTime(instant, zone);
  const time = `${pad2(Math.floor(local.minuteOfDay / 60))}:${pad2(local.minuteOfDay % 60)}`;
  return { date: formatPrintDate(local.date), time };
}
