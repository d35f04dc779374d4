import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getApplication, watchQuery, type ApplicationWithHistory } from '../../db';
import { useDesk } from '../../app/desk/use-desk';
import { screenPaths } from '../../app/screen-paths';
import { Screen } from '../../components/Screen';
import { applicantName, centreDateTime, serviceName, statusText } from './application-texts';
import { SyncStateBadge } from './SyncStateBadge';
import { ApplicationAttachments } from './ApplicationAttachments';
import { ApplicationHistory } from './ApplicationHistory';
import { useInterfaceLanguage } from './use-interface-language';
import '../../components/table.css';
import '../settings/settings.css';

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'missing' }
  | { readonly state: 'failed' }
  | { readonly state: 'found'; readonly application: ApplicationWithHistory };

/** One application: what it is, where it stands, and everything that happened to it. */
export function ApplicationScreen() {
  const { t } = useTranslation();
  const { db } = useDesk();
  const { applicationId = '' } = useParams();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  // Live: what the sync engine pulls (the provider's statuses) shows as it arrives.
  useEffect(() => {
    setLoaded({ state: 'loading' });
    return watchQuery(() => getApplication(db, applicationId)).subscribe(
      (application) =>
        setLoaded(application === undefined ? { state: 'missing' } : { state: 'found', application }),
      (error: unknown) => {
        console.error('[applications] the application could not be read', error);
        setLoaded({ state: 'failed' });
      },
    );
  }, [db, applicationId]);

  const title =
    loaded.state === 'found' && loaded.application.record.receiptNumber !== null
      ? t('applications:detail.title', { receiptNumber: loaded.application.record.receiptNumber })
      : t('applications:detail.untitled');
  return (
    <Screen title={title} description={t('applications:detail.description')}>
      <p>
        <Link to={screenPaths.applications}>{t('applications:detail.back')}</Link>
      </p>
      {loaded.state === 'loading' && <p role="status">{t('applications:loading')}</p>}
      {loaded.state === 'missing' && <p role="alert">{t('applications:detail.missing')}</p>}
      {loaded.state === 'failed' && (
        <p role="alert" className="panel__error">
          {t('applications:failed')}
        </p>
      )}
      {loaded.state === 'found' && <ApplicationDetail application={loaded.application} />}
    </Screen>
  );
}

function ApplicationDetail({ application }: { readonly application: ApplicationWithHistory }) {
  const { t } = useTranslation();
  const { session } = useDesk();
  const language = useInterfaceLanguage();
  const { record, history } = application;
  return (
    <>
      <dl className="facts" data-testid="application-facts">
        <dt>{t('applications:column.applicant')}</dt>
        <dd>{applicantName(record)}</dd>
        <dt>{t('applications:column.service')}</dt>
        <dd>{serviceName(record.serviceId, language)}</dd>
        <dt>{t('applications:column.status')}</dt>
        <dd>{statusText(record.status, t)}</dd>
        <dt>{t('sync:state.label')}</dt>
        <dd>
          <SyncStateBadge state={record.syncState} />
        </dd>
        <dt>{t('applications:column.intakeAt')}</dt>
        <dd>{centreDateTime(record.intakeAt, session.centre.timeZone)}</dd>
        {record.content === null ? null : (
          <>
            <dt>{t('intake:review.provider')}</dt>
            <dd>{`${record.content.provider.name}, ${t('intake:provider.bin')} ${record.content.provider.bin}`}</dd>
          </>
        )}
      </dl>
      <ApplicationAttachments applicationId={record.applicationId} serviceId={record.serviceId} />
      <ApplicationHistory history={history} />
    </>
  );
}
