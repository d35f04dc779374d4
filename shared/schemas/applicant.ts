import { z } from 'zod';
import { representativeRelations } from '../domain';
import { checkIinField, iinChecksumOverrideSchema } from './iin';
import { validationMessages as m } from './messages';
import { emailSchema, personNameSchema, phoneSchema } from './person';
import { localDateSchema, requiredText, typeError } from './primitives';

/** Fields every person at the counter has; the IIN is checked with its override (see checkIinField). */
const personFields = {
  iin: z.string(typeError).trim(),
  /** Present only when a supervisor accepted an IIN whose check digit does not fit. */
  iinChecksumOverride: iinChecksumOverrideSchema.optional(),
  surname: personNameSchema,
  givenName: personNameSchema,
  patronymic: personNameSchema.optional(),
  phone: phoneSchema.optional(),
};

/** The person the service is for (the former student). */
export const applicantSchema = z
  .object(
    {
      ...personFields,
      birthDate: localDateSchema.optional(),
      email: emailSchema.optional(),
      /** Printed on a refusal receipt. */
      address: requiredText(300).optional(),
    },
    typeError,
  )
  .superRefine(checkIinField);
export type Applicant = z.output<typeof applicantSchema>;

/** A parent or legal representative applying for a minor. */
export const representativeSchema = z
  .object(
    {
      ...personFields,
      relation: z.enum(representativeRelations, { error: m.representative.relation }),
    },
    typeError,
  )
  .superRefine(checkIinField);
export type Representative = z.output<typeof representativeSchema>;
