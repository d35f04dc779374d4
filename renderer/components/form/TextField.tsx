import { useId, type HTMLInputTypeAttribute } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

export interface TextFieldProps {
  /** Translated. */
  readonly label: string;
  readonly registration: UseFormRegisterReturn;
  /** An i18n key ('validation:…') from the schema, translated here. */
  readonly errorKey?: string | undefined;
  /** Translated; what to type, shown under the label. */
  readonly hint?: string;
  readonly type?: HTMLInputTypeAttribute;
  readonly autoComplete?: string;
  readonly inputMode?: 'text' | 'numeric';
  readonly lang?: string;
  readonly testId?: string;
}

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function TextField({
  label,
  registration,
  errorKey,
  hint,
  type = 'text',
  autoComplete = 'off',
  inputMode,
  lang,
  testId,
}: TextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? null : hintId, errorKey === undefined ? null : errorId]
    .filter((part) => part !== null)
    .join(' ');
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint !== undefined && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      <input
        id={id}
        className="field__input"
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        lang={lang}
        aria-invalid={errorKey !== undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        data-testid={testId}
        {...registration}
      />
      {errorKey !== undefined && (
        <span id={errorId} className="field__error">
          {t(errorKey)}
        </span>
      )}
    </div>
  );
}
