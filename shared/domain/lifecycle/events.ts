import type { IntakeRefusalReasonId } from '../catalogue/intakeRefusal';
import type { ResultKind } from '../catalogue/vocabulary';
import type { ReceiptLanguage } from '../localizedText';
import type { PowerOfAttorney } from '../people/powerOfAttorney';
import type { RepresentativeRelation } from '../people/representative';
import type { ProviderRef } from '../provider/bin';
import type { ReceiptLayout } from '../receipt/receiptLayout';
import type { Instant } from '../time/instant';
import type { LocalDate } from '../time/localDate';

/** Where an event was recorded: a centre's workstation, or a provider organisation. */
export type EventPlace =
  | { readonly kind: 'desk'; readonly centreCode: string; readonly workstationCode: string }
  | { readonly kind: 'provider'; readonly providerId: string };

/** Who recorded it. */
export interface EventActor {
  readonly userId: string;
  readonly name: string;
}

interface EventBase<T extends string> {
  /** UUID generated where the event is made (passed in — never generated inside the domain). */
  readonly id: string;
  readonly applicationId: string;
  readonly type: T;
  /** When, as a UTC instant from the recording device's clock (recorded, never used for ordering). */
  readonly at: Instant;
  readonly by: EventActor;
  readonly where: EventPlace;
  /** Why, in the recorder's words (the schema requires it for a reasoned refusal). `| undefined` so parsed payloads fit. */
  readonly why?: string | undefined;
}

/**
 * Who the result was handed to, on the receipt and an identity document: the applicant; a parent
 * or legal representative of an applicant who is a minor; or anyone with a notarised power of
 * attorney (valid on the day).
 */
export type IssuedRecipient =
  | { readonly kind: 'applicant' }
  | {
      readonly kind: 'legal-representative';
      readonly name: string;
      readonly iin: string;
      readonly relation: RepresentativeRelation;
    }
  | {
      readonly kind: 'representative';
      readonly name: string;
      readonly iin: string;
      readonly powerOfAttorney: PowerOfAttorney;
    };

export type DraftedEvent = EventBase<'drafted'> & { readonly serviceId: string };
export type AcceptedEvent = EventBase<'accepted'> & {
  readonly receiptNumber: string;
  readonly dueDate: LocalDate;
  readonly calendarVersion: string;
  readonly presentedDocumentIds: readonly string[];
  /**
   * The application exactly as accepted — a legal fact that travels with the event to the server
   * and the provider and is never changed (a correction is a new event). Its full shape is
   * shared/schemas' applicationContentSchema; the domain reads only what routing needs.
   */
  readonly application: AcceptedApplicationSnapshot;
};
export interface AcceptedApplicationSnapshot {
  readonly id: string;
  readonly serviceId: string;
  readonly provider: ProviderRef;
  readonly [field: string]: unknown;
}
export type RefusedAtIntakeEvent = EventBase<'refused-at-intake'> & {
  readonly reason: IntakeRefusalReasonId;
  readonly missingDocumentIds: readonly string[];
};
export type SentToProviderEvent = EventBase<'sent-to-provider'> & { readonly providerId: string };
export type TakenIntoWorkEvent = EventBase<'taken-into-work'>;
export type ResultReadyEvent = EventBase<'result-ready'> & { readonly resultKind: ResultKind };
export type PlacedOnShelfEvent = EventBase<'placed-on-shelf'> & {
  readonly shelfSlot: string;
  readonly storageLastDay: LocalDate;
};
export type IssuedEvent = EventBase<'issued'> & { readonly recipient: IssuedRecipient };
/** The shelf month is over: the result leaves the shelf in a return batch (one transfer act). */
export type ReturnedToProviderEvent = EventBase<'returned-to-provider'> & {
  readonly batchId?: string | undefined;
};
export type ReRequestedEvent = EventBase<'re-requested'> & { readonly providerDueDate: LocalDate };

/**
 * A receipt (the acceptance receipt, or the refusal receipt of an application refused at intake)
 * was printed. Copy 1 is the first print; a higher copy is a reprint — recorded because the receipt
 * is what the result is later handed over on. Changes nothing but the history.
 */
export type ReceiptPrintedEvent = EventBase<'receipt-printed'> & {
  readonly copy: number;
  readonly layout: ReceiptLayout;
  readonly language: ReceiptLanguage;
};

/**
 * The provider dispatched the paper result to the centre — after recording it ready, or to answer
 * a re-request (within one working day). The centre then receives it onto the shelf.
 */
export type DispatchedToCentreEvent = EventBase<'dispatched-to-centre'>;

/** The provider confirms it received a result the centre returned (a return batch's item). */
export type ReturnReceivedEvent = EventBase<'return-received'> & { readonly batchId?: string | undefined };

/** Events that move an application from one status to the next (the transition table). */
export type StatusEvent =
  | DraftedEvent
  | AcceptedEvent
  | RefusedAtIntakeEvent
  | SentToProviderEvent
  | TakenIntoWorkEvent
  | ResultReadyEvent
  | PlacedOnShelfEvent
  | IssuedEvent
  | ReturnedToProviderEvent
  | ReRequestedEvent;

/** Events that record a fact about an application without moving it. */
export type HistoryEvent = ReceiptPrintedEvent | DispatchedToCentreEvent | ReturnReceivedEvent;

export type ApplicationEvent = StatusEvent | HistoryEvent;

export type ApplicationEventType = ApplicationEvent['type'];
export type StatusEventType = StatusEvent['type'];
export type HistoryEventType = HistoryEvent['type'];

export const statusEventTypes = [
  'drafted',
  'accepted',
  'refused-at-intake',
  'sent-to-provider',
  'taken-into-work',
  'result-ready',
  'placed-on-shelf',
  'issued',
  'returned-to-provider',
  're-requested',
] as const satisfies readonly StatusEventType[];

export const historyEventTypes = [
  'receipt-printed',
  'dispatched-to-centre',
  'return-received',
] as const satisfies readonly HistoryEventType[];

export const applicationEventTypes = [
  ...statusEventTypes,
  ...historyEventTypes,
] as const satisfies readonly ApplicationEventType[];

// Compile-time guard: the lists above name every event type of the unions.
type Unlisted = Exclude<ApplicationEventType, (typeof applicationEventTypes)[number]>;
const everyTypeListed: [Unlisted] extends [never] ? true : never = true;
void everyTypeListed;
