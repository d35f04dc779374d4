import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findService } from '../../../shared/domain';
import { listAttachments, type AttachmentSummary } from '../../db';
import { useDesk } from '../../app/desk/use-desk';
import { formatBytes } from '../intake/steps/format-bytes';
import { useInterfaceLanguage } from './use-interface-language';

/** The scans attached at intake: which document each shows, its file and size. */
export function ApplicationAttachments({
  applicationId,
  serviceId,
}: {
  readonly applicationId: string;
  readonly serviceId: string;
}) {
  const { t } = useTranslation();
  const { db } = useDesk();
  const language = useInterfaceLanguage();
  const headingId = useId();
  const [attachments, setAttachments] = useState<readonly AttachmentSummary[] | 'failed' | undefined>();
  useEffect(() => {
    let current = true;
    listAttachments(db, applicationId).then(
      (listed) => current && setAttachments(listed),
      () => current && setAttachments('failed'),
    );
    return () => {
      current = false;
    };
  }, [db, applicationId]);

  const documents = findService(serviceId)?.documents ?? [];
  const documentName = (id: string | null) =>
    documents.find((d) => d.id === id)?.name[language] ?? t('intake:scans.noDocument');
  return (
    <section aria-labelledby={headingId} data-testid="application-attachments">
      <h2 id={headingId} className="panel__title">
        {t('intake:scans.listLabel')}
      </h2>
      {attachments === 'failed' ? <p role="alert">{t('intake:scans.loadFailed')}</p> : null}
      {Array.isArray(attachments) && attachments.length === 0 ? <p>{t('intake:scans.none')}</p> : null}
      {Array.isArray(attachments) && attachments.length > 0 ? (
        <ul>
          {(attachments as readonly AttachmentSummary[]).map((attachment) => (
            <li key={attachment.sha256}>
              {`${documentName(attachment.documentId)}: ${attachment.fileName ?? t('intake:scans.photo')} (${formatBytes(attachment.byteLength)})`}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
