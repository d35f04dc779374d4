import { compareLocalDates, type LocalDate } from '../time/localDate';

/** A notarised power of attorney presented to collect a result for someone else. */
export interface PowerOfAttorney {
  /** Registration number in the notary's register. */
  readonly number: string;
  readonly notary: string;
  readonly issuedOn: LocalDate;
  /** Last day it is valid, inclusive. */
  readonly validUntil: LocalDate;
}

export type PowerOfAttorneyStatus = 'valid' | 'not-yet-valid' | 'expired';

export function powerOfAttorneyStatusOn(
  poa: Pick<PowerOfAttorney, 'issuedOn' | 'validUntil'>,
  date: LocalDate,
): PowerOfAttorneyStatus {
  if (compareLocalDates(date, poa.issuedOn) < 0) return 'not-yet-valid';
  if (compareLocalDates(date, poa.validUntil) > 0) return 'expired';
  return 'valid';
}
