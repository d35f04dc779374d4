import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findService } from '../../../shared/domain';
import { formatPrintDate } from '../../print';
import { useCatalogueText } from './use-catalogue-text';
import { useReceiptPrintDeps, type IntakeOutcome } from './use-intake-decision';
import { StepHeading } from './steps/StepHeading';
import { getHost } from '../../host';
import { hostSavesPdf } from './pdf-saving';
import {
  printAcceptanceReceipt,
  printRefusalReceipt,
  refusalReceiptReasonOf,
  saveReceiptPdf,
} from './receipt-printing';

/** After the decision: the receipt number (or the refusal), printing again, and the next applicant. */
export function OutcomePanel({
  outcome,
  onNext,
}: {
  readonly outcome: IntakeOutcome;
  readonly onNext: () => void;
}) {
  const { t } = useTranslation();
  const text = useCatalogueText();
  const deps = useReceiptPrintDeps();
  const [record, setRecord] = useState(outcome.record);
  const [printProblem, setPrintProblem] = useState(
    outcome.print?.ok === false ? outcome.print.message : undefined,
  );
  const [printing, setPrinting] = useState(false);
  const service = findService(record.serviceId);
  const accepted = outcome.kind === 'accepted';
  const printsReceipt = accepted || refusalReceiptReasonOf(record) !== undefined;
  const [canSavePdf, setCanSavePdf] = useState(false);
  const [savedPath, setSavedPath] = useState<string | undefined>(undefined);

  useEffect(() => {
    let current = true;
    void getHost()
      .getAppInfo()
      .then((info) => current && setCanSavePdf(hostSavesPdf(info)));
    return () => {
      current = false;
    };
  }, []);

  const savePdf = async () => {
    setPrinting(true);
    const saved = await saveReceiptPdf(deps, record, outcome.layout);
    setPrinting(false);
    setSavedPath(saved.ok ? saved.path : undefined);
    setPrintProblem(saved.ok ? undefined : saved.message);
  };

  const printAgain = async () => {
    setPrinting(true);
    const printed = accepted
      ? await printAcceptanceReceipt(deps, record, outcome.layout)
      : await printRefusalReceipt(deps, record, outcome.layout);
    setPrinting(false);
    if (printed.ok) setRecord(printed.record);
    setPrintProblem(printed.ok ? undefined : printed.message);
  };

  return (
    <section className="panel intake-outcome">
      <StepHeading>{accepted ? t('intake:outcome.accepted') : t('intake:outcome.refused')}</StepHeading>
      <dl className="facts">
        <dt>{t('intake:review.service')}</dt>
        <dd>{service === undefined ? record.serviceId : text(service.name)}</dd>
        {record.receiptNumber === null ? null : (
          <>
            <dt>{t('intake:outcome.receiptNumber')}</dt>
            <dd data-testid="receipt-number">{record.receiptNumber}</dd>
          </>
        )}
        {record.dueDate === null ? null : (
          <>
            <dt>{t('intake:outcome.dueDate')}</dt>
            <dd data-testid="due-date">{formatPrintDate(record.dueDate)}</dd>
          </>
        )}
      </dl>
      {printProblem === undefined ? null : (
        <p className="panel__error" role="alert">
          {printProblem}
        </p>
      )}
      <p role="status">{savedPath === undefined ? '' : t('intake:outcome.savedPdf', { path: savedPath })}</p>
      <div className="intake-actions">
        {printsReceipt && canSavePdf ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={printing}
            onClick={() => void savePdf()}
          >
            {t('intake:outcome.savePdf')}
          </button>
        ) : null}
        {printsReceipt ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={printing}
            onClick={() => void printAgain()}
          >
            {accepted && record.receiptCopiesPrinted > 0
              ? t('intake:outcome.reprint')
              : t('intake:outcome.print')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onNext}>
          {t('intake:outcome.next')}
        </button>
      </div>
    </section>
  );
}
