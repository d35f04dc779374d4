import type { LocalDate } from '../time/localDate';
import { datePartsOf } from '../time/localDate';
import type { ApplicantRole } from './vocabulary';

/** What the clerk has learned so far; a missing field is a question not yet answered. */
export interface IntakeAnswers {
  readonly applicantRole?: ApplicantRole | undefined;
  readonly nameChanged?: boolean | undefined;
  readonly documentDamaged?: boolean | undefined;
  readonly grounds?: readonly string[] | undefined;
  /** Either the date or just the year of birth is enough. */
  readonly birthDate?: LocalDate | undefined;
  readonly birthYear?: number | undefined;
}

export function birthYearOf(answers: IntakeAnswers): number | undefined {
  if (answers.birthYear !== undefined) return answers.birthYear;
  return answers.birthDate === undefined ? undefined : datePartsOf(answers.birthDate).year;
}
