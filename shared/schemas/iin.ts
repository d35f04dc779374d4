import { z } from 'zod';
import { checkIin } from '../domain';
import { validationMessages as m } from './messages';
import { instantSchema, requiredText, typeError } from './primitives';

/**
 * An IIN that must be right: 12 digits with a fitting check digit. An impossible birth date in
 * the digits is NOT an error here (IINs issued since 2013 need not encode it): the form shows
 * checkIin()'s warning and the clerk confirms.
 */
export const iinSchema = z.string(typeError).superRefine((value, ctx) => {
  const check = checkIin(value);
  if (check.outcome === 'invalid') {
    ctx.addIssue({
      code: 'custom',
      message: check.reason === 'format' ? m.iin.format : m.iin.checksum,
      input: value,
    });
  }
});

/** A supervisor's recorded decision to accept an IIN whose check digit does not fit. */
export const iinChecksumOverrideSchema = z.object(
  {
    supervisorUserId: requiredText(64),
    reason: requiredText(500),
    at: instantSchema,
  },
  typeError,
);

/** Adds the IIN issues of `iin`, unless a checksum failure is overridden; format errors are never overridable. */
export function checkIinField(
  value: { readonly iin: string; readonly iinChecksumOverride?: unknown },
  ctx: z.core.$RefinementCtx,
): void {
  const check = checkIin(value.iin);
  if (check.outcome !== 'invalid') return;
  if (check.reason === 'checksum' && value.iinChecksumOverride !== undefined) return;
  ctx.addIssue({
    code: 'custom',
    message: check.reason === 'format' ? m.iin.format : m.iin.checksum,
    path: ['iin'],
    input: value.iin,
  });
}
