import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../../components/Screen';
import { ApplicationsTable } from './ApplicationsTable';
import { SearchBox } from './SearchBox';
import { useApplicationList } from './use-application-list';
import '../../components/table.css';
import './applications.css';

/** Today's applications at this desk's centre, and the search over every application stored here. */
export function ApplicationsScreen() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const list = useApplicationList(query);
  return (
    <Screen title={t('applications:title')} description={t('applications:description')}>
      <SearchBox onSearch={setQuery} showingResults={query.trim() !== ''} />
      <div aria-live="polite" data-testid="applications-result">
        {list.state === 'loading' && <p role="status">{t('applications:loading')}</p>}
        {list.state === 'failed' && (
          <p role="alert" className="panel__error">
            {t('applications:failed')}
          </p>
        )}
        {list.state === 'ready' && list.applications.length === 0 && (
          <p data-testid="applications-empty">
            {list.query === null
              ? t('applications:emptyToday')
              : t('applications:nothingFound', { query: list.query })}
          </p>
        )}
        {list.state === 'ready' && list.applications.length > 0 && (
          <ApplicationsTable
            applications={list.applications}
            caption={
              list.query === null
                ? t('applications:todayCaption')
                : t('applications:foundCaption', { query: list.query, found: list.applications.length })
            }
          />
        )}
      </div>
    </Screen>
  );
}
