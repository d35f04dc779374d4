import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { unlockWithPin, type DeskDatabase, type SignedInUser, type UnlockError } from '../../db';
import { Screen } from '../../components/Screen';
import { FormAlert } from '../../components/form/FormAlert';
import { TextField } from '../../components/form/TextField';
import { unlockFormSchema, type UnlockFormValues } from './sign-in-form';
import '../../components/form/form.css';

export interface LockScreenProps {
  readonly db: DeskDatabase;
  readonly user: SignedInUser;
  readonly onUnlocked: () => void;
  readonly onSignOut: () => void;
}

/** Shown after the idle time: only the signed-in user's name, nothing of the applicants. */
export function LockScreen({ db, user, onUnlocked, onSignOut }: LockScreenProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<UnlockError['kind'] | null>(null);
  const { register, handleSubmit, formState, reset, setFocus } = useForm<UnlockFormValues>({
    resolver: zodResolver(unlockFormSchema),
    defaultValues: { pin: '' },
  });
  // The PIN is the only thing to do here: the returning clerk just types it.
  useEffect(() => setFocus('pin'), [setFocus]);

  // After a refusal, back to the field to type again (once the form has re-rendered, not before).
  useEffect(() => {
    if (failure !== null) setFocus('pin');
  }, [failure, setFocus]);

  const submit = handleSubmit(async ({ pin }) => {
    setFailure(null);
    const answer = await unlockWithPin(db, { userId: user.id, pin });
    if (answer.ok) {
      onUnlocked();
      return;
    }
    reset();
    setFailure(answer.error.kind);
  });

  return (
    <Screen title={t('auth:lock.title')} description={t('auth:lock.description', { name: user.name })}>
      <form className="form" noValidate onSubmit={(event) => void submit(event)} data-testid="unlock-form">
        <TextField
          label={t('auth:fields.pin')}
          type="password"
          inputMode="numeric"
          registration={register('pin')}
          errorKey={formState.errors.pin?.message}
        />
        <FormAlert message={failure === null ? null : unlockFailureText(failure, t)} testId="unlock-error" />
        <div className="form__row">
          <button type="submit" className="button" disabled={formState.isSubmitting}>
            {t('auth:lock.unlock')}
          </button>
          <button type="button" className="button button--secondary" onClick={onSignOut}>
            {t('auth:signOut')}
          </button>
        </div>
      </form>
    </Screen>
  );
}

function unlockFailureText(kind: UnlockError['kind'], t: TFunction): string {
  switch (kind) {
    case 'wrong-pin':
      return t('auth:lock.wrongPin');
    case 'no-pin':
      return t('auth:lock.noPin');
    case 'inactive':
      return t('auth:signIn.inactive');
    case 'unknown-user':
    case 'not-set-up':
      return t('auth:lock.signInAgain');
  }
}
