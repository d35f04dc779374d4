import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { addUser, type AddUserError, type UserSummary } from '../../db';
import { useDesk } from '../../app/desk/use-desk';
import { roleText } from '../../app/shell/role-text';
import { FormAlert } from '../../components/form/FormAlert';
import { TextField } from '../../components/form/TextField';
import {
  assignableRoles,
  userFormDefaults,
  userFormSchema,
  type UserFormInput,
  type UserFormValues,
} from './user-form';
import '../../components/form/form.css';

/** A supervisor adds a clerk, mobile clerk or another supervisor who can then sign in here. */
export function AddUserForm({ onAdded }: { readonly onAdded: (user: UserSummary) => void }) {
  const { t } = useTranslation();
  const desk = useDesk();
  const roleId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const { register, handleSubmit, formState, reset } = useForm<UserFormInput, unknown, UserFormValues>({
    resolver: zodResolver(userFormSchema),
    defaultValues: userFormDefaults,
  });
  const errors = formState.errors;

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    setAdded(null);
    const saved = await addUser(desk.db, values, desk);
    if (saved.ok) {
      reset(userFormDefaults);
      setAdded(t('settings:users.added', { name: saved.value.displayName }));
      onAdded(saved.value);
      return;
    }
    setFailure(addUserFailureText(saved.error, t));
  });

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)} data-testid="add-user-form">
      <TextField
        label={t('auth:fields.displayName')}
        registration={register('displayName')}
        errorKey={errors.displayName?.message}
      />
      <TextField
        label={t('auth:fields.login')}
        hint={t('auth:fields.loginHint')}
        registration={register('login')}
        errorKey={errors.login?.message}
      />
      <div className="field">
        <label className="field__label" htmlFor={roleId}>
          {t('settings:users.role')}
        </label>
        <select id={roleId} className="field__input" {...register('role')}>
          {assignableRoles.map((role) => (
            <option key={role} value={role}>
              {roleText(role, t)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label={t('auth:fields.password')}
        hint={t('auth:fields.passwordHint')}
        type="password"
        autoComplete="new-password"
        registration={register('password')}
        errorKey={errors.password?.message}
      />
      <TextField
        label={t('auth:fields.pin')}
        hint={t('auth:fields.pinHint')}
        type="password"
        inputMode="numeric"
        registration={register('pin')}
        errorKey={errors.pin?.message}
      />
      <FormAlert message={failure} testId="add-user-error" />
      {added !== null && (
        <p role="status" data-testid="add-user-done">
          {added}
        </p>
      )}
      <div>
        <button type="submit" className="button" disabled={formState.isSubmitting}>
          {t('settings:users.add')}
        </button>
      </div>
    </form>
  );
}

function addUserFailureText(error: AddUserError, t: TFunction): string {
  switch (error.kind) {
    case 'login-taken':
      return t('settings:users.loginTaken', { login: error.login });
    case 'not-allowed':
      return t('settings:users.notAllowed');
    case 'invalid-user':
      return t('settings:users.invalid');
    case 'storage-failed':
      return t('settings:users.storageFailed');
  }
}
