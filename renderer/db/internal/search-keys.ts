import { normalizeIinInput } from '../../../shared/domain';

/**
 * Search keys kept beside each application so that name and IIN search are index range queries.
 * Names are compared case-insensitively in any script: Kazakh Cyrillic (Ә Ғ Қ Ң Ө Ұ Ү Һ І) lower-
 * cases by the Unicode default rules, so no locale is needed (and none may change the result).
 */

interface NamedPerson {
  readonly iin: string;
  readonly surname: string;
  readonly givenName: string;
  readonly patronymic?: string | undefined;
}

/** NFC, lower case, ё → е (Russian spelling varies in documents), single spaces. */
export function normaliseSearchText(text: string): string {
  return text.normalize('NFC').toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
}

/** The words of a name: each part, and each piece of a hyphenated or apostrophed part. */
export function nameWords(text: string): string[] {
  const normalised = normaliseSearchText(text);
  const parts = normalised.split(' ').filter((part) => part !== '');
  const pieces = parts.flatMap((part) => part.split(/[-'’ʼ]/).filter((piece) => piece !== ''));
  return [...new Set([...parts, ...pieces])];
}

export function searchNamesOf(people: readonly NamedPerson[]): string[] {
  const words = people.flatMap((person) =>
    [person.surname, person.givenName, person.patronymic ?? ''].flatMap(nameWords),
  );
  return [...new Set(words)];
}

export function searchIinsOf(people: readonly NamedPerson[]): string[] {
  return [...new Set(people.map((person) => normalizeIinInput(person.iin)))];
}

/** Whether every word of the query starts some word of the name. */
export function matchesAllWords(queryWords: readonly string[], recordWords: readonly string[]): boolean {
  return queryWords.every((query) => recordWords.some((word) => word.startsWith(query)));
}
