import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the window after the screen, in the current language (task bar, screen readers). */
export function useDocumentTitle(screenTitle: string): void {
  const { t } = useTranslation();
  const title = t('common:documentTitle', { screen: screenTitle, app: t('common:appName') });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
