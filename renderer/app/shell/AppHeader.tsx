import { useTranslation } from 'react-i18next';
import { LanguageSelect } from './LanguageSelect';
import { WorkplaceSummary } from './WorkplaceSummary';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__name">{t('common:appName')}</span>
        <span className="app-header__tagline">{t('common:appTagline')}</span>
      </div>
      <WorkplaceSummary />
      <LanguageSelect />
    </header>
  );
}
