import { z } from 'zod';
import {
  firstReceiptCopy,
  intakeRefusalReasonIds,
  maxReceiptCopy,
  receiptLanguages,
  receiptLayouts,
  representativeRelations,
  resultKinds,
  type ApplicationEvent,
} from '../domain';
import { iinSchema } from './iin';
import { validationMessages as m } from './messages';
import { powerOfAttorneySchema } from './powerOfAttorney';
import { applicationContentSchema, serviceIdSchema } from './application';
import {
  centreCodeSchema,
  instantSchema,
  localDateSchema,
  receiptNumberSchema,
  requiredText,
  uuidSchema,
  workstationCodeSchema,
  typeError,
} from './primitives';

export const eventPlaceSchema = z.discriminatedUnion(
  'kind',
  [
    z.object(
      { kind: z.literal('desk'), centreCode: centreCodeSchema, workstationCode: workstationCodeSchema },
      typeError,
    ),
    z.object({ kind: z.literal('provider'), providerId: requiredText(64) }, typeError),
  ],
  { error: m.event.place },
);

const base = {
  id: uuidSchema,
  applicationId: uuidSchema,
  at: instantSchema,
  by: z.object({ userId: requiredText(64), name: requiredText(200) }, typeError),
  where: eventPlaceSchema,
  why: requiredText(1000).optional(),
};

const documentIdsSchema = z.array(requiredText(64), { error: m.common.invalid });

export const issuedRecipientSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('applicant') }, typeError),
    z.object(
      {
        kind: z.literal('legal-representative'),
        name: requiredText(300),
        iin: iinSchema,
        relation: z.enum(representativeRelations, { error: m.representative.relation }),
      },
      typeError,
    ),
    z.object(
      {
        kind: z.literal('representative'),
        name: requiredText(300),
        iin: iinSchema,
        powerOfAttorney: powerOfAttorneySchema,
      },
      typeError,
    ),
  ],
  { error: m.common.choice },
);

/** One event of an application's life; see shared/domain/lifecycle for what each means. */
export const applicationEventSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ ...base, type: z.literal('drafted'), serviceId: serviceIdSchema }, typeError),
    z
      .object(
        {
          ...base,
          type: z.literal('accepted'),
          receiptNumber: receiptNumberSchema,
          dueDate: localDateSchema,
          calendarVersion: requiredText(64),
          presentedDocumentIds: documentIdsSchema,
          application: applicationContentSchema,
        },
        typeError,
      )
      // The snapshot is this application's: same id; a different one would route someone else's data.
      .refine((event) => event.application.id === event.applicationId, {
        error: m.event.snapshotMismatch,
        path: ['application', 'id'],
      }),
    z
      .object(
        {
          ...base,
          type: z.literal('refused-at-intake'),
          reason: z.enum(intakeRefusalReasonIds, { error: m.common.choice }),
          missingDocumentIds: documentIdsSchema,
        },
        typeError,
      )
      // The refusal receipt lists what is missing; an "incomplete package" with nothing missing is a slip.
      .refine((event) => event.reason !== 'incomplete-package' || event.missingDocumentIds.length > 0, {
        error: m.event.missingDocumentsRequired,
        path: ['missingDocumentIds'],
      }),
    z.object({ ...base, type: z.literal('sent-to-provider'), providerId: requiredText(64) }, typeError),
    z.object({ ...base, type: z.literal('taken-into-work') }, typeError),
    z
      .object(
        {
          ...base,
          type: z.literal('result-ready'),
          resultKind: z.enum(resultKinds, { error: m.common.choice }),
        },
        typeError,
      )
      // A reasoned refusal must carry its reasons.
      .refine((event) => event.resultKind !== 'reasoned-refusal' || event.why !== undefined, {
        error: m.event.reasonRequired,
        path: ['why'],
      }),
    z.object(
      {
        ...base,
        type: z.literal('placed-on-shelf'),
        shelfSlot: requiredText(32),
        storageLastDay: localDateSchema,
      },
      typeError,
    ),
    z.object({ ...base, type: z.literal('issued'), recipient: issuedRecipientSchema }, typeError),
    z.object({ ...base, type: z.literal('returned-to-provider'), batchId: uuidSchema.optional() }, typeError),
    z.object({ ...base, type: z.literal('dispatched-to-centre') }, typeError),
    z.object({ ...base, type: z.literal('return-received'), batchId: uuidSchema.optional() }, typeError),
    z.object({ ...base, type: z.literal('re-requested'), providerDueDate: localDateSchema }, typeError),
    z.object(
      {
        ...base,
        type: z.literal('receipt-printed'),
        copy: z
          .number({ error: m.common.invalid })
          .int({ error: m.common.invalid })
          .min(firstReceiptCopy, { error: m.common.invalid })
          .max(maxReceiptCopy, { error: m.common.invalid }),
        layout: z.enum(receiptLayouts, { error: m.common.choice }),
        language: z.enum(receiptLanguages, { error: m.common.choice }),
      },
      typeError,
    ),
  ],
  { error: m.event.type },
);

// Compile-time guard: a parsed event is a domain event (schemas and types cannot drift apart).
export type ParsedApplicationEvent = z.output<typeof applicationEventSchema>;
const parsedEventIsDomainEvent = (event: ParsedApplicationEvent): ApplicationEvent => event;
void parsedEventIsDomainEvent;
