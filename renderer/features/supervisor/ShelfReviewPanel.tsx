import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  daysOnShelf,
  filterShelfItems,
  type ShelfFilter,
  type ShelfItem,
  type ShelfOverview,
  type ShelfReview,
} from '../../db';
import { applicationPath } from '../../app/screen-paths';
import { formatPrintDate } from '../../print';
import { serviceName } from '../applications/application-texts';
import { useInterfaceLanguage } from '../applications/use-interface-language';
import { SlotMapPanel } from './SlotMapPanel';
import { useShelfOverview, useShelfReview } from './use-shelf-review';

/** Rows the list shows at most: the filters narrow a long shelf down, the counts give the whole. */
export const listLimit = 200;

type FilterKind = ShelfFilter['kind'];
const filterKinds: readonly FilterKind[] = [
  'all',
  'due-this-week',
  'overdue',
  're-requests-late',
  'longer-than',
];

/** N for "on the shelf more than N days": a whole number 0–3650, or null when the text is not one. */
function parseDays(text: string): number | null {
  if (!/^\s*\d{1,4}\s*$/u.test(text)) return null;
  const days = Number(text);
  return days <= 3650 ? days : null;
}

export function applicantNameOf(item: Pick<ShelfItem, 'applicant'>): string {
  const { surname, givenName, patronymic } = item.applicant;
  return [surname, givenName, patronymic].filter((part) => part !== undefined && part !== '').join(' ');
}

export function ShelfReviewPanel() {
  const { t } = useTranslation();
  const overview = useShelfOverview(listLimit);
  const review = useShelfReview(overview.state === 'ready');
  const headingId = useId();
  const failed = overview.state === 'failed' || review.state === 'failed';
  const refused = overview.state === 'supervisors-only' || review.state === 'supervisors-only';
  return (
    <section className="panel review" aria-labelledby={headingId} data-testid="shelf-review">
      <h2 id={headingId} className="panel__title">
        {t('supervisor:counts.heading', {
          date: overview.state === 'ready' ? formatPrintDate(overview.value.today) : '',
        })}
      </h2>
      {overview.state === 'loading' && <p role="status">{t('supervisor:loading')}</p>}
      {failed && (
        <p role="alert" className="panel__error">
          {t('supervisor:failed')}
        </p>
      )}
      {refused && <p>{t('supervisor:supervisorsOnly')}</p>}
      {!failed && !refused && overview.state === 'ready' && (
        <ReviewBody overview={overview.value} review={review.state === 'ready' ? review.value : null} />
      )}
    </section>
  );
}

