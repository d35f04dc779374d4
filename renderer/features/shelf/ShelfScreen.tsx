import { useTranslation } from 'react-i18next';
import { useDesk } from '../../app/desk/use-desk';
import { Screen } from '../../components/Screen';
import { HandOverPanel } from './HandOverPanel';
import { ReceivePanel } from './ReceivePanel';
import { ShelfFlagsPanel } from './ShelfFlagsPanel';

export function ShelfScreen() {
  const { t } = useTranslation();
  const { session } = useDesk();
  return (
    <Screen title={t('shelf:title')} description={t('shelf:description')}>
      <ReceivePanel />
      <HandOverPanel />
      {session.user.role === 'supervisor' && <ShelfFlagsPanel />}
    </Screen>
  );
}
