import type { ApplicationEventType, HistoryEventType, StatusEventType } from './events';
import { historyEventTypes } from './events';
import { applicationStatuses, type ApplicationStatus, type Side } from './status';

/** 'none': before the first event. */
export type StatusOrNone = ApplicationStatus | 'none';

export interface EventRule {
  /** The only side allowed to record this event. */
  readonly side: Side;
  readonly from: readonly StatusOrNone[];
  readonly to: ApplicationStatus;
}

/**
 * The life cycle as a table (SPEC "The life of an application"):
 * draft → accepted → sent to provider → in progress → result ready → on shelf → issued;
 * draft → refused at intake (terminal); on shelf → returned to provider (after the shelf month)
 * → re-requested (applicant came back; provider answers within one working day) → on shelf.
 */
export const eventRules: Readonly<Record<StatusEventType, EventRule>> = {
  drafted: { side: 'desk', from: ['none'], to: 'draft' },
  accepted: { side: 'desk', from: ['draft'], to: 'accepted' },
  'refused-at-intake': { side: 'desk', from: ['draft'], to: 'refused-at-intake' },
  // Recorded by the server on the provider's behalf when the application reaches the provider's queue.
  'sent-to-provider': { side: 'provider', from: ['accepted'], to: 'sent-to-provider' },
  'taken-into-work': { side: 'provider', from: ['sent-to-provider'], to: 'in-progress' },
  'result-ready': { side: 'provider', from: ['in-progress'], to: 'result-ready' },
  'placed-on-shelf': { side: 'desk', from: ['result-ready', 're-requested'], to: 'on-shelf' },
  issued: { side: 'desk', from: ['on-shelf'], to: 'issued' },
  'returned-to-provider': { side: 'desk', from: ['on-shelf'], to: 'returned-to-provider' },
  're-requested': { side: 'desk', from: ['returned-to-provider'], to: 're-requested' },
};

/** A rule for an event that changes nothing but the history: who may record it, and when. */
export interface HistoryEventRule {
  readonly side: Side;
  readonly from: readonly ApplicationStatus[];
}

/**
 * Every status after the intake decision, terminal ones included: a receipt can be printed again
 * after a refusal (two copies, one for each side) or after the hand-over (a complaint needs it).
 */
const afterIntake: readonly ApplicationStatus[] = applicationStatuses.filter((status) => status !== 'draft');

export const historyEventRules: Readonly<Record<HistoryEventType, HistoryEventRule>> = {
  'receipt-printed': { side: 'desk', from: afterIntake },
  // The provider sent the paper result (or, after a re-request, sent it back) to the centre.
  'dispatched-to-centre': { side: 'provider', from: ['result-ready', 're-requested'] },
  // The provider confirms a returned result reached it (it may be re-requested by then).
  'return-received': { side: 'provider', from: ['returned-to-provider', 're-requested'] },
};

export function isHistoryEventType(type: ApplicationEventType): type is HistoryEventType {
  return (historyEventTypes as readonly ApplicationEventType[]).includes(type);
}

/** Who may record an event of this type and from which statuses, whichever table it is in. */
export function ruleOf(type: ApplicationEventType): {
  readonly side: Side;
  readonly from: readonly StatusOrNone[];
} {
  return isHistoryEventType(type) ? historyEventRules[type] : eventRules[type];
}

export function canEmit(side: Side, type: ApplicationEventType): boolean {
  return ruleOf(type).side === side;
}

/** Transitions that may follow `status` (for enabling buttons), optionally only one side's. */
export function eventsAllowedFrom(status: StatusOrNone, side?: Side): StatusEventType[] {
  return (Object.keys(eventRules) as StatusEventType[]).filter(
    (type) =>
      eventRules[type].from.includes(status) && (side === undefined || eventRules[type].side === side),
  );
}

/** History-only events that may be recorded in `status`, optionally only one side's. */
export function historyEventsAllowedIn(status: StatusOrNone, side?: Side): HistoryEventType[] {
  return historyEventTypes.filter(
    (type) =>
      ruleOf(type).from.includes(status) && (side === undefined || historyEventRules[type].side === side),
  );
}
