import { datePartsOf, type LocalDate } from '../time/localDate';

/** Age of majority in Kazakhstan (Civil Code art. 17). */
export const ageOfMajority = 18;

/** Full years of age on `date`; someone born on 29 Feb turns a year older on 1 Mar in common years. */
export function ageOn(birthDate: LocalDate, date: LocalDate): number {
  const birth = datePartsOf(birthDate);
  const on = datePartsOf(date);
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}

export function isMinorOn(birthDate: LocalDate, date: LocalDate): boolean {
  return ageOn(birthDate, date) < ageOfMajority;
}
