import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../../app/desk/use-desk';
import { FieldError } from '../fields/FieldError';
import type { IntakeFormValues } from '../intake-form';
import { StepHeading } from './StepHeading';

/** Consent to use legally protected personal data (art. 8): recorded with its time. */
export function ConsentStep() {
  const { t } = useTranslation();
  const { clock } = useDesk();
  const { register, setValue } = useFormContext<IntakeFormValues>();
  return (
    <>
      <StepHeading>{t('intake:step.consent')}</StepHeading>
      <p>{t('intake:consent.explanation')}</p>
      <div className="intake-choices__option">
        <input
          {...register('consent.given', {
            onChange: (event: { target: { checked: boolean } }) =>
              setValue('consent.recordedAt', event.target.checked ? clock.now() : ''),
          })}
          id="intake-consent-given"
          type="checkbox"
        />
        <label htmlFor="intake-consent-given">{t('intake:consent.given')}</label>
      </div>
      <FieldError name="consent.given" />
    </>
  );
}
