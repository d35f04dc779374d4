import type { LocalizedText } from '../localizedText';
import type { LocalDate } from '../time/localDate';

/**
 * The working-day calendar is versioned DATA: a supervisor can load a newer version (validated by
 * shared/schemas calendarDataSchema) without a code change. Rules it encodes:
 * - Law «On holidays in the Republic of Kazakhstan»: the list of holidays that are days off;
 * - Labour Code arts. 84–85: a holiday that falls on a weekly rest day moves the day off to the next
 *   working day — except religious holidays (Orthodox Christmas, first day of Kurban Ait);
 * - the Minister of Labour may transfer days off by order (art. 85 p. 3).
 */

/** Five-day week (providers: schools, colleges): Sat+Sun rest. Six-day (duty centres): Sun rest. */
export const weekKinds = ['five-day', 'six-day'] as const;
export type WeekKind = (typeof weekKinds)[number];

export type HolidayRule =
  /** Same calendar days every year, optionally only in a range of years (e.g. Constitution Day). */
  | {
      readonly kind: 'annual';
      readonly month: number;
      readonly days: readonly number[];
      readonly firstYear?: number | undefined;
      readonly lastYear?: number | undefined;
    }
  /** Dates that move every year (lunar feasts); `provisional` ones are announced later and may shift by a day. */
  | {
      readonly kind: 'on-dates';
      readonly dates: readonly LocalDate[];
      readonly provisional?: readonly LocalDate[] | undefined;
    };

export interface HolidayDefinition {
  readonly id: string;
  readonly name: LocalizedText;
  /** Whether the day off moves to the next working day when the holiday falls on a rest day. */
  readonly substituteWhenOnRestDay: boolean;
  readonly rule: HolidayRule;
}

/** A Ministry order: `restDay` becomes a working day and `dayOff` a day off, for the listed weeks. */
export interface DayOffTransfer {
  readonly restDay: LocalDate;
  readonly dayOff: LocalDate;
  /** A transfer from a Saturday concerns only the five-day week (Saturday is a working day in a six-day week). */
  readonly weeks: readonly WeekKind[];
  readonly act: string;
}

export interface CalendarData {
  /** Bumped on every change; recorded with computed deadlines so a deadline can be explained later. */
  readonly version: string;
  /** Inclusive range of dates the data is complete for; outside it the calendar answers an error. */
  readonly coverage: { readonly from: LocalDate; readonly to: LocalDate };
  readonly holidays: readonly HolidayDefinition[];
  readonly transfers: readonly DayOffTransfer[];
}

/** A supervisor's local correction (e.g. a regional day off), applied after everything else. */
export interface CalendarOverride {
  readonly date: LocalDate;
  readonly working: boolean;
  /** Omitted: both weeks. */
  readonly weeks?: readonly WeekKind[] | undefined;
  readonly reason: string;
}
