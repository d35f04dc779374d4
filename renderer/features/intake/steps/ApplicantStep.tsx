import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  applicantRoleLabels,
  findService,
  representativeRelationLabels,
  representativeRelations,
} from '../../../../shared/domain';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { FieldError } from '../fields/FieldError';
import { fieldIds } from '../fields/field-error';
import { TextField } from '../fields/TextField';
import type { IntakeFormValues } from '../intake-form';
import { useCatalogueText } from '../use-catalogue-text';
import { PersonFields } from './PersonFields';
import { StepHeading } from './StepHeading';

/** Who applies: the former student, or for a minor a parent / legal representative. */
export function ApplicantStep() {
  const { t } = useTranslation();
  const text = useCatalogueText();
  const { control, register, getValues, setValue } = useFormContext<IntakeFormValues>();
  const serviceId = useWatch({ control, name: 'serviceId' });
  const role = useWatch({ control, name: 'applicantRole' });
  const roles = findService(serviceId)?.applicants.map((rule) => rule.role) ?? [];
  const relationIds = fieldIds('representative.relation');

  // The IIN carries the birth date (mostly): offer it, never overwrite what the clerk typed.
  const prefillBirthDate = (birthDate: string | null) => {
    if (birthDate !== null && getValues('applicant.birthDate') === '')
      setValue('applicant.birthDate', birthDate, { shouldDirty: true });
  };

  return (
    <>
      <StepHeading>{t('intake:step.applicant')}</StepHeading>
      <ChoiceGroup
        name="applicantRole"
        kind="radio"
        legend={t('intake:applicant.role')}
        choices={roles.map((id) => ({ value: id, label: text(applicantRoleLabels[id]) }))}
      />
      <fieldset className="intake-group">
        <legend className="intake-group__legend">{t('intake:applicant.student')}</legend>
        <PersonFields who="applicant" onValidIin={prefillBirthDate} />
        <TextField
          name="applicant.birthDate"
          label={t('intake:person.birthDate')}
          hint={t('intake:person.birthDateHint')}
        />
        <TextField name="applicant.email" label={t('intake:person.email')} type="email" inputMode="email" />
        <TextField name="applicant.address" label={t('intake:person.address')} />
      </fieldset>
      {role === 'legal-representative' ? (
        <fieldset className="intake-group">
          <legend className="intake-group__legend">{t('intake:applicant.representative')}</legend>
          <div className="intake-field">
            <label htmlFor={relationIds.input} className="intake-field__label">
              {t('intake:applicant.relation')}
            </label>
            <select
              {...register('representative.relation')}
              id={relationIds.input}
              className="intake-field__input"
            >
              <option value="">{t('intake:applicant.relationNone')}</option>
              {representativeRelations.map((relation) => (
                <option key={relation} value={relation}>
                  {text(representativeRelationLabels[relation])}
                </option>
              ))}
            </select>
            <FieldError name="representative.relation" />
          </div>
          <PersonFields who="representative" />
        </fieldset>
      ) : null}
      <FieldError name="representative" />
    </>
  );
}
