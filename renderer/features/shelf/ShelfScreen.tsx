import { useTranslation } from 'react-i18next';
import { Screen } from '../../components/Screen';

export function ShelfScreen() {
  const { t } = useTranslation();
  return <Screen title={t('shelf:title')} description={t('shelf:description')} />;
}
