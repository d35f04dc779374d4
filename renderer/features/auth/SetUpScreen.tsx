import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { randomIds, setUpDesk, systemClock, type DeskDatabase } from '../../db';
import { Screen } from '../../components/Screen';
import { FormAlert } from '../../components/form/FormAlert';
import { TextField } from '../../components/form/TextField';
import { SetUpHoursFields } from './SetUpHoursFields';
import {
  deskSetUpOf,
  setUpFormDefaults,
  setUpFormSchema,
  type SetUpFormInput,
  type SetUpFormValues,
} from './set-up-form';
import '../../components/form/form.css';

export interface SetUpScreenProps {
  readonly db: DeskDatabase;
  /** The desk is set up (now or by another window): go on to sign in. */
  readonly onSetUp: () => void;
}

/** First run: the centre, this workstation and the first supervisor, saved together. */
export function SetUpScreen({ db, onSetUp }: SetUpScreenProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SetUpFormInput, unknown, SetUpFormValues>({
    resolver: zodResolver(setUpFormSchema),
    defaultValues: setUpFormDefaults,
  });
  const { register, formState } = form;
  const errors = formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const saved = await setUpDesk(db, deskSetUpOf(values), { clock: systemClock, ids: randomIds });
    if (saved.ok || saved.error.kind === 'already-set-up') {
      onSetUp();
      return;
    }
    setFailure(
      saved.error.kind === 'invalid-set-up' ? t('auth:setUp.invalid') : t('auth:setUp.storageFailed'),
    );
  });

  return (
    <Screen title={t('auth:setUp.title')} description={t('auth:setUp.description')}>
      <form className="form" noValidate onSubmit={(event) => void submit(event)} data-testid="set-up-form">
        <fieldset className="form__group">
          <legend>{t('auth:setUp.centre')}</legend>
          <TextField
            label={t('auth:setUp.centreCode')}
            hint={t('auth:setUp.centreCodeHint')}
            registration={register('centre.code')}
            errorKey={errors.centre?.code?.message}
          />
          <div className="form__row">
            <TextField
              label={t('auth:setUp.nameKk')}
              lang="kk"
              registration={register('centre.name.kk')}
              errorKey={errors.centre?.name?.kk?.message}
            />
            <TextField
              label={t('auth:setUp.nameRu')}
              lang="ru"
              registration={register('centre.name.ru')}
              errorKey={errors.centre?.name?.ru?.message}
            />
          </div>
          <div className="form__row">
            <TextField
              label={t('auth:setUp.addressKk')}
              lang="kk"
              registration={register('centre.address.kk')}
              errorKey={errors.centre?.address?.kk?.message}
            />
            <TextField
              label={t('auth:setUp.addressRu')}
              lang="ru"
              registration={register('centre.address.ru')}
              errorKey={errors.centre?.address?.ru?.message}
            />
          </div>
        </fieldset>
        <SetUpHoursFields form={form} />
        <fieldset className="form__group">
          <legend>{t('auth:setUp.workstation')}</legend>
          <TextField
            label={t('auth:setUp.workstationCode')}
            hint={t('auth:setUp.workstationCodeHint')}
            registration={register('workstationCode')}
            errorKey={errors.workstationCode?.message}
          />
        </fieldset>
        <fieldset className="form__group">
          <legend>{t('auth:setUp.supervisor')}</legend>
          <TextField
            label={t('auth:fields.displayName')}
            registration={register('supervisor.displayName')}
            errorKey={errors.supervisor?.displayName?.message}
          />
          <TextField
            label={t('auth:fields.login')}
            hint={t('auth:fields.loginHint')}
            autoComplete="username"
            registration={register('supervisor.login')}
            errorKey={errors.supervisor?.login?.message}
          />
          <TextField
            label={t('auth:fields.password')}
            hint={t('auth:fields.passwordHint')}
            type="password"
            autoComplete="new-password"
            registration={register('supervisor.password')}
            errorKey={errors.supervisor?.password?.message}
          />
          <TextField
            label={t('auth:fields.pin')}
            hint={t('auth:fields.pinHint')}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            registration={register('supervisor.pin')}
            errorKey={errors.supervisor?.pin?.message}
          />
        </fieldset>
        <FormAlert message={failure} />
        <div>
          <button type="submit" className="button" disabled={formState.isSubmitting}>
            {t('auth:setUp.submit')}
          </button>
        </div>
      </form>
    </Screen>
  );
}
