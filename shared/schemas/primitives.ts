import { z } from 'zod';
import { isInstant, isLocalDate, isCentreCode, isWorkstationCode, parseReceiptNumber } from '../domain';
import { validationMessages as m } from './messages';

/**
 * For zod's built-in type issues: 'required' when the value is missing, 'invalid' when it has the
 * wrong type — so even those messages are i18n keys.
 */
export const typeError = {
  error: (issue: { readonly input?: unknown }) =>
    issue.input === undefined ? m.common.required : m.common.invalid,
};

/** A trimmed, non-empty text of at most `max` characters. */
export function requiredText(max: number) {
  return (
    z
      .string(typeError)
      .trim()
      // abort: an empty or over-long text gets one message, not also the format checks that follow.
      .min(1, { error: m.common.required, abort: true })
      .max(max, { error: m.common.tooLong, abort: true })
  );
}

export const localDateSchema = z.string(typeError).refine(isLocalDate, { error: m.date.invalid });

/** A UTC instant, ISO 8601 with Z — what events store. */
export const instantSchema = z.string(typeError).refine(isInstant, { error: m.instant.invalid });

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const uuidSchema = z.string(typeError).regex(uuidPattern, { error: m.id.invalid });

export const centreCodeSchema = z.string(typeError).refine(isCentreCode, { error: m.code.centre });
export const workstationCodeSchema = z
  .string(typeError)
  .refine(isWorkstationCode, { error: m.code.workstation });

/** A receipt number in canonical form with a matching check character. */
export const receiptNumberSchema = z.string(typeError).superRefine((value, ctx) => {
  const parsed = parseReceiptNumber(value);
  if (parsed.ok) return;
  const message =
    parsed.error.kind === 'check-character-mismatch'
      ? m.receiptNumber.checkCharacter
      : m.receiptNumber.invalid;
  ctx.addIssue({ code: 'custom', message, input: value });
});
