import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { normalizeSlot, type ShelfLayout } from '../../../shared/domain';
import {
  finishStockTake,
  getSetting,
  readStockTakeReport,
  recordStockTakeScan,
  startStockTake,
  type ScanOutcome,
  type StockTakeError,
  type StockTakeReport,
  type StockTakeView,
} from '../../db';
import { useDesk } from '../../app/desk/use-desk';
import { centreDateTime, centreTime, statusText } from '../applications/application-texts';
import { formatPrintDate } from '../../print';
import { applicantNameOf, listLimit } from './ShelfReviewPanel';
import { printStockTakeReport } from './stock-take-printing';
import { useStockTake } from './use-stock-take';

/** "A-2-07": what a slot label looks like (shared/domain normalizeSlot reads the same shape). */
const slotLabelShape = /^\s*[A-Za-z0-9]{1,3}-\d{1,3}-\d{1,3}\s*$/u;

/** The latest scans the panel lists; the count covers them all. */
const scansShown = 20;

type Message = { readonly tone: 'ok' | 'warning' | 'error'; readonly kind: string; readonly text: string };

function errorText(error: StockTakeError, t: TFunction): string {
  switch (error.kind) {
    case 'empty-scan':
      return t('supervisor:stockTake.error.emptyScan');
    case 'unknown-slot':
      return t('supervisor:stockTake.error.unknownSlot', { slot: error.slot });
    case 'already-finished':
      return t('supervisor:stockTake.error.finished');
    case 'supervisors-only':
      return t('supervisor:supervisorsOnly');
    case 'not-found':
    case 'storage-failed':
      return t('supervisor:stockTake.error.failed');
  }
}

function outcomeMessage(outcome: ScanOutcome, zone: Parameters<typeof centreTime>[1], t: TFunction): Message {
  const number = outcome.scan.receiptNumber;
  if (outcome.kind === 'duplicate')
    return {
      tone: 'warning',
      kind: 'duplicate',
      text: t('supervisor:stockTake.finding.duplicate', {
        number,
        time: centreTime(outcome.scan.scannedAt, zone),
      }),
    };
  const finding = outcome.finding;
  switch (finding.kind) {
    case 'on-shelf':
      return {
        tone: 'ok',
        kind: 'on-shelf',
        text:
          finding.shelfSlot === null
            ? t('supervisor:stockTake.finding.recordedNoSlot', { number })
            : t('supervisor:stockTake.finding.recorded', { number, slot: finding.shelfSlot }),
      };
    case 'wrong-slot':
      return {
        tone: 'warning',
        kind: 'wrong-slot',
        text: t('supervisor:stockTake.finding.wrongSlot', {
          number,
          slot: finding.shelfSlot ?? '',
          foundIn: finding.foundIn,
        }),
      };
    case 'unknown':
      return {
        tone: 'warning',
        kind: 'unknown',
        text: t('supervisor:stockTake.finding.unknown', { number }),
      };
    case 'not-on-shelf':
      return {
        tone: 'warning',
        kind: 'not-on-shelf',
        text: t('supervisor:stockTake.finding.notOnShelf', { number, status: statusText(finding.status, t) }),
      };
  }
}

export function StockTakePanel() {
  const { t } = useTranslation();
  const headingId = useId();
  const stockTake = useStockTake();
  const { db, clock, ids, session } = useDesk();
  const [problem, setProblem] = useState<string | null>(null);
  // The comparison of a finished stock-take: what finishing answered, or what "show" read again.
  const [report, setReport] = useState<StockTakeReport | null>(null);
  const start = async () => {
    const started = await startStockTake(db, { clock, ids, session });
    setProblem(started.ok ? null : errorText(started.error, t));
    if (started.ok) setReport(null);
  };
  const showReport = async (stockTakeId: string) => {
    const read = await readStockTakeReport(db, stockTakeId, session);
    if (read.ok) setReport(read.value);
    else setProblem(errorText(read.error, t));
  };
  return (
    <section className="panel review" aria-labelledby={headingId} data-testid="stock-take">
      <h2 id={headingId} className="panel__title">
        {t('supervisor:stockTake.heading')}
      </h2>
      <p>{t('supervisor:stockTake.intro')}</p>
      {stockTake.state === 'failed' && (
        <p role="alert" className="panel__error">
          {t('supervisor:failed')}
        </p>
      )}
      {stockTake.state === 'ready' && (
        <>
          {(stockTake.view.stockTake === null || stockTake.view.stockTake.finishedAt !== null) && (
            <div>
              <button
                type="button"
                className="button"
                onClick={() => void start()}
                data-testid="stock-take-start"
              >
                {stockTake.view.stockTake === null
                  ? t('supervisor:stockTake.start')
                  : t('supervisor:stockTake.startAgain')}
              </button>
            </div>
          )}
          {problem !== null && (
            <p role="alert" className="panel__error">
              {problem}
            </p>
          )}
          {stockTake.view.stockTake !== null && (
            <StockTakeBody
              view={stockTake.view}
              report={report?.stockTake.id === stockTake.view.stockTake.id ? report : null}
              onFinished={setReport}
              onShowReport={(id) => void showReport(id)}
            />
          )}
        </>
      )}
    </section>
  );
}

