import { z } from 'zod';
import {
  applicantRoles,
  providerKinds,
  receiptLanguages,
  representativeRelations,
} from '../../../shared/domain';
import { instantSchema, intakeAnswersSchema, uuidSchema } from '../../../shared/schemas';

/**
 * The intake wizard's work in progress. Deliberately loose — a draft is whatever the clerk has
 * typed so far — but bounded, so junk and megabytes never reach the database. Full validation
 * (applicationSchema) happens when the application is accepted.
 */
const text = (max: number) => z.string().max(max);

const draftPersonFields = {
  iin: text(32).optional(),
  surname: text(100).optional(),
  givenName: text(100).optional(),
  patronymic: text(100).optional(),
  birthDate: text(10).optional(),
  phone: text(32).optional(),
  email: text(254).optional(),
  address: text(300).optional(),
};

export const intakeDraftSchema = z.object({
  /** The id the application will have once accepted or refused: accepting twice finds it. */
  id: uuidSchema,
  serviceId: text(64).nullable(),
  /** The school or college chosen (names in both receipt languages: the receipt's is picked at acceptance). */
  provider: z
    .object({
      bin: text(32),
      name: z.object({ kk: text(300), ru: text(300) }),
      kind: z.enum(providerKinds),
    })
    .optional(),
  applicantRole: z.enum(applicantRoles).optional(),
  applicant: z.object(draftPersonFields),
  representative: z
    .object({ ...draftPersonFields, relation: z.enum(representativeRelations).optional() })
    .optional(),
  answers: intakeAnswersSchema,
  /** The documents the clerk has ticked as presented. */
  presentedDocumentIds: z.array(text(64)).max(50),
  consent: z.object({ given: z.boolean(), recordedAt: instantSchema.optional() }),
  receiptLanguage: z.enum(receiptLanguages).optional(),
  schoolYearStart: z.number().int().optional(),
  /** The electronic queue's ticket the applicant was called with. */
  queueTicket: text(32).optional(),
  /** When the clerk started this intake: the application's 'drafted' event will carry it. */
  startedAt: instantSchema,
});

export type IntakeDraft = z.output<typeof intakeDraftSchema>;
