import { z } from 'zod';
import { validationMessages } from '../../../shared/schemas';

/**
 * Only "filled in" is checked before asking the database: a login or password of the wrong shape
 * gets the same answer as a wrong one, so the screen does not hint at the rules of existing logins.
 */
export const signInFormSchema = z.object({
  login: z.string().trim().min(1, { error: validationMessages.common.required }),
  password: z.string().min(1, { error: validationMessages.common.required }),
});
export type SignInFormValues = z.output<typeof signInFormSchema>;

export const unlockFormSchema = z.object({
  pin: z.string().min(1, { error: validationMessages.common.required }),
});
export type UnlockFormValues = z.output<typeof unlockFormSchema>;
