import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language, LocalDate, ReceiptLanguage } from '../../../shared/domain';
import {
  createReturnBatch,
  fileReRequest,
  searchApplications,
  type ApplicationRecord,
  type DueForReturnGroup,
  type ReturnBatchView,
} from '../../db';
import { useDesk } from '../../app/desk/use-desk';
import { applicationPath } from '../../app/screen-paths';
import { FormAlert } from '../../components/form/FormAlert';
import { Screen } from '../../components/Screen';
import '../../components/table.css';
import { returnBatchNumber } from '../../print';
import { applicantName, centreDateTime, serviceName } from '../applications/application-texts';
import { useInterfaceLanguage } from '../applications/use-interface-language';
import { printTransferAct } from './transfer-act-printing';
import { useReturns } from './use-returns';
import './returns.css';

type Notice = { readonly kind: 'ok' | 'error'; readonly text: string } | null;

/** 'DD.MM.YYYY', as dates are written in Kazakhstan. */
function localDateText(date: LocalDate | null): string {
  if (date === null) return '';
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

function nameIn(name: { readonly kk: string; readonly ru: string }, language: Language): string {
  return language === 'kk' ? name.kk : name.ru;
}

function NoticeLine({ notice }: { readonly notice: Notice }) {
  if (notice === null) return null;
  if (notice.kind === 'error') return <FormAlert message={notice.text} testId="returns-error" />;
  return (
    <p role="status" className="returns__done" data-testid="returns-done">
      {notice.text}
    </p>
  );
}

function DueGroup({
  group,
  onNotice,
}: {
  readonly group: DueForReturnGroup;
  readonly onNotice: (n: Notice) => void;
}) {
  const { t } = useTranslation();
  const desk = useDesk();
  const language = useInterfaceLanguage();
  const [busy, setBusy] = useState(false);
  const supervisor = desk.session.user.role === 'supervisor';
  const makeBatch = async () => {
    setBusy(true);
    const made = await createReturnBatch(
      desk.db,
      {
        providerBin: group.provider.bin,
        applicationIds: group.applications.map((record) => record.applicationId),
      },
      desk,
    );
    setBusy(false);
    if (made.ok) {
      onNotice({ kind: 'ok', text: t('returns:due.made', { number: returnBatchNumber(made.value.id) }) });
      return;
    }
    const key =
      made.error.kind === 'not-allowed'
        ? 'returns:errors.notAllowed'
        : made.error.kind === 'not-due'
          ? 'returns:errors.notDue'
          : 'returns:errors.failed';
    onNotice({ kind: 'error', text: t(key) });
  };
  return (
    <section className="returns__group" data-testid="due-group" data-provider-bin={group.provider.bin}>
      <h3>
        {t('returns:due.provider', { name: nameIn(group.provider.name, language), bin: group.provider.bin })}
      </h3>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('returns:column.receipt')}</th>
            <th scope="col">{t('returns:column.applicant')}</th>
            <th scope="col">{t('returns:column.service')}</th>
            <th scope="col">{t('returns:column.slot')}</th>
            <th scope="col">{t('returns:column.lastDay')}</th>
          </tr>
        </thead>
        <tbody>
          {group.applications.map((record) => (
            <tr key={record.applicationId} data-testid="due-row">
              <td>
                <Link to={applicationPath(record.applicationId)}>{record.receiptNumber}</Link>
              </td>
              <td>{applicantName(record)}</td>
              <td>{serviceName(record.serviceId, language)}</td>
              <td>{record.shelfSlot}</td>
              <td>{localDateText(record.storageLastDay)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {supervisor ? (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void makeBatch()}
          data-testid="make-batch"
        >
          {t('returns:due.makeBatch')}
        </button>
      ) : (
        <p className="returns__hint">{t('returns:due.supervisorOnly')}</p>
      )}
    </section>
  );
}

function BatchCard({
  view,
  onNotice,
}: {
  readonly view: ReturnBatchView;
  readonly onNotice: (n: Notice) => void;
}) {
  const { t, i18n } = useTranslation();
  const desk = useDesk();
  const language = useInterfaceLanguage();
  const [busy, setBusy] = useState(false);
  const print = async (actLanguage: ReceiptLanguage) => {
    setBusy(true);
    const printed = await printTransferAct(
      { db: desk.db, clock: desk.clock, centre: desk.centre, i18n, t },
      view,
      actLanguage,
    );
    setBusy(false);
    onNotice(
      printed.ok
        ? { kind: 'ok', text: t('returns:batches.printed') }
        : { kind: 'error', text: printed.message },
    );
  };
  return (
    <li className="returns__batch" data-testid="return-batch" data-batch-id={view.batch.id}>
      <h3>{t('returns:batches.number', { number: returnBatchNumber(view.batch.id) })}</h3>
      <p>
        {nameIn(view.batch.providerName, language)} ·{' '}
        {t('returns:batches.created', {
          date: centreDateTime(view.batch.createdAt, desk.session.centre.timeZone),
          name: view.batch.createdBy.name,
        })}{' '}
        · {t('returns:batches.items', { count: view.items.length })}
      </p>
      <p className={view.confirmed ? 'returns__confirmed' : 'returns__waiting'} data-testid="batch-state">
        {view.confirmed ? t('returns:batches.confirmed') : t('returns:batches.waiting')}
      </p>
      <div className="returns__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => void print('kk')}
          data-testid="print-act-kk"
        >
          {t('returns:batches.printKk')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => void print('ru')}
          data-testid="print-act-ru"
        >
          {t('returns:batches.printRu')}
        </button>
      </div>
    </li>
  );
}

function ReRequestSearch({ onNotice }: { readonly onNotice: (n: Notice) => void }) {
  const { t } = useTranslation();
  const desk = useDesk();
  const language = useInterfaceLanguage();
  const [text, setText] = useState('');
  const [found, setFound] = useState<readonly ApplicationRecord[] | null>(null);
  const search = async (event: FormEvent) => {
    event.preventDefault();
    const result = await searchApplications(desk.db, text);
    setFound(result.applications.filter((record) => record.status === 'returned-to-provider'));
  };
  const file = async (record: ApplicationRecord) => {
    const filed = await fileReRequest(desk.db, record.applicationId, desk);
    if (filed.ok) {
      setFound((current) => current?.filter((one) => one.applicationId !== record.applicationId) ?? null);
      onNotice({
        kind: 'ok',
        text: t('returns:reRequest.filed', { date: localDateText(filed.value.providerDueDate) }),
      });
      return;
    }
    onNotice({
      kind: 'error',
      text: t(filed.error.kind === 'not-returned' ? 'returns:errors.notReturned' : 'returns:errors.failed'),
    });
  };
  return (
    <section className="returns__section" aria-labelledby="returns-re-request">
      <h2 id="returns-re-request">{t('returns:reRequest.title')}</h2>
      <form
        role="search"
        className="search-box"
        onSubmit={(event) => void search(event)}
        data-testid="re-request-search"
      >
        <div className="field">
          <label className="field__label" htmlFor="returns-re-request-query">
            {t('returns:reRequest.search')}
          </label>
          <div className="search-box__controls">
            <input
              id="returns-re-request-query"
              className="field__input"
              type="search"
              autoComplete="off"
              value={text}
              onChange={(event) => setText(event.target.value)}
              data-testid="re-request-query"
            />
            <button type="submit" className="button">
              {t('returns:reRequest.find')}
            </button>
          </div>
        </div>
      </form>
      {found !== null && found.length === 0 && (
        <p data-testid="re-request-none">{t('returns:reRequest.none')}</p>
      )}
      {found !== null && found.length > 0 && (
        <table className="table">
          <tbody>
            {found.map((record) => (
              <tr key={record.applicationId} data-testid="re-request-candidate">
                <td>{record.receiptNumber}</td>
                <td>{applicantName(record)}</td>
                <td>{serviceName(record.serviceId, language)}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    onClick={() => void file(record)}
                    data-testid="file-re-request"
                  >
                    {t('returns:reRequest.file')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function ReturnsScreen() {
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  const data = useReturns();
  const [notice, setNotice] = useState<Notice>(null);
  return (
    <Screen title={t('returns:title')} description={t('returns:description')}>
      <NoticeLine notice={notice} />
      {data.state === 'failed' && <FormAlert message={t('returns:errors.failed')} />}
      {data.state === 'ready' && (
        <>
          <section className="returns__section" aria-labelledby="returns-due" data-testid="returns-due">
            <h2 id="returns-due">{t('returns:due.title')}</h2>
            {data.due.length === 0 ? (
              <p>{t('returns:due.empty')}</p>
            ) : (
              data.due.map((group) => (
                <DueGroup key={group.provider.bin} group={group} onNotice={setNotice} />
              ))
            )}
          </section>
          <section
            className="returns__section"
            aria-labelledby="returns-batches"
            data-testid="returns-batches"
          >
            <h2 id="returns-batches">{t('returns:batches.title')}</h2>
            {data.batches.length === 0 ? (
              <p>{t('returns:batches.empty')}</p>
            ) : (
              <ul className="returns__batches">
                {data.batches.map((view) => (
                  <BatchCard key={view.batch.id} view={view} onNotice={setNotice} />
                ))}
              </ul>
            )}
          </section>
          <ReRequestSearch onNotice={setNotice} />
          <section
            className="returns__section"
            aria-labelledby="returns-waiting"
            data-testid="returns-waiting"
          >
            <h2 id="returns-waiting">{t('returns:waiting.title')}</h2>
            {data.reRequests.length === 0 ? (
              <p>{t('returns:waiting.empty')}</p>
            ) : (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('returns:column.receipt')}</th>
                    <th scope="col">{t('returns:column.applicant')}</th>
                    <th scope="col">{t('returns:column.service')}</th>
                    <th scope="col">{t('returns:column.dueBy')}</th>
                    <th scope="col">{t('returns:column.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.reRequests.map(({ record, dispatched, late }) => (
                    <tr
                      key={record.applicationId}
                      data-testid="re-request-row"
                      className={late ? 'returns__late' : undefined}
                    >
                      <td>
                        <Link to={applicationPath(record.applicationId)}>{record.receiptNumber}</Link>
                      </td>
                      <td>{applicantName(record)}</td>
                      <td>{serviceName(record.serviceId, language)}</td>
                      <td>
                        {localDateText(record.providerDueDate)}
                        {late && <strong className="returns__late-mark"> {t('returns:waiting.late')}</strong>}
                      </td>
                      <td>
                        {dispatched ? t('returns:waiting.dispatched') : t('returns:waiting.notDispatched')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </Screen>
  );
}
