import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationEvent } from '../../../shared/domain';
import { useDesk } from '../../app/desk/use-desk';
import { centreDateTime, eventText, placeText, refusalReasonText } from './application-texts';
import { useInterfaceLanguage } from './use-interface-language';

/** Every event in the order the application lived it: what, when (centre time), who, where and why. */
export function ApplicationHistory({ history }: { readonly history: readonly ApplicationEvent[] }) {
  const { t } = useTranslation();
  const { session } = useDesk();
  const language = useInterfaceLanguage();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('applications:history.heading')}
      </h2>
      <table className="table" data-testid="application-history">
        <thead>
          <tr>
            <th scope="col">{t('applications:history.when')}</th>
            <th scope="col">{t('applications:history.what')}</th>
            <th scope="col">{t('applications:history.who')}</th>
            <th scope="col">{t('applications:history.where')}</th>
            <th scope="col">{t('applications:history.why')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((event) => (
            <tr key={event.id}>
              <td>{centreDateTime(event.at, session.centre.timeZone)}</td>
              <td>
                {event.type === 'receipt-printed'
                  ? t('applications:event.receiptCopy', { copy: event.copy })
                  : eventText(event.type, t)}
              </td>
              <td>{event.by.name}</td>
              <td>{placeText(event.where, t)}</td>
              <td>{whyOf(event, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The recorder's words; for a refusal at intake, the legal reason when no words were given. */
function whyOf(event: ApplicationEvent, language: Parameters<typeof refusalReasonText>[1]): string {
  if (event.why !== undefined && event.why !== '') return event.why;
  return event.type === 'refused-at-intake' ? refusalReasonText(event.reason, language) : '';
}
