import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkArrivingResult, placeOnShelf, type ReceivingCheck } from '../../db';
import { useDesk } from '../../app/desk/use-desk';
import { FormAlert } from '../../components/form/FormAlert';
import { applicantName, serviceName, statusText } from '../applications/application-texts';
import { useInterfaceLanguage } from '../applications/use-interface-language';
import { localDateText, placeErrorText, resultKindText } from './shelf-texts';

type Notice = { readonly kind: 'ok' | 'error'; readonly text: string } | null;

function flagText(
  check: Extract<ReceivingCheck, { kind: 'flagged' }>,
  t: ReturnType<typeof useTranslation>['t'],
) {
  const { flag, record } = check;
  const receiptNumber = flag.receiptNumber;
  switch (flag.kind) {
    case 'no-matching-application':
      return t('shelf:receive.flag.no-matching-application', { receiptNumber });
    case 'received-twice':
      return t('shelf:receive.flag.received-twice', { receiptNumber, slot: record?.shelfSlot ?? '' });
    case 'not-expected':
      return t('shelf:receive.flag.not-expected', {
        receiptNumber,
        status: record === null ? '' : statusText(record.status, t),
      });
  }
}

/**
 * Receiving a result onto the shelf: the receipt number (a scanner types it and presses Enter),
 * the application it belongs to, a slot (the first free one suggested), then one confirmation.
 * Anything unexpected is flagged for the supervisor rather than accepted.
 */
export function ReceivePanel() {
  const { t } = useTranslation();
  const desk = useDesk();
  const language = useInterfaceLanguage();
  const headingId = useId();
  const receiptId = useId();
  const receiptHintId = useId();
  const slotId = useId();
  const slotHintId = useId();
  const receiptInput = useRef<HTMLInputElement>(null);
  const [receiptNumber, setReceiptNumber] = useState('');
  const [check, setCheck] = useState<ReceivingCheck | null>(null);
  const [slot, setSlot] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  const lookUp = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setNotice(null);
    // The item found before goes while this one is looked up: a slot typed into its form meanwhile
    // would be replaced by the new suggestion, or placed for the wrong result.
    setCheck(null);
    const checked = await checkArrivingResult(desk.db, receiptNumber, desk);
    setBusy(false);
    if (!checked.ok) {
      setCheck(null);
      setNotice({
        kind: 'error',
        text:
          checked.error.kind === 'receipt-number-required'
            ? t('shelf:receive.error.receipt-number-required')
            : t('shelf:receive.error.failed'),
      });
      return;
    }
    setCheck(checked.value);
    if (checked.value.kind === 'expected') setSlot(checked.value.suggestedSlot ?? '');
  };

  const place = async (event: FormEvent) => {
    event.preventDefault();
    if (check?.kind !== 'expected') return;
    setBusy(true);
    const placed = await placeOnShelf(desk.db, { applicationId: check.record.applicationId, slot }, desk);
    setBusy(false);
    if (!placed.ok) {
      setNotice({ kind: 'error', text: placeErrorText(placed.error, t) });
      return;
    }
    setNotice({
      kind: 'ok',
      text: t('shelf:receive.placed', {
        receiptNumber: placed.value.record.receiptNumber ?? '',
        slot: placed.value.slot,
        lastDay: localDateText(placed.value.storageLastDay),
      }),
    });
    setCheck(null);
    setReceiptNumber('');
    setSlot('');
    receiptInput.current?.focus();
  };

  return (
    <section className="panel" aria-labelledby={headingId} data-testid="shelf-receive">
      <h2 id={headingId} className="panel__title">
        {t('shelf:receive.heading')}
      </h2>
      <form className="form" noValidate onSubmit={(event) => void lookUp(event)}>
        <div className="field">
          <label className="field__label" htmlFor={receiptId}>
            {t('shelf:receive.receiptNumber')}
          </label>
          <span id={receiptHintId} className="field__hint">
            {t('shelf:receive.receiptHint')}
          </span>
          <input
            id={receiptId}
            ref={receiptInput}
            className="field__input"
            autoComplete="off"
            aria-describedby={receiptHintId}
            value={receiptNumber}
            onChange={(event) => setReceiptNumber(event.target.value)}
          />
        </div>
        <div>
          <button type="submit" className="button" disabled={busy}>
            {t('shelf:receive.find')}
          </button>
        </div>
      </form>
      {check?.kind === 'flagged' && <FormAlert message={flagText(check, t)} testId="shelf-flagged" />}
      {check?.kind === 'expected' && (
        <form
          className="form"
          noValidate
          onSubmit={(event) => void place(event)}
          data-testid="shelf-expected"
        >
          <dl className="facts">
            <dt>{t('shelf:receive.applicant')}</dt>
            <dd>{applicantName(check.record)}</dd>
            <dt>{t('shelf:receive.service')}</dt>
            <dd>{serviceName(check.record.serviceId, language)}</dd>
            <dt>{t('shelf:receive.result')}</dt>
            <dd>{resultKindText(check.record.resultKind, language, t)}</dd>
          </dl>
          <div className="field">
            <label className="field__label" htmlFor={slotId}>
              {t('shelf:receive.slot')}
            </label>
            <span id={slotHintId} className="field__hint">
              {check.suggestedSlot === null ? t('shelf:receive.shelfFull') : t('shelf:receive.slotHint')}
            </span>
            <input
              id={slotId}
              className="field__input"
              autoComplete="off"
              aria-describedby={slotHintId}
              value={slot}
              onChange={(event) => setSlot(event.target.value)}
            />
          </div>
          <div>
            <button type="submit" className="button" disabled={busy}>
              {t('shelf:receive.place')}
            </button>
          </div>
        </form>
      )}
      {notice?.kind === 'error' && <FormAlert message={notice.text} testId="shelf-receive-error" />}
      {notice?.kind === 'ok' && (
        <p role="status" data-testid="shelf-received">
          {notice.text}
        </p>
      )}
    </section>
  );
}
