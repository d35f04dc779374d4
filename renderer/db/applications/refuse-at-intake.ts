import { z } from 'zod';
import {
  applicantRoles,
  err,
  findService,
  intakeRefusalReasonIds,
  receiptLanguages,
  type ApplicantRole,
  type Instant,
  type IntakeRefusalReasonId,
  type ReceiptLanguage,
  type Result,
} from '../../../shared/domain';
import {
  applicantSchema,
  instantSchema,
  representativeSchema,
  requiredText,
  serviceIdSchema,
  uuidSchema,
  validationMessages as m,
} from '../../../shared/schemas';
import { canonicalInstant, nowFrom, type WriteContext } from '../context';
import { dexieOf, type DeskDatabase } from '../database';
import { writeTransaction, type StorageError } from '../internal/transactions';
import { validationIssues, type ValidationIssue } from '../internal/validation';
import type { ApplicationRecord } from '../records';
import type { InvalidEventError } from './application-events';
import { recordIntakeDecision } from './record-intake-decision';

export interface RefuseAtIntakeInput {
  /** The draft's id: the refused application keeps it. */
  readonly applicationId: string;
  readonly serviceId: string;
  readonly applicantRole: ApplicantRole;
  /** The applicant as the refusal receipt names them (name and address are printed on it). */
  readonly applicant: unknown;
  readonly representative?: unknown;
  readonly receiptLanguage: ReceiptLanguage;
  readonly reason: IntakeRefusalReasonId;
  /** The numbered list of the refusal receipt; required for an incomplete package. */
  readonly missingDocumentIds: readonly string[];
  readonly why?: string | undefined;
  readonly startedAt: Instant;
  readonly queueTicket?: string | undefined;
}

export interface RefusedApplication {
  readonly record: ApplicationRecord;
  /** True when this id had been refused before: nothing new was written. */
  readonly alreadyRefused: boolean;
}

export type RefuseAtIntakeError =
  | { readonly kind: 'invalid-refusal'; readonly issues: readonly ValidationIssue[] }
  | { readonly kind: 'already-accepted'; readonly applicationId: string }
  | InvalidEventError
  | StorageError;

const refusalInputSchema = z
  .object({
    applicationId: uuidSchema,
    serviceId: serviceIdSchema,
    applicantRole: z.enum(applicantRoles, { error: m.common.choice }),
    applicant: applicantSchema,
    representative: representativeSchema.optional(),
    receiptLanguage: z.enum(receiptLanguages, { error: m.common.choice }),
    reason: z.enum(intakeRefusalReasonIds, { error: m.common.choice }),
    missingDocumentIds: z.array(requiredText(64), { error: m.common.invalid }),
    why: requiredText(1000).optional(),
    startedAt: instantSchema,
    queueTicket: requiredText(32).optional(),
  })
  .superRefine((refusal, ctx) => {
    const service = findService(refusal.serviceId);
    if (service === undefined) return; // reported by serviceId
    const known = service.documents.map((document) => document.id);
    refusal.missingDocumentIds.forEach((id, index) => {
      if (!known.includes(id)) {
        ctx.addIssue({
          code: 'custom',
          message: m.application.documentUnknown,
          path: ['missingDocumentIds', index],
          params: { documentId: id },
          input: id,
        });
      }
    });
    if (refusal.reason === 'incomplete-package' && refusal.missingDocumentIds.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message: m.event.missingDocumentsRequired,
        path: ['missingDocumentIds'],
        input: refusal.missingDocumentIds,
      });
    }
  });

/**
 * Records a refusal to accept at the counter — a legal fact with its refusal receipt — in one
 * transaction: the 'drafted' and 'refused-at-intake' events, their outbox rows, the projection
 * row and the removal of the draft. Refusing an id already refused returns it and writes nothing.
 */
export async function refuseAtIntake(
  db: DeskDatabase,
  input: RefuseAtIntakeInput,
  context: WriteContext,
): Promise<Result<RefusedApplication, RefuseAtIntakeError>> {
  const parsed = refusalInputSchema.safeParse(input);
  if (!parsed.success) return err({ kind: 'invalid-refusal', issues: validationIssues(parsed.error) });
  const refusal = parsed.data;
  const { session, ids } = context;
  const now = nowFrom(context.clock);
  const startedAt = canonicalInstant(refusal.startedAt);

  const scope = ['applications', 'events', 'outbox', 'counters', 'drafts'] as const;
  return writeTransaction<RefusedApplication, RefuseAtIntakeError>(
    dexieOf(db),
    scope,
    async (tables, abort) => {
      const existing = await tables.applications.get(refusal.applicationId);
      if (existing !== undefined) {
        if (existing.status !== 'refused-at-intake') {
          return abort({ kind: 'already-accepted', applicationId: refusal.applicationId });
        }
        return { record: existing, alreadyRefused: true };
      }

      const record = await recordIntakeDecision(
        tables,
        {
          applicationId: refusal.applicationId,
          serviceId: refusal.serviceId,
          startedAt,
          now,
          session,
          ids,
          decisionEvent: (base) => ({
            ...base,
            type: 'refused-at-intake',
            reason: refusal.reason,
            missingDocumentIds: refusal.missingDocumentIds,
            why: refusal.why,
          }),
          facts: {
            applicantRole: refusal.applicantRole,
            applicant: refusal.applicant,
            representative: refusal.representative ?? null,
            receiptLanguage: refusal.receiptLanguage,
            content: null,
            calendarVersion: null,
            queueTicket: refusal.queueTicket ?? null,
          },
        },
        abort,
      );
      return { record, alreadyRefused: false };
    },
  );
}
