import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  exportQuarantine,
  listQuarantine,
  retryQuarantined,
  watchQuery,
  type QuarantineRecord,
} from '../../db';
import { useDesk } from '../../app/desk/use-desk';
import { applicationPath } from '../../app/screen-paths';
import { centreDateTime } from '../applications/application-texts';
import { quarantineText } from './sync-texts';

/** Items the server rejected or the desk could not apply, and the device hold: retry and export. */
export function QuarantineList() {
  const { t } = useTranslation();
  const desk = useDesk();
  const [items, setItems] = useState<readonly QuarantineRecord[]>();
  const [message, setMessage] = useState<{ readonly text: string; readonly alert: boolean } | null>(null);
  const supervisor = desk.session.user.role === 'supervisor';
  useEffect(
    () =>
      watchQuery(() => listQuarantine(desk.db)).subscribe(setItems, (error: unknown) =>
        console.error('[sync] the quarantine could not be read', error),
      ),
    [desk.db],
  );

  async function retry(id: string) {
    const result = await retryQuarantined(desk.db, id, desk.clock.now());
    setMessage(
      result.ok
        ? { text: t('sync:quarantine.retried'), alert: false }
        : { text: t('sync:quarantine.retryFailed'), alert: true },
    );
  }

  async function download() {
    const now = desk.clock.now();
    const content = await exportQuarantine(desk.db, now);
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = t('sync:quarantine.exportName', { date: now.slice(0, 10) });
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  }

  if (items === undefined) return null;
  const zone = desk.session.centre.timeZone;
  const hold = items.find((item) => item.kind === 'device-hold');
  const rest = items.flatMap((item) => (item.kind === 'device-hold' ? [] : [item]));
  return (
    <section className="sync-section" aria-labelledby="quarantine-title" data-testid="quarantine">
      <h2 id="quarantine-title">{t('sync:quarantine.title')}</h2>
      <p>{t('sync:quarantine.intro')}</p>
      {hold !== undefined && (
        <div role="alert" data-testid="device-hold">
          <h3>{t('sync:quarantine.hold.title')}</h3>
          <p>{quarantineText(hold, t)}</p>
          {supervisor && (
            <button
              type="button"
              className="button"
              onClick={() => void retry(hold.id)}
              data-testid="release-hold"
            >
              {t('sync:quarantine.retry')}
            </button>
          )}
        </div>
      )}
      {items.length === 0 ? (
        <p data-testid="quarantine-empty">{t('sync:quarantine.empty')}</p>
      ) : (
        <>
          {rest.length > 0 && (
            <table className="table" data-testid="quarantine-table">
              <caption>{t('sync:quarantine.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sync:quarantine.application')}</th>
                  <th scope="col">{t('sync:quarantine.what')}</th>
                  <th scope="col">{t('sync:quarantine.detail')}</th>
                  <th scope="col">{t('sync:quarantine.when')}</th>
                  {supervisor && <th scope="col">{t('sync:quarantine.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {rest.map((item) => (
                  <tr key={item.id} data-testid="quarantine-row" data-kind={item.kind}>
                    <td>
                      <Link to={applicationPath(item.applicationId)}>{item.applicationId.slice(0, 8)}</Link>
                    </td>
                    <td>{quarantineText(item, t)}</td>
                    <td lang="en">{item.detail}</td>
                    <td>{centreDateTime(item.recordedAt, zone)}</td>
                    {supervisor && (
                      <td>
                        <button
                          type="button"
                          className="button"
                          onClick={() => void retry(item.id)}
                          data-testid="quarantine-retry"
                        >
                          {t('sync:quarantine.retry')}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button
            type="button"
            className="button"
            onClick={() => void download()}
            data-testid="quarantine-export"
          >
            {t('sync:quarantine.export')}
          </button>
        </>
      )}
      {message !== null && (
        <p role={message.alert ? 'alert' : 'status'} data-testid="quarantine-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