function StockTakeBody({
  view,
  report,
  onFinished,
  onShowReport,
}: {
  readonly view: StockTakeView;
  readonly report: StockTakeReport | null;
  readonly onFinished: (report: StockTakeReport) => void;
  readonly onShowReport: (stockTakeId: string) => void;
}) {
  const { t } = useTranslation();
  const { session } = useDesk();
  const stockTake = view.stockTake;
  if (stockTake === null) return null;
  const zone = session.centre.timeZone;
  return (
    <>
      <p data-testid="stock-take-started">
        {t('supervisor:stockTake.started', {
          time: centreDateTime(stockTake.startedAt, zone),
          name: stockTake.startedBy.name,
        })}
        {stockTake.finishedAt !== null &&
          ` · ${t('supervisor:stockTake.finishedAt', { time: centreDateTime(stockTake.finishedAt, zone) })}`}
      </p>
      {stockTake.finishedAt === null && <ScanForm stockTakeId={stockTake.id} onFinished={onFinished} />}
      {stockTake.finishedAt !== null && report === null && (
        <div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onShowReport(stockTake.id)}
            data-testid="stock-take-show-report"
          >
            {t('supervisor:stockTake.report.show')}
          </button>
        </div>
      )}
      <table className="table" data-testid="stock-take-scans">
        <caption>{t('supervisor:stockTake.scansCaption', { count: view.scans.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('supervisor:list.receiptNumber')}</th>
            <th scope="col">{t('supervisor:list.slot')}</th>
            <th scope="col">{t('supervisor:stockTake.scannedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {view.scans.slice(0, scansShown).map((scan) => (
            <tr key={scan.receiptNumber} data-testid="stock-take-scan">
              <td>{scan.receiptNumber}</td>
              <td>{scan.slot ?? ''}</td>
              <td>{centreTime(scan.scannedAt, zone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report !== null && <ReportView report={report} />}
    </>
  );
}

function ScanForm({
  stockTakeId,
  onFinished,
}: {
  readonly stockTakeId: string;
  readonly onFinished: (report: StockTakeReport) => void;
}) {
  const { t } = useTranslation();
  const { db, clock, ids, session } = useDesk();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [slot, setSlot] = useState<string | null>(null);
  const [layout, setLayout] = useState<ShelfLayout | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [finishing, setFinishing] = useState(false);
  useEffect(() => {
    void getSetting(db, 'shelfLayout').then(setLayout);
  }, [db]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const scanned = text;
    setText('');
    input.current?.focus();
    const asSlot = layout === null ? null : normalizeSlot(layout, scanned);
    if (asSlot !== null) {
      setSlot(asSlot);
      setMessage({
        tone: 'ok',
        kind: 'slot',
        text: t('supervisor:stockTake.finding.slotSet', { slot: asSlot }),
      });
      return;
    }
    // Shaped like a slot label but not a slot of this shelf: a wrong label, not an item.
    if (slotLabelShape.test(scanned)) {
      setMessage({
        tone: 'error',
        kind: 'unknown-slot',
        text: errorText({ kind: 'unknown-slot', slot: scanned.trim() }, t),
      });
      return;
    }
    const recorded = await recordStockTakeScan(db, { stockTakeId, scanned, slot }, { clock, ids, session });
    setMessage(
      recorded.ok
        ? outcomeMessage(recorded.value, session.centre.timeZone, t)
        : { tone: 'error', kind: recorded.error.kind, text: errorText(recorded.error, t) },
    );
  };

  const finish = async () => {
    setFinishing(true);
    const finished = await finishStockTake(db, stockTakeId, { clock, ids, session });
    setFinishing(false);
    if (finished.ok) onFinished(finished.value);
    else setMessage({ tone: 'error', kind: finished.error.kind, text: errorText(finished.error, t) });
  };

  return (
    <>
      <form className="form review__scan" noValidate onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label className="field__label" htmlFor={inputId}>
            {t('supervisor:stockTake.scanLabel')}
          </label>
          <input
            id={inputId}
            ref={input}
            className="field__input"
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(event) => setText(event.target.value)}
            data-testid="stock-take-input"
          />
        </div>
        <div className="form__row">
          <button type="submit" className="button">
            {t('supervisor:stockTake.scan')}
          </button>
          {slot !== null && (
            <button type="button" className="button button--secondary" onClick={() => setSlot(null)}>
              {t('supervisor:stockTake.clearSlot')}
            </button>
          )}
        </div>
        <p data-testid="stock-take-slot">
          {slot === null ? t('supervisor:stockTake.noSlot') : t('supervisor:stockTake.slot', { slot })}
        </p>
      </form>
      <div aria-live="polite" role="status" data-testid="scan-outcome">
        {message !== null && (
          <p className={`scan-message scan-message--${message.tone}`} data-kind={message.kind}>
            {message.text}
          </p>
        )}
      </div>
      <div>
        <button
          type="button"
          className="button button--secondary"
          disabled={finishing}
          onClick={() => void finish()}
          data-testid="stock-take-finish"
        >
          {t('supervisor:stockTake.finish')}
        </button>
      </div>
    </>
  );
}

function ReportView({ report }: { readonly report: StockTakeReport }) {
  const { t, i18n } = useTranslation();
  const { centre } = useDesk();
  const [printProblem, setPrintProblem] = useState<string | null>(null);
  const print = async (language: 'kk' | 'ru') => {
    const failed = await printStockTakeReport({ centre, i18n, t }, report, language);
    setPrintProblem(
      failed === null ? null : t('supervisor:stockTake.report.printFailed', { reason: failed }),
    );
  };
  return (
    <section className="review__report" data-testid="stock-take-report">
      <h3>{t('supervisor:stockTake.report.heading')}</h3>
      <p>
        {t('supervisor:stockTake.report.onShelf', { count: report.onShelf, scanned: report.scans.length })}
      </p>
      <h4>{t('supervisor:stockTake.report.missing')}</h4>
      {report.missing.length === 0 ? (
        <p data-testid="report-missing-none">{t('supervisor:stockTake.report.none')}</p>
      ) : (
        <table className="table" data-testid="report-missing">
          <thead>
            <tr>
              <th scope="col">{t('supervisor:list.receiptNumber')}</th>
              <th scope="col">{t('supervisor:list.applicant')}</th>
              <th scope="col">{t('supervisor:list.slot')}</th>
              <th scope="col">{t('supervisor:list.lastDay')}</th>
            </tr>
          </thead>
          <tbody>
            {report.missing.slice(0, listLimit).map((item) => (
              <tr key={item.applicationId}>
                <td>{item.receiptNumber}</td>
                <td>{applicantNameOf(item)}</td>
                <td>{item.shelfSlot ?? ''}</td>
                <td>{item.storageLastDay === null ? '' : formatPrintDate(item.storageLastDay)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>{t('supervisor:stockTake.report.unexpected')}</h4>
      {report.unexpected.length === 0 ? (
        <p data-testid="report-unexpected-none">{t('supervisor:stockTake.report.none')}</p>
      ) : (
        <table className="table" data-testid="report-unexpected">
          <thead>
            <tr>
              <th scope="col">{t('supervisor:list.receiptNumber')}</th>
              <th scope="col">{t('supervisor:list.slot')}</th>
              <th scope="col">{t('supervisor:stockTake.report.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {report.unexpected.map((item) => (
              <tr key={item.receiptNumber}>
                <td>{item.receiptNumber}</td>
                <td>{item.slot ?? ''}</td>
                <td>
                  {item.status === null
                    ? t('supervisor:stockTake.report.unknown')
                    : statusText(item.status, t)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.misplaced.length > 0 && (
        <>
          <h4>{t('supervisor:stockTake.report.misplaced')}</h4>
          <table className="table" data-testid="report-misplaced">
            <thead>
              <tr>
                <th scope="col">{t('supervisor:list.receiptNumber')}</th>
                <th scope="col">{t('supervisor:stockTake.report.recordedSlot')}</th>
                <th scope="col">{t('supervisor:stockTake.report.foundIn')}</th>
              </tr>
            </thead>
            <tbody>
              {report.misplaced.map((item) => (
                <tr key={item.receiptNumber}>
                  <td>{item.receiptNumber}</td>
                  <td>{item.shelfSlot ?? ''}</td>
                  <td>{item.foundIn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="form__row">
        <button
          type="button"
          className="button"
          onClick={() => void print('kk')}
          data-testid="print-report-kk"
        >
          {t('supervisor:stockTake.report.printKk')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void print('ru')}
          data-testid="print-report-ru"
        >
          {t('supervisor:stockTake.report.printRu')}
        </button>
      </div>
      {printProblem !== null && (
        <p role="alert" className="panel__error">
          {printProblem}
        </p>
      )}
    </section>
  );
}
