import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IntakeFormValues } from '../intake-form';
import { fieldErrorKey, fieldIds } from './field-error';

/** The translated error of one field, tied to it by id (aria-describedby). */
export function FieldError({ name }: { readonly name: string }) {
  const { t } = useTranslation();
  const { formState } = useFormContext<IntakeFormValues>();
  const key = fieldErrorKey(formState.errors, name);
  if (key === undefined) return null;
  return (
    <p id={fieldIds(name).error} className="intake-field__error">
      {t(key)}
    </p>
  );
}
