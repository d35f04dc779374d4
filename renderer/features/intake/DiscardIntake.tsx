import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Abandons the intake (the applicant left, or the wrong person was called). Asks once more, in
 * place, because the typed data are lost; nothing was decided, so nothing is recorded.
 */
export function DiscardIntake({ onDiscard }: { readonly onDiscard: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <div className="intake-actions">
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {t('intake:discard.button')}
        </button>
      </div>
    );
  return (
    <div className="intake-warning" role="group" aria-labelledby="intake-discard-question">
      <p id="intake-discard-question">{t('intake:discard.question')}</p>
      <div className="intake-actions">
        <button type="button" className="button button--danger" onClick={onDiscard}>
          {t('intake:discard.confirm')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          autoFocus
          onClick={() => setConfirming(false)}
        >
          {t('intake:discard.keep')}
        </button>
      </div>
    </div>
  );
}
