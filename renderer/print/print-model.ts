import type { CentreTimeZone, RepresentativeRelation } from '../../shared/domain';
import type { PrintText } from './print-context';

/**
 * The parts of the view models both documents share. They are shaped so that the desk's own data
 * fit as they are: an Applicant or Representative from shared/schemas, a ServiceDefinition or
 * DocumentRequirement from the catalogue.
 */

export interface PersonName {
  readonly surname: string;
  readonly givenName: string;
  readonly patronymic?: string | undefined;
}

export interface PersonWithIin extends PersonName {
  readonly iin: string;
}

/** A parent or legal representative applying for a minor. */
export interface RepresentativeOnPrint extends PersonWithIin {
  readonly relation: RepresentativeRelation;
}

/** A State Corporation office: where documents were handed in, or where the result is collected. */
export interface OfficeOnPrint {
  readonly name: PrintText;
  readonly address: PrintText;
}

/** The office that prints, with the zone its clock reads (dates and times are printed in it). */
export interface CentreOnPrint extends OfficeOnPrint {
  readonly timeZone: CentreTimeZone;
}

/** The school or college an application is addressed to (the name already in the receipt's language). */
export interface ProviderOnPrint {
  readonly bin: string;
  readonly name: string;
}

export interface NamedOnPrint {
  readonly name: PrintText;
}

/** 'Surname Given-name Patronymic', as the identity document writes it. */
export function fullName(person: PersonName): string {
  return [person.surname, person.givenName, person.patronymic]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .join(' ');
}
