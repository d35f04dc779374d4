import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from './LanguageSelect';

/** The header of every screen. `workplace` is who works where: only once someone is signed in. */
export function AppHeader({ workplace }: { readonly workplace?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__name">{t('common:appName')}</span>
        <span className="app-header__tagline">{t('common:appTagline')}</span>
      </div>
      {workplace}
      <LanguageSelect />
    </header>
  );
}
