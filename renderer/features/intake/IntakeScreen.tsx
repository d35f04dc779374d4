import { useTranslation } from 'react-i18next';
import { Screen } from '../../components/Screen';

export function IntakeScreen() {
  const { t } = useTranslation();
  return <Screen title={t('intake:title')} description={t('intake:description')} />;
}