function ReviewBody({
  overview,
  review,
}: {
  readonly overview: ShelfOverview;
  /** null until the whole shelf is read. */
  readonly review: ShelfReview | null;
}) {
  const { t } = useTranslation();
  const counts = review?.counts ?? overview.counts;
  const figures = [
    ['onShelf', t('supervisor:counts.onShelf'), counts.onShelf],
    ['dueThisWeek', t('supervisor:counts.dueThisWeek'), counts.dueThisWeek],
    ['overdue', t('supervisor:counts.overdue'), counts.overdue],
    ['reRequested', t('supervisor:counts.reRequested'), counts.reRequested],
    ['reRequestsLate', t('supervisor:counts.reRequestsLate'), counts.reRequestsLate],
    ['returned', t('supervisor:counts.returned'), counts.returned],
    ['issuedThisMonth', t('supervisor:counts.issuedThisMonth'), counts.issuedThisMonth],
  ] as const;
  return (
    <>
      <dl className="review__counts">
        {figures.map(([key, label, value]) => (
          <div key={key} className="review__count" data-testid={`count-${key}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <FilteredList overview={overview} review={review} />
      {review === null ? (
        <p role="status" data-testid="shelf-loading">
          {t('supervisor:loadingShelf')}
        </p>
      ) : (
        <SlotMapPanel review={review} />
      )}
    </>
  );
}

function filterLabel(kind: FilterKind, t: (key: string) => string): string {
  switch (kind) {
    case 'all':
      return t('supervisor:filter.all');
    case 'due-this-week':
      return t('supervisor:filter.dueThisWeek');
    case 'overdue':
      return t('supervisor:filter.overdue');
    case 're-requests-late':
      return t('supervisor:filter.reRequestsLate');
    case 'longer-than':
      return t('supervisor:filter.longerThan');
  }
}

function FilteredList({
  overview,
  review,
}: {
  readonly overview: ShelfOverview;
  readonly review: ShelfReview | null;
}) {
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  const daysId = useId();
  const daysErrorId = useId();
  const [kind, setKind] = useState<FilterKind>('all');
  const [daysText, setDaysText] = useState('30');
  const days = parseDays(daysText);
  // Before the whole shelf is read, the first page of "everything" comes from the overview.
  const found = useMemo((): { readonly items: readonly ShelfItem[]; readonly total: number } | null => {
    const filter: ShelfFilter | null =
      kind === 'longer-than' ? (days === null ? null : { kind, days }) : { kind };
    if (filter === null) return null;
    if (review !== null) {
      const items = filterShelfItems(review, filter);
      return { items, total: items.length };
    }
    if (filter.kind !== 'all') return null;
    return { items: overview.firstItems, total: overview.counts.onShelf + overview.counts.reRequested };
  }, [overview, review, kind, days]);
  const shown = found?.items.slice(0, listLimit) ?? [];
  const today = review?.today ?? overview.today;
  return (
    <>
      <fieldset className="form__group review__filters">
        <legend>{t('supervisor:filter.legend')}</legend>
        {filterKinds.map((value) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name="shelf-filter"
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
              data-testid={`filter-${value}`}
            />
            {filterLabel(value, t)}
          </label>
        ))}
        <div className="field review__days">
          <label className="field__label" htmlFor={daysId}>
            {t('supervisor:filter.days')}
          </label>
          <input
            id={daysId}
            className="field__input"
            inputMode="numeric"
            value={daysText}
            aria-invalid={days === null}
            aria-describedby={days === null ? daysErrorId : undefined}
            onChange={(event) => {
              setDaysText(event.target.value);
              setKind('longer-than');
            }}
            data-testid="filter-days"
          />
          {days === null && (
            <p id={daysErrorId} className="field__error">
              {t('supervisor:filter.daysInvalid')}
            </p>
          )}
        </div>
      </fieldset>
      <div aria-live="polite" data-testid="shelf-list">
        {found === null && days !== null && <p role="status">{t('supervisor:loadingShelf')}</p>}
        {found !== null && found.total === 0 && (
          <p data-testid="shelf-list-empty">{t('supervisor:list.empty')}</p>
        )}
        {found !== null && found.total > 0 && (
          <table className="table" data-testid="shelf-table">
            <caption>{t('supervisor:list.caption', { count: found.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('supervisor:list.receiptNumber')}</th>
                <th scope="col">{t('supervisor:list.applicant')}</th>
                <th scope="col">{t('supervisor:list.service')}</th>
                <th scope="col">{t('supervisor:list.slot')}</th>
                <th scope="col">{t('supervisor:list.lastDay')}</th>
                <th scope="col">{t('supervisor:list.daysOnShelf')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((item) => (
                <tr key={item.applicationId} data-testid="shelf-row">
                  <td>
                    <Link to={applicationPath(item.applicationId)}>{item.receiptNumber}</Link>
                  </td>
                  <td>{applicantNameOf(item)}</td>
                  <td>{serviceName(item.serviceId, language)}</td>
                  <td>{item.shelfSlot ?? t('supervisor:list.atProvider')}</td>
                  <td>
                    {item.status === 'on-shelf'
                      ? item.storageLastDay === null
                        ? ''
                        : formatPrintDate(item.storageLastDay)
                      : item.providerDueDate === null
                        ? ''
                        : t('supervisor:list.providerDue', { date: formatPrintDate(item.providerDueDate) })}
                  </td>
                  <td>{daysOnShelf(item, today) ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {found !== null && found.total > listLimit && (
          <p>{t('supervisor:list.truncated', { shown: listLimit })}</p>
        )}
      </div>
    </>
  );
}
