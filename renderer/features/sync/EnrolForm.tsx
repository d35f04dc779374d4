import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useDesk } from '../../app/desk/use-desk';
import { FormAlert } from '../../components/form/FormAlert';
import { TextField } from '../../components/form/TextField';
import { getHost } from '../../host';
import { enrolDesk, type EnrolError } from '../../sync/enrol';
import { hostTokenKeeper } from '../../sync/token-keeper';
import { syncProblemText } from './sync-texts';
import '../../components/form/form.css';

interface EnrolValues {
  readonly serverUrl: string;
  readonly code: string;
  readonly deskLabel: string;
}

const windowTimers = {
  setTimeout: (callback: () => void, ms: number) => window.setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => window.clearTimeout(handle as number),
};

/**
 * A supervisor connects the desk to the sync server with the one-time code the administrator
 * issued for this centre and workstation (POST /v1/enrol). The engine notices the enrolment and
 * starts syncing by itself.
 */
export function EnrolForm({
  defaultServerUrl,
  allowedServerUrl,
  enrolled,
}: {
  readonly defaultServerUrl: string;
  /** The server this desk was set up with; null when the host did not say. */
  readonly allowedServerUrl: string | null;
  readonly enrolled: boolean;
}) {
  const { t } = useTranslation();
  const desk = useDesk();
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { register, handleSubmit, formState, resetField } = useForm<EnrolValues>({
    defaultValues: {
      serverUrl: defaultServerUrl,
      code: '',
      deskLabel: `${desk.session.centre.centreCode}-${desk.session.workstationCode}`,
    },
  });

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    setDone(false);
    const result = await enrolDesk(
      {
        db: desk.db,
        fetch: (input, init) => window.fetch(input, init),
        clock: desk.clock,
        timers: windowTimers,
        tokens: hostTokenKeeper(getHost()),
      },
      {
        serverUrl: values.serverUrl.trim(),
        code: values.code,
        centreCode: desk.session.centre.centreCode,
        workstationCode: desk.session.workstationCode,
        deskLabel: values.deskLabel,
        enrolledBy: desk.session.user.id,
        ...(allowedServerUrl === null ? {} : { allowedServerUrl }),
      },
    );
    if (result.ok) {
      resetField('code');
      setDone(true);
      return;
    }
    setFailure(enrolFailureText(result.error, t));
  });

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)} data-testid="enrol-form">
      <p>{enrolled ? t('sync:enrol.reenrolIntro') : t('sync:enrol.intro')}</p>
      <TextField
        label={t('sync:enrol.serverUrl')}
        hint={t('sync:enrol.serverUrlHint')}
        type="url"
        registration={register('serverUrl')}
        testId="enrol-server-url"
      />
      <TextField
        label={t('sync:enrol.code')}
        hint={t('sync:enrol.codeHint')}
        registration={register('code')}
        testId="enrol-code"
      />
      <TextField
        label={t('sync:enrol.deskLabel')}
        hint={t('sync:enrol.deskLabelHint')}
        registration={register('deskLabel')}
        testId="enrol-desk-label"
      />
      <FormAlert message={failure} testId="enrol-error" />
      {done && (
        <p role="status" data-testid="enrol-done">
          {t('sync:enrol.done')}
        </p>
      )}
      <div>
        <button type="submit" className="button" disabled={formState.isSubmitting} data-testid="enrol-submit">
          {formState.isSubmitting ? t('sync:enrol.submitting') : t('sync:enrol.submit')}
        </button>
      </div>
    </form>
  );
}

const fieldKeys: Readonly<Record<string, string>> = {
  serverUrl: 'sync:enrol.field.serverUrl',
  code: 'sync:enrol.field.code',
  deskLabel: 'sync:enrol.field.deskLabel',
  centreCode: 'sync:enrol.field.centreCode',
  workstationCode: 'sync:enrol.field.workstationCode',
};

function enrolFailureText(error: EnrolError, t: TFunction): string {
  if (error.kind === 'invalid-input') {
    const fields = [...new Set(error.fields)].map((field) => t(fieldKeys[field] ?? 'sync:enrol.field.code'));
    return t('sync:enrol.invalid', { fields: fields.join(', ') });
  }
  if (error.kind === 'other-server') return t('sync:enrol.otherServer', { origin: error.allowedOrigin });
  return syncProblemText(error.code, t);
}
