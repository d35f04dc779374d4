import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../../components/Screen';
import { DeskContext } from '../../app/desk/desk-context';
import { ShelfReviewPanel } from './ShelfReviewPanel';
import { StockTakePanel } from './StockTakePanel';
import '../../components/table.css';
import '../../components/form/form.css';
import './supervisor.css';

/**
 * The supervisor's review of the storage shelf and the stock-take. A clerk sees why it is not for
 * them. Outside a signed-in desk (never in the app; the shell's render tests) only its heading.
 */
export function SupervisorScreen() {
  const { t } = useTranslation();
  const desk = useContext(DeskContext);
  return (
    <Screen title={t('supervisor:title')} description={t('supervisor:description')}>
      {desk === undefined ? null : desk.session.user.role === 'supervisor' ? (
        <>
          <ShelfReviewPanel />
          <StockTakePanel />
        </>
      ) : (
        <p className="panel" data-testid="supervisors-only">
          {t('supervisor:supervisorsOnly')}
        </p>
      )}
    </Screen>
  );
}
