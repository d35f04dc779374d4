import { formatLocalDate, isValidDateParts, type LocalDate } from '../time/localDate';

/**
 * IIN (ЖСН / ИИН), the 12-digit individual identification number.
 *
 * Historically: YYMMDD, a century-and-sex digit, four serial digits, a check digit. Since 2013
 * the first six digits need not match the real birth date and an IIN is never re-issued when
 * personal data change — so the decoded parts are HINTS only. Only the check digit is law:
 * a wrong one is an error (a supervisor may override it, recorded); an impossible date is a
 * warning the clerk confirms.
 */

const firstPassWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const secondPassWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

/** Over the first 11 characters (digits) of `text`; a loop, as the server checks every IIN it receives. */
function weightedSumMod11(text: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i += 1) sum += (text.charCodeAt(i) - 48) * (weights[i] ?? 0);
  return sum % 11;
}

/**
 * The check digit for the first 11 digits, or null when none exists (both passes give 10 —
 * such a number is never issued; there is no "use 0" rule).
 */
export function iinCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) throw new RangeError(`Expected 11 digits: ${JSON.stringify(first11)}`);
  const first = weightedSumMod11(first11, firstPassWeights);
  if (first !== 10) return first;
  const second = weightedSumMod11(first11, secondPassWeights);
  return second === 10 ? null : second;
}

export function hasValidIinChecksum(iin: string): boolean {
  if (!/^\d{12}$/.test(iin)) return false;
  const first = weightedSumMod11(iin, firstPassWeights);
  const check = first !== 10 ? first : weightedSumMod11(iin, secondPassWeights);
  return check !== 10 && check === iin.charCodeAt(11) - 48;
}

export type Sex = 'male' | 'female';

/** What the digits suggest — never to be trusted over the identity document. */
export interface IinHints {
  /** From YYMMDD and the century digit; null when they do not form a real date or the century is unknown. */
  readonly birthDate: LocalDate | null;
  readonly century: 1800 | 1900 | 2000 | null;
  readonly sex: Sex | null;
  readonly serial: string;
}

export type IinWarning = 'impossible-birth-date' | 'unknown-century-digit';

export type IinInvalidReason = 'format' | 'checksum';

export type IinCheck =
  | { readonly outcome: 'valid'; readonly iin: string; readonly hints: IinHints }
  /** The check digit fits, but the historical parts do not decode: warn and ask the clerk to confirm. */
  | {
      readonly outcome: 'suspicious';
      readonly iin: string;
      readonly hints: IinHints;
      readonly warnings: readonly IinWarning[];
    }
  | { readonly outcome: 'invalid'; readonly reason: IinInvalidReason };

/** Removes the spaces and hyphens people type or print between digit groups. */
export function normalizeIinInput(input: string): string {
  return input.replace(/[\s-]/g, '');
}

const centuries = { 1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000 } as const;

export function decodeIin(iin: string): IinHints {
  if (!/^\d{12}$/.test(iin)) throw new RangeError(`Expected 12 digits: ${JSON.stringify(iin)}`);
  const centuryDigit = Number(iin[6]);
  const century = centuryDigit in centuries ? centuries[centuryDigit as keyof typeof centuries] : null;
  const sex: Sex | null = century === null ? null : centuryDigit % 2 === 1 ? 'male' : 'female';
  const parts = {
    year: (century ?? 0) + Number(iin.slice(0, 2)),
    month: Number(iin.slice(2, 4)),
    day: Number(iin.slice(4, 6)),
  };
  const birthDate = century !== null && isValidDateParts(parts) ? formatLocalDate(parts) : null;
  return { birthDate, century, sex, serial: iin.slice(7, 11) };
}

export function checkIin(input: string): IinCheck {
  if (!/^\d{12}$/.test(input)) return { outcome: 'invalid', reason: 'format' };
  if (!hasValidIinChecksum(input)) return { outcome: 'invalid', reason: 'checksum' };
  const hints = decodeIin(input);
  const warnings: IinWarning[] = [];
  if (hints.century === null) warnings.push('unknown-century-digit');
  else if (hints.birthDate === null) warnings.push('impossible-birth-date');
  return warnings.length === 0
    ? { outcome: 'valid', iin: input, hints }
    : { outcome: 'suspicious', iin: input, hints, warnings };
}

/** Appends the check digit (for fixtures and test data); null when no check digit exists. */
export function completeIin(first11: string): string | null {
  const check = iinCheckDigit(first11);
  return check === null ? null : `${first11}${check}`;
}
