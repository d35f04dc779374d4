import { z } from 'zod';
import { requiredText, validationMessages as m, workstationCodeSchema } from '../../../shared/schemas';
import { userRoles } from '../context';
import { dbMessages } from '../messages';
import { centreSettingsSchema } from '../settings/settings-schemas';

/** Logins are compared as typed by anyone: NFC, lower case, no surrounding spaces. */
export function normaliseLogin(login: string): string {
  return login.normalize('NFC').trim().toLowerCase();
}

export const loginSchema = z
  .string({ error: m.common.required })
  .transform(normaliseLogin)
  .pipe(z.string().regex(/^[\p{L}\p{N}._-]{3,32}$/u, { error: dbMessages.login }));

/** Length over composition rules (NIST SP 800-63B); the hash is slow, so guessing is slow too. */
export const passwordSchema = z
  .string({ error: m.common.required })
  .min(10, { error: dbMessages.passwordTooShort })
  .max(256, { error: m.common.tooLong });

/** The PIN unlocks an idle-locked screen; it does not sign in. */
export const pinSchema = z.string({ error: m.common.required }).regex(/^\d{4,8}$/, { error: dbMessages.pin });

export const newUserSchema = z.object({
  login: loginSchema,
  displayName: requiredText(200),
  role: z.enum(userRoles, { error: m.common.choice }),
  password: passwordSchema,
  pin: pinSchema.optional(),
});
export type NewUser = z.input<typeof newUserSchema>;

export const deskSetUpSchema = z.object({
  centre: centreSettingsSchema,
  workstationCode: workstationCodeSchema,
  supervisor: newUserSchema.omit({ role: true }),
});
export type DeskSetUp = z.input<typeof deskSetUpSchema>;
