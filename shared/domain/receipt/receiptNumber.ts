import { err, ok, type Result } from '../result';

/**
 * Receipt numbers made on the desk without asking any server:
 *   CENTRE-WS-SEQUENCE-C   e.g. ALM01-03-000123-K
 * - CENTRE: the centre's code (2–8 of A–Z, 0–9), WS: the workstation's code within it (1–4);
 * - SEQUENCE: the workstation's own counter, at least six digits (zero-padded), from 1;
 * - C: a Luhn mod 36 check character over everything before it — catches any single mistyped
 *   character and most swaps of neighbours when a number is typed instead of scanned.
 * Two workstations never collide: the (centre, workstation) pair is part of the number and the
 * separators make the split unambiguous; one workstation never repeats its sequence.
 */
export interface ReceiptNumberParts {
  readonly centreCode: string;
  readonly workstationCode: string;
  readonly sequence: number;
}

export const maxReceiptSequence = 99_999_999;
const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const centrePattern = /^[A-Z0-9]{2,8}$/;
const workstationPattern = /^[A-Z0-9]{1,4}$/;
const receiptPattern = /^([A-Z0-9]{2,8})-([A-Z0-9]{1,4})-(\d{6,8})-([A-Z0-9])$/;

export function isCentreCode(code: string): boolean {
  return centrePattern.test(code);
}

export function isWorkstationCode(code: string): boolean {
  return workstationPattern.test(code);
}

/** Luhn mod N with N = 36 over the characters 0–9A–Z. */
export function luhnMod36CheckCharacter(text: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const code = alphabet.indexOf(text[i] as string);
    if (code < 0) throw new RangeError(`Not in 0-9A-Z: ${JSON.stringify(text[i])}`);
    const addend = factor * code;
    sum += Math.floor(addend / alphabet.length) + (addend % alphabet.length);
    factor = factor === 2 ? 1 : 2;
  }
  return alphabet[(alphabet.length - (sum % alphabet.length)) % alphabet.length] as string;
}

export type ReceiptNumberError =
  | { readonly kind: 'invalid-centre-code' }
  | { readonly kind: 'invalid-workstation-code' }
  | { readonly kind: 'invalid-sequence' }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'check-character-mismatch' };

function body(parts: ReceiptNumberParts): string {
  return `${parts.centreCode}-${parts.workstationCode}-${String(parts.sequence).padStart(6, '0')}`;
}

export function formatReceiptNumber(parts: ReceiptNumberParts): Result<string, ReceiptNumberError> {
  if (!isCentreCode(parts.centreCode)) return err({ kind: 'invalid-centre-code' });
  if (!isWorkstationCode(parts.workstationCode)) return err({ kind: 'invalid-workstation-code' });
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1 || parts.sequence > maxReceiptSequence) {
    return err({ kind: 'invalid-sequence' });
  }
  const text = body(parts);
  return ok(`${text}-${luhnMod36CheckCharacter(text.replaceAll('-', ''))}`);
}

/**
 * Reads a typed or scanned number (spaces around and lower case are forgiven). Only the canonical
 * spelling parses, so one receipt has exactly one text — lookups by text cannot miss.
 */
export function parseReceiptNumber(input: string): Result<ReceiptNumberParts, ReceiptNumberError> {
  const text = input.trim().toUpperCase();
  const match = receiptPattern.exec(text);
  if (match === null) return err({ kind: 'malformed' });
  const [, centreCode = '', workstationCode = '', digits = '', check] = match;
  const sequence = Number(digits);
  const parts = { centreCode, workstationCode, sequence };
  const canonical = formatReceiptNumber(parts);
  if (!canonical.ok) return canonical;
  if (body(parts) !== text.slice(0, -2)) return err({ kind: 'malformed' });
  if (!canonical.value.endsWith(`-${check}`)) return err({ kind: 'check-character-mismatch' });
  return ok(parts);
}

export function isValidReceiptNumber(input: string): boolean {
  return parseReceiptNumber(input).ok;
}
