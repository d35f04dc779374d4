import { useTranslation } from 'react-i18next';
import { useDesk } from '../../app/desk/use-desk';
import { Screen } from '../../components/Screen';
import { centreDateTime } from '../applications/application-texts';
import { useAppInfo } from '../settings/use-app-info';
import { EnrolForm } from './EnrolForm';
import { QuarantineList } from './QuarantineList';
import { syncProblemText } from './sync-texts';
import { useSyncOverview } from './use-sync-overview';
import './sync.css';

/** The sync screen: the state the engine recorded, enrolment (supervisors) and the quarantine. */
export function SyncScreen() {
  const { t } = useTranslation();
  const desk = useDesk();
  const overview = useSyncOverview(desk.db);
  const appInfo = useAppInfo();
  const zone = desk.session.centre.timeZone;
  const when = (instant: string | null) =>
    instant === null ? t('sync:overview.none') : centreDateTime(instant, zone);
  const supervisor = desk.session.user.role === 'supervisor';
  return (
    <Screen title={t('sync:title')} description={t('sync:description')}>
      {overview !== undefined && (
        <section className="sync-section" aria-labelledby="sync-state-title">
          <h2 id="sync-state-title">{t('sync:overview.title')}</h2>
          <dl className="sync-details" data-testid="sync-overview">
            <dt>{t('sync:overview.server')}</dt>
            <dd data-testid="sync-server">
              {overview.enrolment?.serverUrl ?? t('sync:indicator.notEnrolled')}
            </dd>
            {overview.enrolment !== null && (
              <>
                <dt>{t('sync:overview.deskLabel')}</dt>
                <dd>{overview.enrolment.deskLabel}</dd>
                <dt>{t('sync:overview.device')}</dt>
                <dd data-testid="sync-device">{overview.enrolment.deviceId}</dd>
                <dt>{t('sync:overview.enrolledAt')}</dt>
                <dd>{when(overview.enrolment.enrolledAt)}</dd>
              </>
            )}
            <dt>{t('sync:overview.lastSync')}</dt>
            <dd data-testid="sync-last-success">{when(overview.progress.lastSyncAt)}</dd>
            <dt>{t('sync:overview.lastAttempt')}</dt>
            <dd>{when(overview.progress.lastAttemptAt)}</dd>
            <dt>{t('sync:overview.waiting')}</dt>
            <dd data-testid="sync-waiting-count">{overview.waiting}</dd>
            <dt>{t('sync:overview.lastError')}</dt>
            <dd data-testid="sync-last-error">
              {overview.progress.lastError === null
                ? t('sync:overview.none')
                : syncProblemText(overview.progress.lastError.code, t)}
            </dd>
          </dl>
          {overview.progress.skewMs !== null && Math.abs(overview.progress.skewMs) >= 60_000 && (
            <p>{t('sync:overview.skew', { seconds: Math.round(overview.progress.skewMs / 1000) })}</p>
          )}
        </section>
      )}
      <section className="sync-section" aria-labelledby="enrol-title">
        <h2 id="enrol-title">{t('sync:enrol.title')}</h2>
        {!supervisor ? (
          <p data-testid="enrol-supervisor-only">{t('sync:enrol.supervisorOnly')}</p>
        ) : appInfo === undefined || overview === undefined ? null : (
          <EnrolForm
            defaultServerUrl={
              overview.enrolment?.serverUrl ?? (appInfo.ok ? appInfo.value.syncServerUrl : '')
            }
            allowedServerUrl={appInfo.ok ? appInfo.value.syncServerUrl : null}
            enrolled={overview.enrolment !== null}
          />
        )}
      </section>
      <QuarantineList />
    </Screen>
  );
}
