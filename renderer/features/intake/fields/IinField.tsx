import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { checkIin } from '../../../../shared/domain';
import type { IntakeFormValues } from '../intake-form';
import { TextField } from './TextField';

/**
 * The IIN: typed or scanned (digits + Enter). An invalid one is the schema's error; a suspicious one
 * (the check digit fits, the date in it does not exist) asks the clerk to confirm against the ID.
 */
export function IinField({
  who,
  onValidIin,
}: {
  readonly who: 'applicant' | 'representative';
  readonly onValidIin?: ((birthDate: string | null) => void) | undefined;
}) {
  const { t } = useTranslation();
  const { control, setValue, getValues } = useFormContext<IntakeFormValues>();
  const iin = useWatch({ control, name: `${who}.iin` }).trim();
  const confirmed = useWatch({ control, name: 'confirmedIins' });
  const check = checkIin(iin);
  const confirmId = `intake-${who}-iin-confirm`;

  const reportBirthDate = () => {
    const current = checkIin(getValues(`${who}.iin`).trim());
    if (current.outcome !== 'invalid') onValidIin?.(current.hints.birthDate);
  };
  const toggleConfirmed = (checked: boolean) => {
    const others = getValues('confirmedIins').filter((value) => value !== iin);
    setValue('confirmedIins', checked ? [...others, iin] : others);
  };

  return (
    <div className="intake-iin">
      <TextField
        name={`${who}.iin`}
        label={t('intake:person.iin')}
        hint={t('intake:person.iinHint')}
        inputMode="numeric"
        required
        onBlur={reportBirthDate}
      />
      {check.outcome === 'suspicious' ? (
        <div className="intake-warning" role="status">
          <p>{t('intake:iin.suspicious')}</p>
          <input
            id={confirmId}
            type="checkbox"
            checked={confirmed.includes(iin)}
            onChange={(event) => toggleConfirmed(event.target.checked)}
          />
          <label htmlFor={confirmId}>{t('intake:iin.confirm')}</label>
        </div>
      ) : null}
    </div>
  );
}
