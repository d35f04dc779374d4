import { useTranslation } from 'react-i18next';
import { useDesk } from '../../app/desk/use-desk';
import type { DraftSaveStatus } from './use-draft-autosave';
import { formatElapsed, serviceLimitMinutes, useIntakeTimer } from './use-intake-timer';

/** The 15-minute service clock, the queue ticket and whether the draft is safe. */
export function IntakeTimerBar({
  startedAt,
  queueTicket,
  saveStatus,
}: {
  readonly startedAt: string;
  readonly queueTicket: string;
  readonly saveStatus: DraftSaveStatus;
}) {
  const { t } = useTranslation();
  const { clock } = useDesk();
  const timer = useIntakeTimer(startedAt, clock);
  const saveText = {
    saving: t('intake:draft.saving'),
    saved: t('intake:draft.saved'),
    failed: t('intake:draft.failed'),
  }[saveStatus];
  return (
    <div className={timer.warning ? 'intake-bar intake-bar--warning' : 'intake-bar'}>
      <p>
        <span>{t('intake:timer.label')}</span>{' '}
        <time className="intake-bar__time" data-testid="intake-timer">
          {formatElapsed(timer.elapsedSeconds)}
        </time>
      </p>
      {queueTicket.trim() === '' ? null : <p>{t('intake:timer.ticket', { ticket: queueTicket })}</p>}
      <p className="intake-bar__save" data-save-status={saveStatus}>
        {saveText}
      </p>
      {/* Announced once when it appears, not every second. */}
      <p aria-live="assertive" className="intake-bar__alert">
        {timer.warning
          ? t(timer.overLimit ? 'intake:timer.over' : 'intake:timer.warning', {
              minutes: serviceLimitMinutes,
            })
          : ''}
      </p>
    </div>
  );
}
