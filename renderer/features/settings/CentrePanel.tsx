import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { weekdayKeys } from '../../../shared/domain';
import { useDesk } from '../../app/desk/use-desk';
import { weekdayText } from './weekday-text';
import '../../components/table.css';
import './settings.css';

/** The centre and workstation as set up on the first run: what receipts print and deadlines count in. */
export function CentrePanel() {
  const { t } = useTranslation();
  const { centre, workstation } = useDesk();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="centre">
      <h2 id={headingId} className="panel__title">
        {t('settings:centre.heading')}
      </h2>
      <dl className="facts">
        <dt>{t('settings:centre.code')}</dt>
        <dd>{centre.code}</dd>
        <dt>{t('settings:centre.nameKk')}</dt>
        <dd lang="kk">{centre.name.kk}</dd>
        <dt>{t('settings:centre.nameRu')}</dt>
        <dd lang="ru">{centre.name.ru}</dd>
        <dt>{t('settings:centre.addressKk')}</dt>
        <dd lang="kk">{centre.address.kk}</dd>
        <dt>{t('settings:centre.addressRu')}</dt>
        <dd lang="ru">{centre.address.ru}</dd>
        <dt>{t('settings:centre.week')}</dt>
        <dd>
          {centre.week === 'six-day' ? t('settings:centre.dutyCentre') : t('settings:centre.ordinaryCentre')}
        </dd>
        <dt>{t('settings:centre.timeZone')}</dt>
        <dd>{centre.timeZone.id}</dd>
        <dt>{t('settings:centre.workstation')}</dt>
        <dd>{workstation.code}</dd>
      </dl>
      <table className="table" data-testid="centre-hours">
        <caption>{t('settings:centre.hours')}</caption>
        <tbody>
          {weekdayKeys.map((day) => {
            const hours = centre.hours.weekly[day];
            return (
              <tr key={day}>
                <th scope="row">{weekdayText(day, t)}</th>
                <td>
                  {hours === null
                    ? t('settings:centre.closed')
                    : t('settings:centre.openHours', { open: hours.open, close: hours.close })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
