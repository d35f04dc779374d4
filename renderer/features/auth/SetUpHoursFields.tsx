import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/form/TextField';
import { centreTimeZones, type SetUpFormInput, type SetUpFormValues } from './set-up-form';

/** Opening hours, duty-centre option and time zone of the centre being set up. */
export function SetUpHoursFields({
  form,
}: {
  readonly form: UseFormReturn<SetUpFormInput, unknown, SetUpFormValues>;
}) {
  const { t } = useTranslation();
  const dutyId = useId();
  const zoneId = useId();
  const { register, formState, watch } = form;
  const errors = formState.errors;
  const dutyCentre = watch('dutyCentre');
  return (
    <fieldset className="form__group">
      <legend>{t('auth:setUp.hours')}</legend>
      <div className="form__row">
        <TextField
          label={t('auth:setUp.weekdaysOpen')}
          type="time"
          registration={register('weekdays.open')}
          errorKey={errors.weekdays?.open?.message}
        />
        <TextField
          label={t('auth:setUp.weekdaysClose')}
          type="time"
          registration={register('weekdays.close')}
          errorKey={errors.weekdays?.close?.message}
        />
      </div>
      <div className="checkbox">
        <input id={dutyId} type="checkbox" {...register('dutyCentre')} />
        <label htmlFor={dutyId}>{t('auth:setUp.dutyCentre')}</label>
      </div>
      {dutyCentre && (
        <div className="form__row">
          <TextField
            label={t('auth:setUp.saturdayOpen')}
            type="time"
            registration={register('saturday.open')}
            errorKey={errors.saturday?.open?.message}
          />
          <TextField
            label={t('auth:setUp.saturdayClose')}
            type="time"
            registration={register('saturday.close')}
            errorKey={errors.saturday?.close?.message}
          />
        </div>
      )}
      <div className="field">
        <label className="field__label" htmlFor={zoneId}>
          {t('auth:setUp.timeZone')}
        </label>
        <select id={zoneId} className="field__input" {...register('timeZoneId')}>
          {centreTimeZones.map((zone) => (
            <option key={zone.id} value={zone.id}>
              {t('auth:setUp.timeZoneOption', { zone: zone.id })}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
