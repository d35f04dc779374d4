import type { ApplicationEventType } from './events';
import type { ApplicationStatus, Side } from './status';

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
export const eventRules: Readonly<Record<ApplicationEventType, EventRule>> = {
  drafted: { side: 'desk', from: ['none'], to: 'draft' },
  accepted: { side: 'desk', from: ['draft'], to: 'accepted' },
  'refused-at-intake': { side: 'desk', from: ['draft'], to: 'refused-at-intake' },
  'sent-to-provider': { side: 'desk', from: ['accepted'], to: 'sent-to-provider' },
  'taken-into-work': { side: 'provider', from: ['sent-to-provider'], to: 'in-progress' },
  'result-ready': { side: 'provider', from: ['in-progress'], to: 'result-ready' },
  'placed-on-shelf': { side: 'desk', from: ['result-ready', 're-requested'], to: 'on-shelf' },
  issued: { side: 'desk', from: ['on-shelf'], to: 'issued' },
  'returned-to-provider': { side: 'desk', from: ['on-shelf'], to: 'returned-to-provider' },
  're-requested': { side: 'desk', from: ['returned-to-provider'], to: 're-requested' },
};

export function canEmit(side: Side, type: ApplicationEventType): boolean {
  return eventRules[type].side === side;
}

/** Events that may follow `status` (for enabling buttons), optionally only one side's. */
export function eventsAllowedFrom(status: StatusOrNone, side?: Side): ApplicationEventType[] {
  return (Object.keys(eventRules) as ApplicationEventType[]).filter(
    (type) =>
      eventRules[type].from.includes(status) && (side === undefined || eventRules[type].side === side),
  );
}
