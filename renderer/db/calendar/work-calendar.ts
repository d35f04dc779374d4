import {
  buildWorkCalendar,
  compareLocalDates,
  kazakhstanCalendar,
  type CalendarData,
  type CalendarDataError,
  type CalendarOverride,
  type Result,
  type WeekKind,
  type WorkCalendar,
} from '../../../shared/domain';
import { calendarDataSchema, calendarOverrideSchema } from '../../../shared/schemas';
import { dexieOf, type DeskDatabase } from '../database';
import { readTransaction } from '../internal/transactions';
import type { CalendarRecord } from '../records';

/** Where the calendar came from: data installed in this desk's database, or the data bundled with the build. */
export type WorkCalendarSource = 'installed' | 'bundled';

export interface DeskWorkCalendar {
  readonly calendar: WorkCalendar;
  readonly source: WorkCalendarSource;
  /** The supervisor overrides applied (those inside the data's coverage). */
  readonly overrides: readonly CalendarOverride[];
}

type DataRecord = Extract<CalendarRecord, { kind: 'data' }>;
type OverrideRecord = Extract<CalendarRecord, { kind: 'override' }>;

/** The newest installation wins; two installed at the same instant: the later version name. */
function newest(records: readonly DataRecord[]): DataRecord | undefined {
  return [...records].sort(
    (a, b) => b.installedAt.localeCompare(a.installedAt) || b.version.localeCompare(a.version),
  )[0];
}

/**
 * The working-day calendar deadlines are counted in, from the calendar table: the newest installed
 * data version with the supervisor's overrides applied (an override outside the data's coverage
 * concerns another period and is left out). With no data installed, the Kazakhstan calendar
 * bundled with this build — overrides still apply. Stored rows are re-checked: a bad row is a bug
 * and rejects.
 */
export async function getWorkCalendar(
  db: DeskDatabase,
  week: WeekKind,
): Promise<Result<WorkCalendar, CalendarDataError>> {
  const resolved = await getDeskWorkCalendar(db, week);
  return resolved.ok ? { ok: true, value: resolved.value.calendar } : resolved;
}

export async function getDeskWorkCalendar(
  db: DeskDatabase,
  week: WeekKind,
): Promise<Result<DeskWorkCalendar, CalendarDataError>> {
  const rows = await readTransaction(dexieOf(db), ['calendar'], (tables) => tables.calendar.toArray());
  const installed = newest(rows.filter((row): row is DataRecord => row.kind === 'data'));
  const data: CalendarData = installed === undefined ? kazakhstanCalendar : parseData(installed);
  const overrides = rows
    .filter((row): row is OverrideRecord => row.kind === 'override')
    .map(parseOverride)
    .filter(
      (override) =>
        compareLocalDates(override.date, data.coverage.from) >= 0 &&
        compareLocalDates(override.date, data.coverage.to) <= 0,
    )
    .sort((a, b) => compareLocalDates(a.date, b.date));
  const built = buildWorkCalendar(data, week, overrides);
  if (!built.ok) return built;
  return {
    ok: true,
    value: { calendar: built.value, source: installed === undefined ? 'bundled' : 'installed', overrides },
  };
}

function parseData(row: DataRecord): CalendarData {
  const parsed = calendarDataSchema.safeParse(row.data);
  if (!parsed.success)
    throw new TypeError(`The stored calendar data ${row.key} is not valid: ${parsed.error.message}`);
  return parsed.data;
}

function parseOverride(row: OverrideRecord): CalendarOverride {
  const parsed = calendarOverrideSchema.safeParse(row.override);
  if (!parsed.success)
    throw new TypeError(`The stored calendar override ${row.key} is not valid: ${parsed.error.message}`);
  return parsed.data;
}
