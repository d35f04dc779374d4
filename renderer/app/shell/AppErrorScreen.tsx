import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import './shell.css';

/** Shown instead of a screen that crashed: calm words for the clerk, the detail for the log. */
export function AppErrorScreen() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error('[app] a screen failed', error);
  }, [error]);
  return (
    <main className="app-error" data-testid="app-error">
      <h1 className="app-error__title">{t('common:error.title')}</h1>
      <p>{t('common:error.description')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('common:error.reload')}
      </button>
    </main>
  );
}
