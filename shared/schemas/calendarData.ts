import { z } from 'zod';
import {
  compareLocalDates,
  isLocalDate,
  weekKinds,
  type CalendarData,
  type CalendarOverride,
} from '../domain';
import { localizedTextSchema } from './catalogue';
import { validationMessages as m } from './messages';
import { localDateSchema, requiredText, typeError } from './primitives';

/** A calendar version a supervisor loads (e.g. next year's holidays and the Ministry's transfers). */
const weeksSchema = z
  .array(z.enum(weekKinds, { error: m.common.choice }), typeError)
  .min(1, { error: m.calendar.weeks });

const holidayRuleSchema = z.discriminatedUnion(
  'kind',
  [
    z.object(
      {
        kind: z.literal('annual'),
        month: z
          .number({ error: m.calendar.holidayDay })
          .int({ error: m.calendar.holidayDay })
          .min(1, { error: m.calendar.holidayDay })
          .max(12, { error: m.calendar.holidayDay }),
        days: z
          .array(
            z
              .number({ error: m.calendar.holidayDay })
              .int({ error: m.calendar.holidayDay })
              .min(1, { error: m.calendar.holidayDay })
              .max(31, { error: m.calendar.holidayDay }),
            typeError,
          )
          .min(1, { error: m.calendar.holidayDay }),
        firstYear: z.number({ error: m.common.invalid }).int({ error: m.common.invalid }).optional(),
        lastYear: z.number({ error: m.common.invalid }).int({ error: m.common.invalid }).optional(),
      },
      typeError,
    ),
    z.object(
      {
        kind: z.literal('on-dates'),
        dates: z.array(localDateSchema, typeError).min(1, { error: m.calendar.holidayDay }),
        provisional: z.array(localDateSchema, typeError).optional(),
      },
      typeError,
    ),
  ],
  { error: m.common.choice },
);

export const calendarDataSchema = z
  .object(
    {
      version: requiredText(64),
      coverage: z.object({ from: localDateSchema, to: localDateSchema }, typeError),
      holidays: z.array(
        z.object(
          {
            id: requiredText(64),
            name: localizedTextSchema,
            substituteWhenOnRestDay: z.boolean({ error: m.common.choice }),
            rule: holidayRuleSchema,
          },
          typeError,
        ),
        typeError,
      ),
      transfers: z.array(
        z.object(
          { restDay: localDateSchema, dayOff: localDateSchema, weeks: weeksSchema, act: requiredText(500) },
          typeError,
        ),
        typeError,
      ),
    },
    typeError,
  )
  .refine(
    ({ coverage }) =>
      !isLocalDate(coverage.from) ||
      !isLocalDate(coverage.to) ||
      compareLocalDates(coverage.from, coverage.to) <= 0,
    { error: m.calendar.coverageOrder, path: ['coverage', 'to'] },
  );

export const calendarOverrideSchema = z.object(
  {
    date: localDateSchema,
    working: z.boolean({ error: m.common.choice }),
    weeks: weeksSchema.optional(),
    reason: requiredText(500),
  },
  typeError,
);

const parsedCalendarIsData = (data: z.output<typeof calendarDataSchema>): CalendarData => data;
const parsedOverrideIsOverride = (data: z.output<typeof calendarOverrideSchema>): CalendarOverride => data;
void parsedCalendarIsData;
void parsedOverrideIsOverride;
