import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicationRecord } from '../../db';
import { useDesk } from '../../app/desk/use-desk';
import { applicationPath } from '../../app/screen-paths';
import { applicantName, centreDateTime, serviceName, statusText } from './application-texts';
import { SyncStateBadge } from './SyncStateBadge';
import { useInterfaceLanguage } from './use-interface-language';

export function ApplicationsTable({
  applications,
  caption,
}: {
  readonly applications: readonly ApplicationRecord[];
  /** Translated: what the list shows (today's, or the results of a search). */
  readonly caption: string;
}) {
  const { t } = useTranslation();
  const { session } = useDesk();
  const language = useInterfaceLanguage();
  const zone = session.centre.timeZone;
  return (
    <table className="table" data-testid="applications-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('applications:column.receiptNumber')}</th>
          <th scope="col">{t('applications:column.applicant')}</th>
          <th scope="col">{t('applications:column.service')}</th>
          <th scope="col">{t('applications:column.status')}</th>
          <th scope="col">{t('applications:column.intakeAt')}</th>
          <th scope="col">{t('sync:state.label')}</th>
        </tr>
      </thead>
      <tbody>
        {applications.map((application) => (
          <tr key={application.applicationId} data-testid="application-row">
            <td>
              <Link to={applicationPath(application.applicationId)}>
                {application.receiptNumber ?? t('applications:noReceiptNumber')}
              </Link>
            </td>
            <td>{applicantName(application)}</td>
            <td>{serviceName(application.serviceId, language)}</td>
            <td>{statusText(application.status, t)}</td>
            <td>{centreDateTime(application.intakeAt, zone)}</td>
            <td>
              <SyncStateBadge state={application.syncState} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
