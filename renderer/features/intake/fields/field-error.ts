import { get, type FieldErrors } from 'react-hook-form';
import type { IntakeFormValues } from '../intake-form';

/** The i18n key of a field's first error ('validation:…' from the schemas, 'intake:…' from the wizard). */
export function fieldErrorKey(errors: FieldErrors<IntakeFormValues>, name: string): string | undefined {
  const error: unknown = get(errors, name);
  if (typeof error !== 'object' || error === null) return undefined;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && message !== '' ? message : undefined;
}

/** Ids that tie a control to its error and hint texts. */
export function fieldIds(name: string): { input: string; error: string; hint: string } {
  const base = `intake-${name.replace(/\./g, '-')}`;
  return { input: base, error: `${base}-error`, hint: `${base}-hint` };
}
