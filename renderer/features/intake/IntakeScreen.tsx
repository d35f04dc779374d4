import { useTranslation } from 'react-i18next';
import { Screen } from '../../components/Screen';
import { IntakeDesk } from './IntakeDesk';
import './intake.css';

export function IntakeScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('intake:title')} description={t('intake:description')}>
      <IntakeDesk />
    </Screen>
  );
}
