import type { ReactNode } from 'react';
import { useFormContext, type FieldPath } from 'react-hook-form';
import type { IntakeFormValues } from '../intake-form';
import { fieldErrorKey, fieldIds } from './field-error';
import { FieldError } from './FieldError';

export interface Choice {
  readonly value: string;
  /** Translated. */
  readonly label: string;
  readonly details?: ReactNode;
}

export interface ChoiceGroupProps {
  readonly name: FieldPath<IntakeFormValues>;
  /** Translated; the fieldset's legend. */
  readonly legend: string;
  readonly choices: readonly Choice[];
  /** radio: one answer; checkbox: any number (the field holds an array). */
  readonly kind: 'radio' | 'checkbox';
}

/** Radio buttons or checkboxes in a fieldset: arrows / Space operate them, the legend names them. */
export function ChoiceGroup({ name, legend, choices, kind }: ChoiceGroupProps) {
  const { register, formState } = useFormContext<IntakeFormValues>();
  const ids = fieldIds(name);
  const invalid = fieldErrorKey(formState.errors, name) !== undefined;
  return (
    <fieldset className="intake-choices" aria-describedby={invalid ? ids.error : undefined}>
      <legend className="intake-choices__legend">{legend}</legend>
      {choices.map((choice) => {
        const id = `${ids.input}-${choice.value}`;
        return (
          <div key={choice.value} className="intake-choices__option">
            <input {...register(name)} id={id} type={kind} value={choice.value} />
            <label htmlFor={id}>{choice.label}</label>
            {choice.details}
          </div>
        );
      })}
      <FieldError name={name} />
    </fieldset>
  );
}
