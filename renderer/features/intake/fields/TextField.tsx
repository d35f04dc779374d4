import type { HTMLInputTypeAttribute } from 'react';
import { useFormContext, type FieldPath } from 'react-hook-form';
import type { IntakeFormValues } from '../intake-form';
import { fieldErrorKey, fieldIds } from './field-error';
import { FieldError } from './FieldError';

export interface TextFieldProps {
  readonly name: FieldPath<IntakeFormValues>;
  /** Translated. */
  readonly label: string;
  readonly hint?: string | undefined;
  readonly type?: HTMLInputTypeAttribute;
  readonly inputMode?: 'text' | 'numeric' | 'tel' | 'email';
  readonly autoComplete?: string;
  readonly required?: boolean;
  readonly onBlur?: () => void;
}

/** A labelled text input bound to the form; its error and hint are announced with it. */
export function TextField({
  name,
  label,
  hint,
  type = 'text',
  inputMode,
  autoComplete = 'off',
  required = false,
  onBlur,
}: TextFieldProps) {
  const { register, formState } = useFormContext<IntakeFormValues>();
  const ids = fieldIds(name);
  const invalid = fieldErrorKey(formState.errors, name) !== undefined;
  const describedBy = [hint === undefined ? '' : ids.hint, invalid ? ids.error : '']
    .filter(Boolean)
    .join(' ');
  const registered = register(name, {
    onBlur: () => onBlur?.(),
  });
  return (
    <div className="intake-field">
      <label htmlFor={ids.input} className="intake-field__label">
        {label}
      </label>
      {hint === undefined ? null : (
        <p id={ids.hint} className="intake-field__hint">
          {hint}
        </p>
      )}
      <input
        {...registered}
        id={ids.input}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        aria-required={required}
        aria-invalid={invalid}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        className="intake-field__input"
      />
      <FieldError name={name} />
    </div>
  );
}
