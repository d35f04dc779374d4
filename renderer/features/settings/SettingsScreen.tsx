import { useTranslation } from 'react-i18next';
import { Screen } from '../../components/Screen';
import { AppInfoPanel } from './AppInfoPanel';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('settings:title')} description={t('settings:description')}>
      <AppInfoPanel />
    </Screen>
  );
}
