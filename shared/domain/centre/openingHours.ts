import type { WeekKind } from '../calendar/calendarData';
import type { IsoWeekday } from '../time/localDate';
import type { CentreTimeZone } from '../time/timeZone';
import { defaultCentreTimeZone } from '../time/timeZone';

/** 'HH:MM', 24-hour local time. */
export type TimeOfDay = string;

export interface DailyHours {
  readonly open: TimeOfDay;
  readonly close: TimeOfDay;
}

export const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayKey = (typeof weekdayKeys)[number];

/** Hours per weekday; null = closed. Holidays close the centre regardless (the calendar says so). */
export type WeeklyHours = Readonly<Record<WeekdayKey, DailyHours | null>>;

export interface OpeningHours {
  readonly weekly: WeeklyHours;
  /** Some centres receive only applicants who booked through the portal. */
  readonly appointmentOnly: boolean;
}

/** Settings of one centre that the deadline logic needs; stored per centre, not hard-coded. */
export interface CentreProfile {
  readonly centreCode: string;
  readonly timeZone: CentreTimeZone;
  readonly hours: OpeningHours;
  /** The centre's own week: duty centres also work on Saturday. */
  readonly week: WeekKind;
}

const weekdayHours = { open: '09:00', close: '18:00' } as const;

/** Ordinary centre: Monday–Friday 9:00–18:00. */
export const ordinaryCentreHours: OpeningHours = {
  weekly: {
    mon: weekdayHours,
    tue: weekdayHours,
    wed: weekdayHours,
    thu: weekdayHours,
    fri: weekdayHours,
    sat: null,
    sun: null,
  },
  appointmentOnly: false,
};

/** Duty centre: also Saturday 9:00–13:00. */
export const dutyCentreHours: OpeningHours = {
  weekly: { ...ordinaryCentreHours.weekly, sat: { open: '09:00', close: '13:00' } },
  appointmentOnly: false,
};

export function ordinaryCentre(
  centreCode: string,
  timeZone: CentreTimeZone = defaultCentreTimeZone,
): CentreProfile {
  return { centreCode, timeZone, hours: ordinaryCentreHours, week: 'five-day' };
}

export function dutyCentre(
  centreCode: string,
  timeZone: CentreTimeZone = defaultCentreTimeZone,
): CentreProfile {
  return { centreCode, timeZone, hours: dutyCentreHours, week: 'six-day' };
}

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeOfDay(text: string): boolean {
  return timePattern.test(text);
}

export function minuteOfDay(time: TimeOfDay): number {
  const match = timePattern.exec(time);
  if (match === null) throw new RangeError(`Not a time of day (HH:MM): ${JSON.stringify(time)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function hoursOn(hours: OpeningHours, weekday: IsoWeekday): DailyHours | null {
  return hours.weekly[weekdayKeys[weekday - 1] as WeekdayKey];
}

/** Whether the local minute falls inside the day's hours [open, close). */
export function isWithinHours(hours: OpeningHours, weekday: IsoWeekday, minute: number): boolean {
  const day = hoursOn(hours, weekday);
  return day !== null && minute >= minuteOfDay(day.open) && minute < minuteOfDay(day.close);
}

/** Whether the local minute is at or after the day's closing time (or the centre is closed that weekday). */
export function isAfterClosing(hours: OpeningHours, weekday: IsoWeekday, minute: number): boolean {
  const day = hoursOn(hours, weekday);
  return day === null || minute >= minuteOfDay(day.close);
}
