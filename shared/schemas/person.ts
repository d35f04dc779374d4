import { z } from 'zod';
import { validationMessages as m } from './messages';
import { requiredText, typeError } from './primitives';

/**
 * A surname, first name or patronymic as written in the identity document: letters of any script
 * (Kazakh Cyrillic Ә Ғ Қ Ң Ө Ұ Ү Һ І included), with spaces, hyphens and apostrophes between them.
 */
export const personNameSchema = requiredText(100).regex(/^\p{L}[\p{L}\p{M}' -]*$/u, {
  error: m.name.characters,
});

/** A Kazakhstan phone number; stored as +7XXXXXXXXXX whatever spaces, brackets or leading 8 were typed. */
export const phoneSchema = z
  .string(typeError)
  .transform((value) => value.replace(/[\s()-]/g, ''))
  .refine((value) => /^(\+7|8)7\d{9}$/.test(value), { error: m.phone.format })
  .transform((value) => `+7${value.slice(-10)}`);

export const emailSchema = z.email({ error: m.email.invalid });
