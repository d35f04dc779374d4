import { describe, expect, it } from 'vitest';
import { kazakhstanCalendar, serviceCatalogue } from '../../../shared/domain';
import {
  calendarDataSchema,
  calendarOverrideSchema,
  localizedTextSchema,
  serviceDefinitionSchema,
} from '../../../shared/schemas';
import { issuesOf } from './issues';

const [duplicate, , externat, portalOnly] = serviceCatalogue;

describe('calendar data schema', () => {
  it('accepts the bundled Kazakhstan calendar', () => {
    expect(issuesOf(calendarDataSchema.safeParse(kazakhstanCalendar))).toEqual([]);
  });

  it('rejects inverted coverage, impossible holiday days and transfers for no week', () => {
    expect(
      issuesOf(
        calendarDataSchema.safeParse({
          ...kazakhstanCalendar,
          coverage: { from: '2027-01-01', to: '2026-01-01' },
        }),
      ),
    ).toEqual(['coverage.to: validation:calendar.coverageOrder']);
    const badHoliday = {
      id: 'x',
      name: { kk: 'а', ru: 'б', en: 'c' },
      substituteWhenOnRestDay: true,
      rule: { kind: 'annual', month: 13, days: [32] },
    };
    expect(issuesOf(calendarDataSchema.safeParse({ ...kazakhstanCalendar, holidays: [badHoliday] }))).toEqual(
      [
        'holidays.0.rule.month: validation:calendar.holidayDay',
        'holidays.0.rule.days.0: validation:calendar.holidayDay',
      ],
    );
    const transfer = { restDay: '2026-01-03', dayOff: '2026-01-05', weeks: [], act: 'x' };
    expect(issuesOf(calendarDataSchema.safeParse({ ...kazakhstanCalendar, transfers: [transfer] }))).toEqual([
      'transfers.0.weeks: validation:calendar.weeks',
    ]);
  });

  it('validates supervisor overrides', () => {
    expect(
      issuesOf(
        calendarOverrideSchema.safeParse({ date: '2026-06-01', working: false, reason: 'Regional day off' }),
      ),
    ).toEqual([]);
    expect(
      issuesOf(calendarOverrideSchema.safeParse({ date: '2026-06-31', working: 'no', reason: '' })),
    ).toEqual([
      'date: validation:date.invalid',
      'working: validation:common.choice',
      'reason: validation:common.required',
    ]);
  });
});

describe('catalogue schema catches data mistakes', () => {
  const issues = (entry: unknown) => issuesOf(serviceDefinitionSchema.safeParse(entry));

  it('a label without one of its languages', () => {
    expect(issuesOf(localizedTextSchema.safeParse({ kk: 'Жаңа', ru: 'Новый' }))).toEqual([
      'en: validation:catalogue.textRequired',
    ]);
    expect(issues({ ...duplicate, name: { ...duplicate?.name, ru: ' ' } })).toEqual([
      'name.ru: validation:catalogue.textRequired',
    ]);
  });

  it('channels that contradict availability at the counter', () => {
    expect(issues({ ...duplicate, channels: ['portal'] })).toEqual([
      'channels: validation:catalogue.channelsMismatch',
    ]);
    expect(issues({ ...portalOnly, channels: ['portal', 'counter'] })).toEqual([
      'channels: validation:catalogue.channelsMismatch',
    ]);
    expect(issues({ ...portalOnly, availability: { kind: 'portal-only' } })).toEqual([
      'availability.guidance: validation:catalogue.textRequired',
    ]);
  });

  it('repeated ids and conditions that refer to what the service does not have', () => {
    const documents = externat?.documents ?? [];
    expect(issues({ ...externat, documents: [...documents, documents[0]] })).toEqual([
      'documents: validation:catalogue.duplicateId',
    ]);
    expect(issues({ ...duplicate, channels: ['counter', 'counter'] })).toEqual([
      'channels: validation:catalogue.duplicateId',
    ]);
    expect(issues({ ...externat, grounds: { minimum: 1, options: [] } })).toContain(
      'grounds.options: validation:common.required',
    );
    const stray = {
      id: 'x',
      name: { kk: 'а', ru: 'б', en: 'c' },
      condition: { kind: 'any-of', conditions: [{ kind: 'ground-claimed', ground: 'boredom' }] },
    };
    expect(issues({ ...externat, documents: [...documents, stray] })).toEqual([
      `documents.${documents.length}.condition: validation:catalogue.unknownGround`,
    ]);
    expect(issues({ ...externat, intakeQuestions: ['grounds'] })).toEqual([
      'documents.4.condition: validation:catalogue.questionNotAsked',
      'documents.5.condition: validation:catalogue.questionNotAsked',
    ]);
    expect(
      issues({
        ...externat,
        grounds: {
          minimum: 1,
          options: [
            ...(externat?.grounds?.options ?? []),
            { id: 'health', name: { kk: 'а', ru: 'б', en: 'c' } },
          ],
        },
      }),
    ).toEqual(['grounds.options: validation:catalogue.duplicateId']);
  });

  it('impossible terms and cut-off days', () => {
    expect(issues({ ...duplicate, term: { workingDays: 0, acceptanceDayCounts: true } })).toEqual([
      'term.workingDays: validation:common.invalid',
    ]);
    expect(issues({ ...duplicate, term: undefined })).toEqual(['term: validation:catalogue.term']);
    expect(issues({ ...externat, applicationCutoff: { month: 2, day: 30 } })).toEqual([
      'applicationCutoff: validation:date.invalid',
    ]);
  });
});
