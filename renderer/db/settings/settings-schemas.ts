import { z } from 'zod';
import {
  defaultShelfLayout,
  isTimeOfDay,
  shelfLimits,
  languages,
  minuteOfDay,
  weekKinds,
  weekdayKeys,
  type CentreProfile,
  type CentreTimeZone,
  type OpeningHours,
  type WeekKind,
} from '../../../shared/domain';
import {
  centreCodeSchema,
  instantSchema,
  requiredText,
  uuidSchema,
  validationMessages as m,
  workstationCodeSchema,
} from '../../../shared/schemas';
import { dbMessages } from '../messages';

/** Settings are read and passed around, never mutated in place; the domain's types are readonly too. */
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A text in the two languages every printed form carries. */
const bilingualText = (max: number) => z.object({ kk: requiredText(max), ru: requiredText(max) });
export type BilingualText = DeepReadonly<z.output<ReturnType<typeof bilingualText>>>;

const timeOfDaySchema = z.string().refine(isTimeOfDay, { error: dbMessages.timeOfDay });

const dailyHoursSchema = z
  .object({ open: timeOfDaySchema, close: timeOfDaySchema })
  .refine(
    (day) =>
      !isTimeOfDay(day.open) || !isTimeOfDay(day.close) || minuteOfDay(day.open) < minuteOfDay(day.close),
    {
      error: dbMessages.hoursOrder,
      path: ['close'],
    },
  )
  .nullable();

export const openingHoursSchema = z.object({
  weekly: z.object(
    Object.fromEntries(weekdayKeys.map((day) => [day, dailyHoursSchema])) as {
      [K in (typeof weekdayKeys)[number]]: typeof dailyHoursSchema;
    },
  ),
  appointmentOnly: z.boolean(),
});

export const centreTimeZoneSchema = z.object({
  id: requiredText(64),
  offsets: z
    .array(
      z.object({
        since: instantSchema.nullable(),
        offsetMinutes: z.number().int().min(-720).max(840),
      }),
    )
    .min(1, { error: m.common.required }),
});

/** The service centre this desk belongs to: printed on every receipt, and what deadlines count in. */
export const centreSettingsSchema = z.object({
  code: centreCodeSchema,
  name: bilingualText(200),
  address: bilingualText(300),
  hours: openingHoursSchema,
  timeZone: centreTimeZoneSchema,
  /** Duty centres also work on Saturday. */
  week: z.enum(weekKinds),
});
export type CentreSettings = DeepReadonly<z.output<typeof centreSettingsSchema>>;

export const workstationSettingsSchema = z.object({
  code: workstationCodeSchema,
  /** This installation's id, made once on first run: the sync protocol's deviceId. */
  deviceId: uuidSchema,
});
export type WorkstationSettings = DeepReadonly<z.output<typeof workstationSettingsSchema>>;

/** The storage shelf's racks, rows and slots (a supervisor's setting; see shared/domain shelfLayout). */
export const shelfLayoutSchema = z.object({
  racks: z
    .array(
      z.object({
        code: z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z0-9]{1,3}$/, { error: dbMessages.rackCode }),
        rows: z
          .number({ error: m.common.invalid })
          .int({ error: m.common.invalid })
          .min(1, { error: m.common.invalid })
          .max(shelfLimits.rows, { error: m.common.invalid }),
        slotsPerRow: z
          .number({ error: m.common.invalid })
          .int({ error: m.common.invalid })
          .min(1, { error: m.common.invalid })
          .max(shelfLimits.slotsPerRow, { error: m.common.invalid }),
      }),
    )
    .min(1, { error: m.common.required })
    .max(shelfLimits.racks, { error: m.common.tooLong })
    .refine((racks) => new Set(racks.map((rack) => rack.code)).size === racks.length, {
      error: dbMessages.rackCodeTwice,
    }),
});

export const settingSchemas = {
  centre: centreSettingsSchema,
  workstation: workstationSettingsSchema,
  /** The interface language (receipts have their own, chosen per applicant). */
  language: z.enum(languages),
  /** Minutes without input before the screen locks and asks for the PIN. */
  idleLockMinutes: z.number().int().min(1).max(120),
  shelfLayout: shelfLayoutSchema,
};
export type SettingKey = keyof typeof settingSchemas;
export type SettingValues = { [K in SettingKey]: DeepReadonly<z.output<(typeof settingSchemas)[K]>> };

/** Settings that have a value before anyone sets one. */
export const settingDefaults = {
  idleLockMinutes: 5,
  shelfLayout: defaultShelfLayout,
} as const satisfies Partial<SettingValues>;
type Defaulted = keyof typeof settingDefaults;

/** What getSetting returns: the value, its default, or undefined when never set and no default. */
export type SettingValue<K extends SettingKey> = K extends Defaulted
  ? SettingValues[K]
  : SettingValues[K] | undefined;

/** The domain's view of the centre, for deadlines and "today". */
export function centreProfileOf(centre: CentreSettings): CentreProfile {
  const hours: OpeningHours = centre.hours;
  const timeZone: CentreTimeZone = centre.timeZone;
  const week: WeekKind = centre.week;
  return { centreCode: centre.code, timeZone, hours, week };
}
