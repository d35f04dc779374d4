import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StepHeading } from './steps/StepHeading';

/** "Start service": the queue ticket the applicant was called with (optional) starts the clock. */
export function StartPanel({ onStart }: { readonly onStart: (queueTicket: string) => void }) {
  const { t } = useTranslation();
  const [ticket, setTicket] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart(ticket.trim());
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={t('intake:start.title')}>
      <StepHeading>{t('intake:start.title')}</StepHeading>
      <div className="intake-field">
        <label htmlFor="intake-queue-ticket" className="intake-field__label">
          {t('intake:start.ticket')}
        </label>
        <p id="intake-queue-ticket-hint" className="intake-field__hint">
          {t('intake:start.ticketHint')}
        </p>
        <input
          id="intake-queue-ticket"
          className="intake-field__input"
          value={ticket}
          maxLength={32}
          autoComplete="off"
          aria-describedby="intake-queue-ticket-hint"
          onChange={(event) => setTicket(event.target.value)}
        />
      </div>
      <div className="intake-actions">
        <button type="submit" className="button">
          {t('intake:start.button')}
        </button>
      </div>
    </form>
  );
}
