import { useTranslation } from 'react-i18next';
import { Screen } from '../../components/Screen';
import { AppInfoPanel } from './AppInfoPanel';
import { CentrePanel } from './CentrePanel';
import { IdleLockPanel } from './IdleLockPanel';
import { ShelfLayoutPanel } from './ShelfLayoutPanel';
import { UsersPanel } from './UsersPanel';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('settings:title')} description={t('settings:description')}>
      <UsersPanel />
      <CentrePanel />
      <IdleLockPanel />
      <ShelfLayoutPanel />
      <AppInfoPanel />
    </Screen>
  );
}
