import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isReceiptLanguage } from './receipt-language';
import { deleteDraft, listDrafts, removeAttachmentsOf } from '../../db';
import { useDesk } from '../../app/desk/use-desk';
import { newIntakeValues, valuesOfDraft, type IntakeFormValues } from './intake-form';
import { resumeStep } from './intake-steps';
import { IntakeWizard } from './IntakeWizard';
import { OutcomePanel } from './OutcomePanel';
import { StartPanel } from './StartPanel';
import type { IntakeOutcome } from './use-intake-decision';

type DeskState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'waiting' }
  | { readonly kind: 'intake'; readonly values: IntakeFormValues }
  | { readonly kind: 'decided'; readonly outcome: IntakeOutcome }
  | { readonly kind: 'failed' };

/** Waiting for an applicant → the intake (a saved draft resumes) → the decision → the next applicant. */
export function IntakeDesk() {
  const { t, i18n } = useTranslation();
  const { db, clock, ids } = useDesk();
  const [state, setState] = useState<DeskState>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    // The newest unfinished intake continues after a reload or a crash.
    listDrafts(db).then(
      ([newest]) => {
        if (cancelled) return;
        setState(
          newest === undefined ? { kind: 'waiting' } : { kind: 'intake', values: valuesOfDraft(newest) },
        );
      },
      () => {
        if (!cancelled) setState({ kind: 'failed' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [db]);

  const start = (queueTicket: string) =>
    setState({
      kind: 'intake',
      values: newIntakeValues({
        id: ids.uuid(),
        startedAt: clock.now(),
        queueTicket,
        receiptLanguage: isReceiptLanguage(i18n.language) ? i18n.language : 'kk',
      }),
    });

  // The wizard goes first (its pending autosave is cancelled), then its draft and its scans.
  const discard = (draftId: string) => {
    setState({ kind: 'waiting' });
    void Promise.all([deleteDraft(db, draftId), removeAttachmentsOf(db, draftId)]).then(
      ([deleted, scans]) => {
        if (!deleted.ok || !scans.ok) setState({ kind: 'failed' });
      },
    );
  };

  switch (state.kind) {
    case 'loading':
      return <p role="status">{t('intake:loading')}</p>;
    case 'failed':
      return <p role="alert">{t('intake:loadFailed')}</p>;
    case 'waiting':
      return <StartPanel onStart={start} />;
    case 'intake':
      return (
        <IntakeWizard
          key={state.values.id}
          initialValues={state.values}
          initialStep={resumeStep(state.values)}
          onDecided={(outcome) => setState({ kind: 'decided', outcome })}
          onDiscard={() => discard(state.values.id)}
        />
      );
    case 'decided':
      return <OutcomePanel outcome={state.outcome} onNext={() => setState({ kind: 'waiting' })} />;
  }
}
