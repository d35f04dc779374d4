import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDesk } from '../../app/desk/use-desk';
import { screenPaths } from '../../app/screen-paths';
import { centreTime } from '../applications/application-texts';
import { syncProblemText } from './sync-texts';
import { useOnline, useSyncOverview } from './use-sync-overview';
import './sync.css';

/**
 * The header's sync status: online or offline, the last sync, what waits, and a problem if any.
 * A polite live region: a change is announced without interrupting the clerk.
 */
export function SyncStatusIndicator() {
  const { t } = useTranslation();
  const { db, session } = useDesk();
  const overview = useSyncOverview(db);
  const online = useOnline();
  if (overview === undefined) return null;
  const { progress, waiting, quarantined, deviceHold, enrolment } = overview;
  const problem = deviceHold
    ? t('sync:indicator.held')
    : progress.lastError !== null
      ? t('sync:indicator.problem', { problem: syncProblemText(progress.lastError.code, t) })
      : null;
  const tone = problem !== null || quarantined > 0 ? 'problem' : waiting > 0 ? 'waiting' : 'ok';
  return (
    <div
      role="group"
      className={`sync-indicator sync-indicator--${tone}`}
      data-testid="sync-indicator"
      data-tone={tone}
      aria-label={t('sync:indicator.label')}
    >
      <span role="status" aria-live="polite" aria-atomic="true" className="sync-indicator__lines">
        <span data-testid="sync-online" data-online={online}>
          {online ? t('sync:indicator.online') : t('sync:indicator.offline')}
        </span>
        <span data-testid="sync-last">
          {enrolment === null
            ? t('sync:indicator.notEnrolled')
            : progress.lastSyncAt === null
              ? t('sync:indicator.never')
              : t('sync:indicator.lastSync', {
                  time: centreTime(progress.lastSyncAt, session.centre.timeZone),
                })}
        </span>
        <span data-testid="sync-waiting" data-count={waiting}>
          {waiting > 0 ? t('sync:indicator.waiting', { count: waiting }) : t('sync:indicator.allSent')}
        </span>
        {quarantined > 0 && !deviceHold && (
          <span data-testid="sync-quarantined">
            {t('sync:indicator.quarantined', { count: quarantined })}
          </span>
        )}
        {problem !== null && <span data-testid="sync-problem">{problem}</span>}
      </span>
      <Link to={screenPaths.sync} className="sync-indicator__link">
        {t('sync:indicator.details')}
      </Link>
    </div>
  );
}
