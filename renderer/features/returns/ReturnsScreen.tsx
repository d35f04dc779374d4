import { useTranslation } from 'react-i18next';
import { Screen } from '../../components/Screen';

export function ReturnsScreen() {
  const { t } = useTranslation();
  return <Screen title={t('returns:title')} description={t('returns:description')} />;
}
