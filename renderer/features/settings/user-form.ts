import type { z } from 'zod';
import { newUserSchema, pinSchema, type UserRole } from '../../db';

/** Roles a supervisor can give, the everyday ones first. */
export const assignableRoles = ['clerk', 'mobile-clerk', 'supervisor'] as const satisfies readonly UserRole[];

/** The database's user schema; the PIN is required here, since the idle lock asks for it. */
export const userFormSchema = newUserSchema.extend({ pin: pinSchema });
export type UserFormInput = z.input<typeof userFormSchema>;
export type UserFormValues = z.output<typeof userFormSchema>;

export const userFormDefaults: UserFormInput = {
  login: '',
  displayName: '',
  role: 'clerk',
  password: '',
  pin: '',
};
