import { z } from 'zod';
import {
  applicantRoles,
  findService,
  groundsProblems,
  isAcceptedAtCounter,
  isLocalDate,
  receiptLanguages,
  requiredDocuments,
  type IntakeAnswers,
  type IntakeQuestion,
} from '../domain';
import { applicantSchema, representativeSchema } from './applicant';
import { providerRefSchema } from './provider';
import { validationMessages as m } from './messages';
import { instantSchema, requiredText, uuidSchema, typeError } from './primitives';

export const serviceIdSchema = z
  .string(typeError)
  .refine((id) => findService(id) !== undefined, { error: m.application.serviceUnknown });

/** The clerk's answers to the service's intake questions (applicant role and birth date live elsewhere). */
export const intakeAnswersSchema = z.object(
  {
    nameChanged: z.boolean({ error: m.common.choice }).optional(),
    documentDamaged: z.boolean({ error: m.common.choice }).optional(),
    grounds: z.array(requiredText(64), { error: m.common.invalid }).optional(),
  },
  typeError,
);

export const consentSchema = z.object(
  {
    given: z.literal(true, { error: m.consent.required }),
    recordedAt: instantSchema,
  },
  typeError,
);

/** Where the form puts each question's answer, so an "answer required" issue lands on the right field. */
const questionPaths: Readonly<Record<IntakeQuestion, readonly string[]>> = {
  applicantRole: ['applicantRole'],
  nameChanged: ['answers', 'nameChanged'],
  documentDamaged: ['answers', 'documentDamaged'],
  grounds: ['answers', 'grounds'],
  birthYear: ['applicant', 'birthDate'],
  schoolYear: ['schoolYearStart'],
};

/** A scan of a presented document that travels with the application, named by its content. */
export const scanRefSchema = z.object(
  {
    sha256: z.string(typeError).regex(/^[0-9a-f]{64}$/, { error: m.common.invalid }),
    /** The catalogue document it shows (null: not tied to one). */
    documentId: requiredText(64).nullable(),
    mediaType: requiredText(100),
    byteLength: z
      .number({ error: m.common.invalid })
      .int({ error: m.common.invalid })
      .min(1, { error: m.common.invalid }),
  },
  typeError,
);
export type ScanRef = z.output<typeof scanRefSchema>;

/**
 * The SHAPE of an application — what an 'accepted' event carries as its immutable snapshot. It
 * does not check against today's catalogue: a fact accepted under an older catalogue must still
 * read back (and sync) after the catalogue changes.
 */
export const applicationContentSchema = z.object(
  {
    id: uuidSchema,
    serviceId: requiredText(64),
    applicantRole: z.enum(applicantRoles, { error: m.common.choice }),
    applicant: applicantSchema,
    representative: representativeSchema.optional(),
    /** The school or college the application is addressed to (its BIN routes it on the server). */
    provider: providerRefSchema,
    answers: intakeAnswersSchema,
    presentedDocumentIds: z.array(requiredText(64), { error: m.common.invalid }),
    consent: consentSchema,
    receiptLanguage: z.enum(receiptLanguages, { error: m.common.choice }),
    /** Scans attached at intake, recorded at acceptance; their bytes upload separately (/v1/blobs). */
    scans: z
      .array(scanRefSchema, { error: m.common.invalid })
      .max(50, { error: m.common.invalid })
      .optional(),
    /** Externat: the school year applied for, by its start year (2026 = 2026/2027). */
    schoolYearStart: z
      .number({ error: m.application.schoolYear })
      .int({ error: m.application.schoolYear })
      .min(2000, { error: m.application.schoolYear })
      .max(2100, { error: m.application.schoolYear })
      .optional(),
  },
  typeError,
);

/**
 * An application as the counter accepts it. Beyond the shapes, it checks against the catalogue:
 * the service is accepted at the counter, the role may apply, the representative is there exactly
 * when needed, the grounds are the service's, every question that decides the documents is
 * answered and every required document was presented. Checks that need today's date (the
 * externat cut-off, "is the student a minor") are domain functions called at acceptance.
 */
export const applicationSchema = applicationContentSchema.superRefine((application, ctx) => {
  const service = findService(application.serviceId);
  if (service === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: m.application.serviceUnknown,
      path: ['serviceId'],
      input: application,
    });
    return;
  }
  const issue = (message: string, path: readonly PropertyKey[], params?: Record<string, string>) =>
    ctx.addIssue({
      code: 'custom',
      message,
      path: [...path],
      input: application,
      ...(params === undefined ? {} : { params }),
    });

  if (!isAcceptedAtCounter(service)) issue(m.application.portalOnly, ['serviceId']);
  if (!service.applicants.some((rule) => rule.role === application.applicantRole)) {
    issue(m.application.roleNotAllowed, ['applicantRole']);
  }
  if (application.applicantRole === 'legal-representative' && application.representative === undefined) {
    issue(m.representative.required, ['representative']);
  }
  if (application.applicantRole === 'self' && application.representative !== undefined) {
    issue(m.representative.notExpected, ['representative']);
  }
  for (const problem of groundsProblems(service, application.answers.grounds ?? [])) {
    const message =
      problem.kind === 'too-few-grounds'
        ? m.application.groundRequired
        : problem.kind === 'unknown-ground'
          ? m.application.groundUnknown
          : m.application.groundsNotApplicable;
    issue(message, ['answers', 'grounds']);
  }
  if (service.applicationCutoff !== undefined && application.schoolYearStart === undefined) {
    issue(m.application.schoolYearRequired, ['schoolYearStart']);
  }

  const birthDate = application.applicant.birthDate;
  const answers: IntakeAnswers = {
    applicantRole: application.applicantRole,
    nameChanged: application.answers.nameChanged,
    documentDamaged: application.answers.documentDamaged,
    grounds: application.answers.grounds,
    birthDate: birthDate !== undefined && isLocalDate(birthDate) ? birthDate : undefined,
  };
  const required = requiredDocuments(service, answers);
  for (const question of required.unanswered) issue(m.application.answerRequired, questionPaths[question]);
  const known = service.documents.map((document) => document.id);
  application.presentedDocumentIds.forEach((id, index) => {
    if (!known.includes(id))
      issue(m.application.documentUnknown, ['presentedDocumentIds', index], { documentId: id });
  });
  for (const document of required.documents) {
    if (!application.presentedDocumentIds.includes(document.id)) {
      issue(m.application.documentMissing, ['presentedDocumentIds'], { documentId: document.id });
    }
  }
});
export type Application = z.output<typeof applicationSchema>;
export type ApplicationContent = z.output<typeof applicationContentSchema>;
