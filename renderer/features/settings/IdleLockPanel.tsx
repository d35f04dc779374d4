import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getSetting, setSetting } from '../../db';
import { useDesk } from '../../app/desk/use-desk';
import { FormAlert } from '../../components/form/FormAlert';
import '../../components/form/form.css';

/**
 * How long the desk waits without input before locking. Supervisors change it; it takes effect at
 * the next sign-in (the signed-in desk read it when it opened).
 */
export function IdleLockPanel() {
  const { t } = useTranslation();
  const { db, session } = useDesk();
  const headingId = useId();
  const inputId = useId();
  const [minutes, setMinutes] = useState<string>();
  const [message, setMessage] = useState<{ readonly ok: boolean; readonly text: string } | null>(null);
  useEffect(() => {
    void getSetting(db, 'idleLockMinutes').then((value) => setMinutes(String(value)));
  }, [db]);
  const canChange = session.user.role === 'supervisor';

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await setSetting(db, 'idleLockMinutes', Number(minutes));
    setMessage(
      saved.ok
        ? { ok: true, text: t('settings:idleLock.saved') }
        : { ok: false, text: t('settings:idleLock.invalid') },
    );
  };

  return (
    <section className="panel" aria-labelledby={headingId} data-testid="idle-lock">
      <h2 id={headingId} className="panel__title">
        {t('settings:idleLock.heading')}
      </h2>
      {minutes !== undefined && (
        <form className="form" noValidate onSubmit={(event) => void save(event)}>
          <div className="field">
            <label className="field__label" htmlFor={inputId}>
              {t('settings:idleLock.minutes')}
            </label>
            <input
              id={inputId}
              className="field__input"
              type="number"
              min={1}
              max={120}
              value={minutes}
              readOnly={!canChange}
              onChange={(event) => setMinutes(event.target.value)}
            />
          </div>
          {message?.ok === false && <FormAlert message={message.text} />}
          {message?.ok === true && <p role="status">{message.text}</p>}
          {canChange && (
            <div>
              <button type="submit" className="button">
                {t('settings:idleLock.save')}
              </button>
            </div>
          )}
        </form>
      )}
    </section>
  );
}
