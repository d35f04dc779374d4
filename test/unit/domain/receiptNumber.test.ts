import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatReceiptNumber,
  isValidReceiptNumber,
  luhnMod36CheckCharacter,
  maxReceiptSequence,
  parseReceiptNumber,
  type ReceiptNumberParts,
} from '../../../shared/domain';
import { unwrap, unwrapErr } from './unwrap';

const codeChar = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const centreCode = fc.string({ unit: codeChar, minLength: 2, maxLength: 8 });
const workstationCode = fc.string({ unit: codeChar, minLength: 1, maxLength: 4 });
const sequence = fc.integer({ min: 1, max: maxReceiptSequence });
const parts = fc.record({ centreCode, workstationCode, sequence });

describe('receipt numbers', () => {
  it('look like CENTRE-WS-SEQUENCE-CHECK with at least six sequence digits', () => {
    const number = unwrap(formatReceiptNumber({ centreCode: 'ALM01', workstationCode: '03', sequence: 123 }));
    expect(number).toMatch(/^ALM01-03-000123-[0-9A-Z]$/);
    expect(
      unwrap(formatReceiptNumber({ centreCode: 'AST', workstationCode: 'W1', sequence: 12_345_678 })),
    ).toMatch(/^AST-W1-12345678-.$/);
  });

  it('computes the Luhn mod 36 check character', () => {
    // Hand-computed: codes A=10 B=11 1=1; from the right 1×2=2, 11×1=11, 10×2=20 → 33; (36 − 33) mod 36 = 3.
    expect(luhnMod36CheckCharacter('AB1')).toBe('3');
    expect(luhnMod36CheckCharacter('')).toBe('0');
    expect(() => luhnMod36CheckCharacter('a-b')).toThrow(RangeError);
  });

  it('refuses parts that would make an ambiguous number', () => {
    expect(unwrapErr(formatReceiptNumber({ centreCode: 'A', workstationCode: '01', sequence: 1 }))).toEqual({
      kind: 'invalid-centre-code',
    });
    expect(
      unwrapErr(formatReceiptNumber({ centreCode: 'AL-M', workstationCode: '01', sequence: 1 })).kind,
    ).toBe('invalid-centre-code');
    expect(
      unwrapErr(formatReceiptNumber({ centreCode: 'ALM', workstationCode: '01234', sequence: 1 })).kind,
    ).toBe('invalid-workstation-code');
    expect(
      unwrapErr(formatReceiptNumber({ centreCode: 'ALM', workstationCode: 'a', sequence: 1 })).kind,
    ).toBe('invalid-workstation-code');
    for (const bad of [0, -1, 1.5, maxReceiptSequence + 1]) {
      expect(
        unwrapErr(formatReceiptNumber({ centreCode: 'ALM', workstationCode: '01', sequence: bad })).kind,
      ).toBe('invalid-sequence');
    }
  });

  it('parses what it formats, forgiving case and surrounding spaces', () => {
    const number = unwrap(formatReceiptNumber({ centreCode: 'ALM01', workstationCode: '03', sequence: 123 }));
    expect(unwrap(parseReceiptNumber(` ${number.toLowerCase()} `))).toEqual({
      centreCode: 'ALM01',
      workstationCode: '03',
      sequence: 123,
    });
  });

  it('accepts only the canonical spelling, so one receipt has one text', () => {
    const number = unwrap(formatReceiptNumber({ centreCode: 'ALM01', workstationCode: '03', sequence: 123 }));
    const padded = number.replace('-000123-', '-0000123-');
    expect(unwrapErr(parseReceiptNumber(padded))).toEqual({ kind: 'malformed' });
    expect(unwrapErr(parseReceiptNumber('ALM01-03-000000-0')).kind).toBe('invalid-sequence');
    expect(unwrapErr(parseReceiptNumber('ALM01_03_000123_K'))).toEqual({ kind: 'malformed' });
    expect(isValidReceiptNumber('')).toBe(false);
  });

  it('property: format → parse round-trips', () => {
    fc.assert(
      fc.property(parts, (p) => {
        expect(unwrap(parseReceiptNumber(unwrap(formatReceiptNumber(p))))).toEqual(p);
      }),
    );
  });

  it('property: two different workstations (or sequences) never produce the same number', () => {
    fc.assert(
      fc.property(parts, parts, (a: ReceiptNumberParts, b: ReceiptNumberParts) => {
        fc.pre(
          a.centreCode !== b.centreCode ||
            a.workstationCode !== b.workstationCode ||
            a.sequence !== b.sequence,
        );
        expect(unwrap(formatReceiptNumber(a))).not.toBe(unwrap(formatReceiptNumber(b)));
      }),
    );
  });

  it('property: two workstations of one centre issuing their own sequences never collide', () => {
    fc.assert(
      fc.property(
        centreCode,
        fc.uniqueArray(workstationCode, { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 1, max: 200 }),
        (centre, workstations, count) => {
          const issued = workstations.flatMap((ws) =>
            Array.from({ length: count }, (_, i) =>
              unwrap(formatReceiptNumber({ centreCode: centre, workstationCode: ws, sequence: i + 1 })),
            ),
          );
          expect(new Set(issued).size).toBe(issued.length);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('property: any single mistyped character is caught', () => {
    fc.assert(
      fc.property(parts, fc.nat(), codeChar, (p, at, replacement) => {
        const number = unwrap(formatReceiptNumber(p));
        const positions = [...number].flatMap((c, i) => (c === '-' ? [] : [i]));
        const position = positions[at % positions.length] as number;
        fc.pre(number[position] !== replacement);
        const typo = number.slice(0, position) + replacement + number.slice(position + 1);
        expect(isValidReceiptNumber(typo)).toBe(false);
      }),
    );
  });

  it('property: swapping two different neighbouring characters of the sequence is caught', () => {
    fc.assert(
      fc.property(parts, fc.nat(), (p, at) => {
        const number = unwrap(formatReceiptNumber(p));
        const digitsStart = number.indexOf('-', number.indexOf('-') + 1) + 1;
        const digitsEnd = number.lastIndexOf('-');
        const i = digitsStart + (at % (digitsEnd - digitsStart - 1));
        fc.pre(number[i] !== number[i + 1]);
        const swapped = number.slice(0, i) + number[i + 1] + number[i] + number.slice(i + 2);
        expect(isValidReceiptNumber(swapped)).toBe(false);
      }),
    );
  });
});
