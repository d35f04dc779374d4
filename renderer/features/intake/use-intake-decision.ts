import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeCheck, ReceiptLayout } from '../../../shared/domain';
import { acceptApplication, getWorkCalendar, refuseAtIntake, type ApplicationRecord } from '../../db';
import { useDesk } from '../../app/desk/use-desk';
import { decisionProblems } from './decision-problems';
import { applicationOf, type IntakeFormValues } from './intake-form';
import {
  printAcceptanceReceipt,
  printRefusalReceipt,
  refusalReceiptReasonOf,
  type PrintOutcome,
  type ReceiptPrintDeps,
} from './receipt-printing';

/**
 * The provider's working days (five-day week) the service's term is counted in: the calendar data
 * installed at this desk with the supervisor's overrides, or the bundled data until any is installed.
 */
const providerWeek = 'five-day';

export interface IntakeOutcome {
  readonly kind: 'accepted' | 'refused';
  readonly record: ApplicationRecord;
  readonly layout: ReceiptLayout;
  /** The receipt's print (null: this refusal hands over no receipt). */
  readonly print: PrintOutcome | null;
}

export function useReceiptPrintDeps(): ReceiptPrintDeps {
  const { db, clock, ids, session, centre } = useDesk();
  const { t, i18n } = useTranslation();
  return { db, clock, ids, session, centre, i18n, t };
}

/**
 * Accept or refuse, then — only after the database committed — print the receipt. A failed print
 * leaves the decision standing; the outcome screen offers to print again.
 */
export function useIntakeDecision(onDecided: (outcome: IntakeOutcome) => void) {
  const deps = useReceiptPrintDeps();
  const { t } = deps;
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const fail = (texts: string[]) => {
    setProblems(texts);
    setBusy(false);
  };

  const accept = async (values: IntakeFormValues) => {
    setBusy(true);
    const termCalendar = await getWorkCalendar(deps.db, providerWeek).catch(() => undefined);
    if (termCalendar === undefined || !termCalendar.ok) return fail([t('intake:decision.error.dueDate')]);
    const accepted = await acceptApplication(
      deps.db,
      {
        application: applicationOf(values),
        startedAt: values.startedAt,
        queueTicket: values.queueTicket.trim() === '' ? undefined : values.queueTicket.trim(),
        termCalendar: termCalendar.value,
      },
      deps,
    );
    if (!accepted.ok) return fail(decisionProblems(accepted.error, t));
    const layout = values.receiptLayout;
    const print = await printAcceptanceReceipt(deps, accepted.value.record, layout);
    onDecided({ kind: 'accepted', record: print.ok ? print.record : accepted.value.record, layout, print });
  };

  const refuse = async (values: IntakeFormValues, check: IntakeCheck) => {
    const [first] = check.blockers;
    if (first === undefined) return;
    setBusy(true);
    const application = applicationOf(values);
    const refused = await refuseAtIntake(
      deps.db,
      {
        applicationId: values.id,
        serviceId: values.serviceId,
        applicantRole: values.applicantRole,
        applicant: application.applicant,
        representative: application.representative,
        receiptLanguage: values.receiptLanguage,
        reason: first.reason,
        missingDocumentIds: first.reason === 'incomplete-package' ? first.missing.map((d) => d.id) : [],
        startedAt: values.startedAt,
        queueTicket: values.queueTicket.trim() === '' ? undefined : values.queueTicket.trim(),
      },
      deps,
    );
    if (!refused.ok) return fail(decisionProblems(refused.error, t));
    const { record } = refused.value;
    const layout = values.receiptLayout;
    const print =
      refusalReceiptReasonOf(record) === undefined ? null : await printRefusalReceipt(deps, record, layout);
    onDecided({ kind: 'refused', record, layout, print });
  };

  return { busy, problems, accept, refuse };
}
