import { assertNever } from '../assertNever';

export const applicationStatuses = [
  'draft',
  'accepted',
  'refused-at-intake',
  'sent-to-provider',
  'in-progress',
  'result-ready',
  'on-shelf',
  'issued',
  'returned-to-provider',
  're-requested',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Who records events: the centre's desk or the provider (school / college) through the server. */
export const sides = ['desk', 'provider'] as const;
export type Side = (typeof sides)[number];

/** The provider owns the work on the result; the centre owns intake, shelf and hand-over. */
export function statusOwner(status: ApplicationStatus): Side {
  switch (status) {
    case 'sent-to-provider':
    case 'in-progress':
    case 'result-ready':
      return 'provider';
    case 'draft':
    case 'accepted':
    case 'refused-at-intake':
    case 'on-shelf':
    case 'issued':
    case 'returned-to-provider':
    case 're-requested':
      return 'desk';
    default:
      return assertNever(status, 'application status');
  }
}

/** Nothing happens to the application after these. */
export function isTerminalStatus(status: ApplicationStatus): boolean {
  switch (status) {
    case 'refused-at-intake':
    case 'issued':
      return true;
    case 'draft':
    case 'accepted':
    case 'sent-to-provider':
    case 'in-progress':
    case 'result-ready':
    case 'on-shelf':
    case 'returned-to-provider':
    case 're-requested':
      return false;
    default:
      return assertNever(status, 'application status');
  }
}

/** Whether the physical result is at the centre (a clerk can find it on the shelf). */
export function isResultAtCentre(status: ApplicationStatus): boolean {
  switch (status) {
    case 'on-shelf':
      return true;
    case 'draft':
    case 'accepted':
    case 'refused-at-intake':
    case 'sent-to-provider':
    case 'in-progress':
    case 'result-ready':
    case 'issued':
    case 'returned-to-provider':
    case 're-requested':
      return false;
    default:
      return assertNever(status, 'application status');
  }
}
