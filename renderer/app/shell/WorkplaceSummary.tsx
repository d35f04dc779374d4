import { useTranslation } from 'react-i18next';

/**
 * Which centre and workstation this desk belongs to. Not configurable yet, so it says so
 * rather than showing an invented centre.
 */
export function WorkplaceSummary() {
  const { t } = useTranslation();
  return (
    <dl className="workplace" data-testid="workplace">
      <div className="workplace__item">
        <dt>{t('common:workplace.centre')}</dt>
        <dd data-testid="workplace-centre">{t('common:workplace.centreNotSet')}</dd>
      </div>
      <div className="workplace__item">
        <dt>{t('common:workplace.workstation')}</dt>
        <dd data-testid="workplace-workstation">{t('common:workplace.workstationNotSet')}</dd>
      </div>
    </dl>
  );
}
