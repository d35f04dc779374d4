import { z } from 'zod';
import {
  almatyTimeZone,
  isTimeOfDay,
  minuteOfDay,
  weekdayKeys,
  type CentreTimeZone,
  type DailyHours,
} from '../../../shared/domain';
import { centreSettingsSchema, deskSetUpSchema, pinSchema, type DeskSetUp } from '../../db';

/** Time zones a centre can choose. Kazakhstan has kept one zone since March 2024. */
export const centreTimeZones: readonly CentreTimeZone[] = [almatyTimeZone];

const timeOfDaySchema = z.string().refine(isTimeOfDay, { error: 'forms:hours.timeOfDay' });
const dailyHoursSchema = z
  .object({ open: timeOfDaySchema, close: timeOfDaySchema })
  .refine(
    (day) =>
      !isTimeOfDay(day.open) || !isTimeOfDay(day.close) || minuteOfDay(day.open) < minuteOfDay(day.close),
    { error: 'forms:hours.order', path: ['close'] },
  );

/**
 * The set-up form: the database's schemas for what is stored, plus the form's own shape for
 * opening hours (one pair for Monday–Friday, one for Saturday at duty centres). The PIN is required
 * here, although the database allows none: without it the first supervisor could not unlock.
 */
export const setUpFormSchema = z.object({
  centre: centreSettingsSchema.pick({ code: true, name: true, address: true }),
  weekdays: dailyHoursSchema,
  dutyCentre: z.boolean(),
  saturday: dailyHoursSchema,
  timeZoneId: z.string().refine((id) => centreTimeZones.some((zone) => zone.id === id), {
    error: 'validation:common.choice',
  }),
  workstationCode: deskSetUpSchema.shape.workstationCode,
  supervisor: deskSetUpSchema.shape.supervisor.extend({ pin: pinSchema }),
});
export type SetUpFormInput = z.input<typeof setUpFormSchema>;
export type SetUpFormValues = z.output<typeof setUpFormSchema>;

export const setUpFormDefaults: SetUpFormInput = {
  centre: { code: '', name: { kk: '', ru: '' }, address: { kk: '', ru: '' } },
  // An ordinary centre: Monday–Friday 9:00–18:00; duty centres also Saturday 9:00–13:00.
  weekdays: { open: '09:00', close: '18:00' },
  dutyCentre: false,
  saturday: { open: '09:00', close: '13:00' },
  timeZoneId: almatyTimeZone.id,
  workstationCode: '',
  supervisor: { login: '', displayName: '', password: '', pin: '' },
};

/** The form's answers as setUpDesk takes them. */
export function deskSetUpOf(values: SetUpFormValues): DeskSetUp {
  const weekdays: DailyHours = values.weekdays;
  const weekly = Object.fromEntries(
    weekdayKeys.map((day) => [
      day,
      day === 'sun' ? null : day === 'sat' ? (values.dutyCentre ? values.saturday : null) : weekdays,
    ]),
  ) as Record<(typeof weekdayKeys)[number], DailyHours | null>;
  const timeZone = centreTimeZones.find((zone) => zone.id === values.timeZoneId) ?? almatyTimeZone;
  return {
    centre: {
      ...values.centre,
      hours: { weekly, appointmentOnly: false },
      timeZone: { id: timeZone.id, offsets: [...timeZone.offsets] },
      week: values.dutyCentre ? 'six-day' : 'five-day',
    },
    workstationCode: values.workstationCode,
    supervisor: values.supervisor,
  };
}
