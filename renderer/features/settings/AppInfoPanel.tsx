import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/host';
import { hostErrorText } from '../../host';
import { useAppInfo } from './use-app-info';
import './settings.css';

/** Name, version and host of the running desk, as the host reports them. */
export function AppInfoPanel() {
  const { t } = useTranslation();
  const headingId = useId();
  const answer = useAppInfo();
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="app-info">
      <h2 id={headingId} className="panel__title">
        {t('settings:about.heading')}
      </h2>
      {answer === undefined && <p role="status">{t('settings:about.loading')}</p>}
      {answer?.ok === false && (
        <p role="alert" className="panel__error">
          {t('settings:about.failed', { reason: hostErrorText(answer.error, t) })}
        </p>
      )}
      {answer?.ok === true && <AppInfoFacts info={answer.value} />}
    </section>
  );
}

function AppInfoFacts({ info }: { readonly info: AppInfo }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <dt>{t('settings:about.name')}</dt>
      <dd data-testid="app-info-name">{info.name}</dd>
      <dt>{t('settings:about.version')}</dt>
      <dd data-testid="app-info-version">{info.version}</dd>
      <dt>{t('settings:about.host')}</dt>
      <dd data-testid="app-info-host" data-host={info.host}>
        {hostKindText(info.host, t)}
      </dd>
      <dt>{t('settings:about.platform')}</dt>
      <dd data-testid="app-info-platform">{info.platform}</dd>
      <dt>{t('settings:about.syncServer')}</dt>
      <dd data-testid="app-info-sync-server">{info.syncServerUrl}</dd>
    </dl>
  );
}

function hostKindText(host: AppInfo['host'], t: TFunction): string {
  switch (host) {
    case 'electron':
      return t('settings:about.hostKind.electron');
    case 'browser':
      return t('settings:about.hostKind.browser');
    default:
      return unknownHost(host);
  }
}

function unknownHost(host: never): never {
  throw new Error(`Unknown host kind: ${String(host)}`);
}
