import { z } from 'zod';
import { compareLocalDates, isLocalDate } from '../domain';
import { validationMessages as m } from './messages';
import { localDateSchema, requiredText, typeError } from './primitives';

/** A notarised power of attorney shown to collect a result for the applicant. */
export const powerOfAttorneySchema = z
  .object(
    {
      number: requiredText(64),
      notary: requiredText(200),
      issuedOn: localDateSchema,
      validUntil: localDateSchema,
    },
    typeError,
  )
  // Refinements also run after field issues; malformed dates are already reported by their fields.
  .refine(
    (poa) =>
      !isLocalDate(poa.issuedOn) ||
      !isLocalDate(poa.validUntil) ||
      compareLocalDates(poa.validUntil, poa.issuedOn) >= 0,
    {
      error: m.powerOfAttorney.validUntilBeforeIssued,
      path: ['validUntil'],
    },
  );
export type PowerOfAttorneyInput = z.output<typeof powerOfAttorneySchema>;
