import { z } from 'zod';
import {
  checkIntake,
  err,
  findService,
  formatReceiptNumber,
  localDateOf,
  resultDueDate,
  type CalendarError,
  type Instant,
  type IntakeAnswers,
  type IntakeBlocker,
  type IntakeQuestion,
  type ReceiptNumberError,
  type Result,
  type WorkCalendar,
} from '../../../shared/domain';
import { applicationSchema, instantSchema, requiredText, type Application } from '../../../shared/schemas';
import { canonicalInstant, nowFrom, type WriteContext } from '../context';
import { dexieOf, type DeskDatabase } from '../database';
import { receiptCounter, takeSequence } from '../internal/counters';
import { writeTransaction, type StorageError } from '../internal/transactions';
import { validationIssues, type ValidationIssue } from '../internal/validation';
import type { ApplicationRecord } from '../records';
import type { InvalidEventError } from './application-events';
import { recordIntakeDecision } from './record-intake-decision';

export interface AcceptApplicationInput {
  /** The wizard's application; checked here with applicationSchema, so it is taken as unknown. */
  readonly application: unknown;
  /** When the clerk started this intake (the draft's startedAt): the 'drafted' event's time. */
  readonly startedAt: Instant;
  readonly queueTicket?: string | undefined;
  /** The provider's working-day calendar (five-day week) the service's term is counted in. */
  readonly termCalendar: WorkCalendar;
}

export interface AcceptedApplication {
  readonly record: ApplicationRecord;
  /** True when this id had been accepted before: nothing new was written, print a copy rather than a first receipt. */
  readonly alreadyAccepted: boolean;
}

export type AcceptApplicationError =
  | { readonly kind: 'invalid-application'; readonly issues: readonly ValidationIssue[] }
  /** Date-dependent rules (externat cut-off, a parent applying for an adult…) or documents missing. */
  | {
      readonly kind: 'intake-blocked';
      readonly blockers: readonly IntakeBlocker[];
      readonly unanswered: readonly IntakeQuestion[];
    }
  /** Today is outside the calendar's coverage: load the next calendar version. */
  | { readonly kind: 'due-date-unavailable'; readonly error: CalendarError }
  /** The workstation's code is not a receipt code, or its sequence is exhausted. */
  | { readonly kind: 'receipt-number-unavailable'; readonly error: ReceiptNumberError }
  | { readonly kind: 'already-refused'; readonly applicationId: string }
  | InvalidEventError
  | StorageError;

const acceptInputSchema = z.object({
  application: applicationSchema,
  startedAt: instantSchema,
  queueTicket: requiredText(32).optional(),
});

function intakeAnswersOf(application: Application): IntakeAnswers {
  return {
    applicantRole: application.applicantRole,
    nameChanged: application.answers.nameChanged,
    documentDamaged: application.answers.documentDamaged,
    grounds: application.answers.grounds,
    birthDate: application.applicant.birthDate,
  };
}

/**
 * Accepts an application at the counter: in ONE transaction the 'drafted' and 'accepted' events,
 * their outbox rows (gap-free device sequence), the next receipt number of this workstation, the
 * projection row, and the removal of the draft — all or nothing. Accepting an id that is already
 * accepted returns the existing application and writes nothing. Print the receipt only after this
 * returns ok.
 */
export async function acceptApplication(
  db: DeskDatabase,
  input: AcceptApplicationInput,
  context: WriteContext,
): Promise<Result<AcceptedApplication, AcceptApplicationError>> {
  const parsed = acceptInputSchema.safeParse({
    application: input.application,
    startedAt: input.startedAt,
    queueTicket: input.queueTicket,
  });
  if (!parsed.success) return err({ kind: 'invalid-application', issues: validationIssues(parsed.error) });
  const { application, queueTicket } = parsed.data;
  const service = findService(application.serviceId);
  if (service === undefined)
    throw new TypeError(`applicationSchema let an unknown service through: ${application.serviceId}`);

  const { session, ids } = context;
  const now = nowFrom(context.clock);
  const startedAt = canonicalInstant(parsed.data.startedAt);
  const check = checkIntake({
    service,
    answers: intakeAnswersOf(application),
    presentedDocumentIds: application.presentedDocumentIds,
    consentGiven: application.consent.given,
    acceptedOn: localDateOf(now, session.centre.timeZone),
    schoolYearStart: application.schoolYearStart,
  });
  if (!check.canAccept)
    return err({ kind: 'intake-blocked', blockers: check.blockers, unanswered: check.unanswered });
  const due = resultDueDate({
    acceptedAt: now,
    term: service.term,
    centre: session.centre,
    termCalendar: input.termCalendar,
  });
  if (!due.ok) return err({ kind: 'due-date-unavailable', error: due.error });

  const scope = ['applications', 'events', 'outbox', 'counters', 'drafts', 'attachments'] as const;
  return writeTransaction<AcceptedApplication, AcceptApplicationError>(
    dexieOf(db),
    scope,
    async (tables, abort) => {
      const existing = await tables.applications.get(application.id);
      if (existing !== undefined) {
        if (existing.status === 'refused-at-intake')
          return abort({ kind: 'already-refused', applicationId: application.id });
        return { record: existing, alreadyAccepted: true };
      }

      const { centreCode } = session.centre;
      const { workstationCode } = session;
      const [sequence = 0] = await takeSequence(
        tables.counters,
        receiptCounter(centreCode, workstationCode),
        1,
      );
      const receiptNumber = formatReceiptNumber({ centreCode, workstationCode, sequence });
      if (!receiptNumber.ok) return abort({ kind: 'receipt-number-unavailable', error: receiptNumber.error });
      // The scans attached during the intake become part of the accepted content (by their hashes;
      // the bytes upload separately), so the provider knows exactly which scans came with it.
      const scans = (await tables.attachments.where('applicationId').equals(application.id).toArray())
        .map((scan) => ({
          sha256: scan.sha256,
          documentId: scan.documentId,
          mediaType: scan.mediaType,
          byteLength: scan.byteLength,
        }))
        .sort(
          (a, b) =>
            (a.documentId ?? '').localeCompare(b.documentId ?? '') || a.sha256.localeCompare(b.sha256),
        );
      const content: Application = scans.length === 0 ? application : { ...application, scans };

      const record = await recordIntakeDecision(
        tables,
        {
          applicationId: application.id,
          serviceId: application.serviceId,
          startedAt,
          now,
          session,
          ids,
          decisionEvent: (base) => ({
            ...base,
            type: 'accepted',
            receiptNumber: receiptNumber.value,
            dueDate: due.value.dueDate,
            calendarVersion: due.value.calendarVersion,
            presentedDocumentIds: application.presentedDocumentIds,
            application: content,
          }),
          facts: {
            applicantRole: application.applicantRole,
            applicant: application.applicant,
            representative: application.representative ?? null,
            receiptLanguage: application.receiptLanguage,
            content,
            calendarVersion: due.value.calendarVersion,
            queueTicket: queueTicket ?? null,
          },
        },
        abort,
      );
      return { record, alreadyAccepted: false };
    },
  );
}
