import { useTranslation } from 'react-i18next';
import { Screen } from '../../components/Screen';

export function SupervisorScreen() {
  const { t } = useTranslation();
  return <Screen title={t('supervisor:title')} description={t('supervisor:description')} />;
}
