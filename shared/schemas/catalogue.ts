import { z } from 'zod';
import {
  applicantRoles,
  assertNever,
  intakeQuestions,
  isValidDateParts,
  languages,
  providerKinds,
  resultForms,
  resultKinds,
  serviceChannels,
  type DocumentCondition,
  type IntakeQuestion,
  type ServiceDefinition,
} from '../domain';
import { validationMessages as m } from './messages';
import { typeError } from './primitives';

/**
 * The shape of a service definition, so that catalogue data (in code today, perhaps loaded
 * later) is checked the same way: every label in kk, ru and en, consistent channels and
 * conditions that refer to the service's own grounds and questions.
 */
const nonEmptyText = z
  .string({ error: m.catalogue.textRequired })
  .trim()
  .min(1, { error: m.catalogue.textRequired });
export const localizedTextSchema = z.object(
  Object.fromEntries(languages.map((lang) => [lang, nonEmptyText])) as Record<
    (typeof languages)[number],
    typeof nonEmptyText
  >,
  { error: m.catalogue.textRequired },
);

const positiveInt = z
  .number({ error: m.common.invalid })
  .int({ error: m.common.invalid })
  .min(1, { error: m.common.invalid });

export const documentConditionSchema: z.ZodType<DocumentCondition> = z.lazy(() =>
  z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('always') }, typeError),
      z.object(
        {
          kind: z.literal('answer-is'),
          question: z.enum(['nameChanged', 'documentDamaged'], { error: m.common.choice }),
          value: z.boolean({ error: m.common.choice }),
        },
        typeError,
      ),
      z.object({ kind: z.literal('ground-claimed'), ground: nonEmptyText }, typeError),
      z.object({ kind: z.literal('born-before-year'), year: positiveInt }, typeError),
      z.object(
        { kind: z.literal('applicant-role-is'), role: z.enum(applicantRoles, { error: m.common.choice }) },
        typeError,
      ),
      z.object(
        {
          kind: z.literal('all-of'),
          conditions: z.array(documentConditionSchema, typeError).min(1, { error: m.common.invalid }),
        },
        typeError,
      ),
      z.object(
        {
          kind: z.literal('any-of'),
          conditions: z.array(documentConditionSchema, typeError).min(1, { error: m.common.invalid }),
        },
        typeError,
      ),
    ],
    { error: m.common.choice },
  ),
);

const documentRequirementSchema = z.object(
  {
    id: nonEmptyText,
    name: localizedTextSchema,
    note: localizedTextSchema.optional(),
    condition: documentConditionSchema,
  },
  typeError,
);

const availabilitySchema = z.discriminatedUnion(
  'kind',
  [
    z.object(
      {
        kind: z.literal('counter'),
        maxWaitMinutes: positiveInt,
        maxServiceMinutes: positiveInt,
        refusalReceiptAnnex: positiveInt,
      },
      typeError,
    ),
    z.object({ kind: z.literal('portal-only'), guidance: localizedTextSchema }, typeError),
  ],
  { error: m.common.choice },
);

function groundsOf(condition: DocumentCondition): string[] {
  if (condition.kind === 'ground-claimed') return [condition.ground];
  if (condition.kind === 'all-of' || condition.kind === 'any-of')
    return condition.conditions.flatMap(groundsOf);
  return [];
}

function questionsOf(condition: DocumentCondition): IntakeQuestion[] {
  switch (condition.kind) {
    case 'answer-is':
      return [condition.question];
    case 'ground-claimed':
      return ['grounds'];
    case 'born-before-year':
      return ['birthYear'];
    case 'applicant-role-is':
      return ['applicantRole'];
    case 'all-of':
    case 'any-of':
      return condition.conditions.flatMap(questionsOf);
    case 'always':
      return [];
    default:
      return assertNever(condition, 'document condition');
  }
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

export const serviceDefinitionSchema = z
  .object(
    {
      id: z.string(typeError).regex(/^[a-z][a-z0-9-]*$/, { error: m.common.invalid }),
      name: localizedTextSchema,
      providerKind: z.enum(providerKinds, { error: m.common.choice }),
      channels: z
        .array(z.enum(serviceChannels, { error: m.common.choice }), typeError)
        .min(1, { error: m.common.required }),
      availability: availabilitySchema,
      recipients: z.literal('individuals', { error: m.common.choice }),
      fee: z.literal('free', { error: m.common.choice }),
      term: z.object(
        { workingDays: positiveInt, acceptanceDayCounts: z.boolean({ error: m.common.choice }) },
        { error: m.catalogue.term },
      ),
      resultKinds: z
        .array(z.enum(resultKinds, { error: m.common.choice }), typeError)
        .min(1, { error: m.common.required }),
      resultForms: z
        .array(z.enum(resultForms, { error: m.common.choice }), typeError)
        .min(1, { error: m.common.required })
        .optional(),
      applicants: z
        .array(
          z.object(
            {
              role: z.enum(applicantRoles, { error: m.common.choice }),
              onlyForMinor: z.boolean({ error: m.common.choice }),
            },
            typeError,
          ),
          typeError,
        )
        .min(1, { error: m.common.required }),
      consentRequired: z.boolean({ error: m.common.choice }),
      grounds: z
        .object(
          {
            minimum: positiveInt,
            options: z
              .array(z.object({ id: nonEmptyText, name: localizedTextSchema }, typeError), typeError)
              .min(1, { error: m.common.required }),
          },
          typeError,
        )
        .optional(),
      documents: z.array(documentRequirementSchema, typeError).min(1, { error: m.common.required }),
      intakeQuestions: z.array(z.enum(intakeQuestions, { error: m.common.choice }), typeError),
      applicationCutoff: z
        .object({ month: positiveInt, day: positiveInt }, typeError)
        .refine((cutoff) => isValidDateParts({ year: 2000, ...cutoff }), { error: m.date.invalid })
        .optional(),
      shelf: z
        .object({ storageMonths: positiveInt, providerReturnWorkingDays: positiveInt }, typeError)
        .optional(),
    },
    typeError,
  )
  .superRefine((service, ctx) => {
    const issue = (message: string, path: PropertyKey[]) =>
      ctx.addIssue({ code: 'custom', message, path, input: service });
    const atCounter = service.channels.includes('counter');
    if ((service.availability.kind === 'counter') !== atCounter)
      issue(m.catalogue.channelsMismatch, ['channels']);
    if (duplicates(service.channels).length > 0) issue(m.catalogue.duplicateId, ['channels']);
    if (duplicates(service.documents.map((d) => d.id)).length > 0)
      issue(m.catalogue.duplicateId, ['documents']);
    const groundIds = service.grounds?.options.map((g) => g.id) ?? [];
    if (duplicates(groundIds).length > 0) issue(m.catalogue.duplicateId, ['grounds', 'options']);
    service.documents.forEach((document, index) => {
      if (groundsOf(document.condition).some((ground) => !groundIds.includes(ground))) {
        issue(m.catalogue.unknownGround, ['documents', index, 'condition']);
      }
      if (questionsOf(document.condition).some((q) => !service.intakeQuestions.includes(q))) {
        issue(m.catalogue.questionNotAsked, ['documents', index, 'condition']);
      }
    });
  });

// Compile-time guard: the catalogue's TypeScript type accepts whatever the schema accepts.
const parsedServiceIsDefinition = (service: z.output<typeof serviceDefinitionSchema>): ServiceDefinition =>
  service;
void parsedServiceIsDefinition;
