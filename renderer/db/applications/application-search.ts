import { assertNever, normalizeIinInput } from '../../../shared/domain';
import { dexieOf, type DeskDatabase } from '../database';
import { matchesAllWords, nameWords } from '../internal/search-keys';
import type { ApplicationRecord } from '../records';

/*
 * Every search is an index range query (searchIins, searchNames, receiptNumber): the table is
 * never scanned, however many years of applications the desk keeps.
 */

export interface SearchOptions {
  /** At most this many results (default 50). */
  readonly limit?: number;
}

const defaultLimit = 50;

function newestFirst(records: ApplicationRecord[]): ApplicationRecord[] {
  return records.sort((a, b) => (a.intakeAt < b.intakeAt ? 1 : a.intakeAt > b.intakeAt ? -1 : 0));
}

/** Applications whose applicant's or representative's IIN starts with `prefix` (spaces and hyphens ignored). */
export async function findApplicationsByIin(
  db: DeskDatabase,
  prefix: string,
  options: SearchOptions = {},
): Promise<ApplicationRecord[]> {
  const digits = normalizeIinInput(prefix);
  if (!/^\d{1,12}$/.test(digits)) return [];
  const found = await dexieOf(db)
    .applications.where('searchIins')
    .startsWith(digits)
    .distinct()
    .limit(options.limit ?? defaultLimit)
    .toArray();
  return newestFirst(found);
}

/**
 * Applications where every word of `text` starts a word of the applicant's or representative's
 * name, in any case ('әлі' and 'ӘЛІ' find Әлібек). The longest word picks the index range; the
 * other words filter inside it.
 */
export async function findApplicationsByName(
  db: DeskDatabase,
  text: string,
  options: SearchOptions = {},
): Promise<ApplicationRecord[]> {
  const words = nameWords(text);
  const longest = [...words].sort((a, b) => b.length - a.length)[0];
  if (longest === undefined) return [];
  const found = await dexieOf(db)
    .applications.where('searchNames')
    .startsWith(longest)
    .distinct()
    .filter((record) => matchesAllWords(words, record.searchNames))
    .limit(options.limit ?? defaultLimit)
    .toArray();
  return newestFirst(found);
}

/** The application with this receipt number, typed or scanned (case and surrounding spaces ignored). */
export async function findApplicationByReceiptNumber(
  db: DeskDatabase,
  text: string,
): Promise<ApplicationRecord | undefined> {
  const canonical = text.trim().toUpperCase();
  if (canonical === '') return undefined;
  return dexieOf(db).applications.where('receiptNumber').equals(canonical).first();
}

export type SearchKind = 'iin' | 'receipt-number' | 'name';

const iinLike = /^[\d\s-]+$/;
const receiptLike = /^[A-Z0-9]{2,8}-[A-Z0-9]{1,4}-\d{1,8}(-[A-Z0-9])?$/i;

/** What the one search box was given: digits → IIN, CENTRE-WS-NUMBER → receipt, anything else → a name. */
export function searchKindOf(query: string): SearchKind | null {
  const text = query.trim();
  if (text === '') return null;
  if (iinLike.test(text)) return 'iin';
  if (receiptLike.test(text)) return 'receipt-number';
  return 'name';
}

export interface SearchResult {
  readonly kind: SearchKind | null;
  readonly applications: readonly ApplicationRecord[];
}

/** The search box: decides what `query` is and searches for it. */
export async function searchApplications(
  db: DeskDatabase,
  query: string,
  options: SearchOptions = {},
): Promise<SearchResult> {
  const kind = searchKindOf(query);
  switch (kind) {
    case null:
      return { kind, applications: [] };
    case 'iin':
      return { kind, applications: await findApplicationsByIin(db, query, options) };
    case 'receipt-number': {
      const found = await findApplicationByReceiptNumber(db, query);
      return { kind, applications: found === undefined ? [] : [found] };
    }
    case 'name':
      return { kind, applications: await findApplicationsByName(db, query, options) };
    default:
      return assertNever(kind, 'search kind');
  }
}
