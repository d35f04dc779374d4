import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { signIn, type DeskDatabase, type DeskSession, type SignInError } from '../../db';
import { Screen } from '../../components/Screen';
import { FormAlert } from '../../components/form/FormAlert';
import { TextField } from '../../components/form/TextField';
import { signInFormSchema, type SignInFormValues } from './sign-in-form';
import '../../components/form/form.css';

export interface SignInScreenProps {
  readonly db: DeskDatabase;
  readonly onSignedIn: (session: DeskSession) => void;
}

export function SignInScreen({ db, onSignedIn }: SignInScreenProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<SignInError['kind'] | null>(null);
  const { register, handleSubmit, formState, resetField, setFocus } = useForm<SignInFormValues>({
    resolver: zodResolver(signInFormSchema),
    defaultValues: { login: '', password: '' },
  });
  // After set-up or sign-out the previous screen's control is gone: start where the work is.
  useEffect(() => setFocus('login'), [setFocus]);

  // After a refusal, back to the field to type again (once the form has re-rendered, not before).
  useEffect(() => {
    if (failure !== null) setFocus('password');
  }, [failure, setFocus]);

  const submit = handleSubmit(async (credentials) => {
    setFailure(null);
    const answer = await signIn(db, credentials);
    if (answer.ok) {
      onSignedIn(answer.value);
      return;
    }
    resetField('password');
    setFailure(answer.error.kind);
  });

  return (
    <Screen title={t('auth:signIn.title')} description={t('auth:signIn.description')}>
      <form className="form" noValidate onSubmit={(event) => void submit(event)} data-testid="sign-in-form">
        <TextField
          label={t('auth:fields.login')}
          autoComplete="username"
          registration={register('login')}
          errorKey={formState.errors.login?.message}
        />
        <TextField
          label={t('auth:fields.password')}
          type="password"
          autoComplete="current-password"
          registration={register('password')}
          errorKey={formState.errors.password?.message}
        />
        <FormAlert message={failure === null ? null : signInFailureText(failure, t)} testId="sign-in-error" />
        <div>
          <button type="submit" className="button" disabled={formState.isSubmitting}>
            {t('auth:signIn.submit')}
          </button>
        </div>
      </form>
    </Screen>
  );
}

function signInFailureText(kind: SignInError['kind'], t: TFunction): string {
  switch (kind) {
    case 'wrong-credentials':
      return t('auth:signIn.wrongCredentials');
    case 'inactive':
      return t('auth:signIn.inactive');
    case 'not-set-up':
      return t('auth:signIn.notSetUp');
  }
}
