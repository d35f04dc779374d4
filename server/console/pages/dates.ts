import type { LocalDate } from '../../../shared/domain';

export type DueState = 'overdue' | 'due-today' | 'on-time';

/** Where a deadline stands today (both dates in the provider's time zone). */
export function dueState(due: LocalDate, today: LocalDate): DueState {
  if (due < today) return 'overdue';
  return due === today ? 'due-today' : 'on-time';
}
