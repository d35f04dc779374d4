import { useTranslation } from 'react-i18next';
import { IinField } from '../fields/IinField';
import { TextField } from '../fields/TextField';

/** IIN, name and phone: what the applicant and a representative both give. */
export function PersonFields({
  who,
  onValidIin,
}: {
  readonly who: 'applicant' | 'representative';
  readonly onValidIin?: ((birthDate: string | null) => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <IinField who={who} onValidIin={onValidIin} />
      <TextField name={`${who}.surname`} label={t('intake:person.surname')} required />
      <TextField name={`${who}.givenName`} label={t('intake:person.givenName')} required />
      <TextField name={`${who}.patronymic`} label={t('intake:person.patronymic')} />
      <TextField
        name={`${who}.phone`}
        label={t('intake:person.phone')}
        hint={t('intake:person.phoneHint')}
        type="tel"
        inputMode="tel"
      />
    </>
  );
}
