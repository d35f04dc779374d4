import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkIin,
  completeIin,
  decodeIin,
  hasValidIinChecksum,
  iinCheckDigit,
  normalizeIinInput,
} from '../../../shared/domain';

const firstPassWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const firstPassSum = (first11: string) =>
  [...first11].reduce((sum, d, i) => sum + Number(d) * (firstPassWeights[i] ?? 0), 0) % 11;

const elevenDigits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 11, maxLength: 11 });
const validIin = elevenDigits.map(completeIin).filter((iin): iin is string => iin !== null);
/** Valid IINs whose check digit came from the first pass (the usual case). */
const firstPassIin = validIin.filter((iin) => firstPassSum(iin.slice(0, 11)) !== 10);

describe('IIN vectors from the specification (each verified by hand)', () => {
  it.each(['850315300128', '910712400453', '051120500780', '040229601238', '850315301801'])(
    '%s is valid',
    (iin) => {
      expect(checkIin(iin).outcome).toBe('valid');
    },
  );

  it('850315301801 needs the second pass', () => {
    expect(firstPassSum('85031530180')).toBe(10);
    expect(iinCheckDigit('85031530180')).toBe(1);
  });

  it.each(['850315300127', '850315700120'])('%s has a wrong check digit', (iin) => {
    expect(checkIin(iin)).toEqual({ outcome: 'invalid', reason: 'checksum' });
  });

  it('020229601234 fits the checksum but 29 Feb 2002 does not exist: suspicious', () => {
    const check = checkIin('020229601234');
    expect(check).toMatchObject({ outcome: 'suspicious', warnings: ['impossible-birth-date'] });
    if (check.outcome === 'suspicious')
      expect(check.hints).toMatchObject({ birthDate: null, century: 2000, sex: 'female' });
  });
});

describe('IIN validation', () => {
  it('insists on exactly 12 digits', () => {
    for (const input of [
      '',
      '85031530012',
      '8503153001280',
      '85031530012a',
      ' 850315300128',
      '８５０３１５３００１２８',
    ]) {
      expect(checkIin(input), input).toEqual({ outcome: 'invalid', reason: 'format' });
    }
    expect(hasValidIinChecksum('85031530012')).toBe(false);
  });

  it('removes the spaces and hyphens people type between groups', () => {
    expect(normalizeIinInput(' 850315 300128 ')).toBe('850315300128');
    expect(normalizeIinInput('850315-300-128')).toBe('850315300128');
  });

  it('has no check digit when both passes give 10 — such numbers are invalid, never "0"', () => {
    const noCheckDigit = fc.sample(
      elevenDigits.filter((d) => iinCheckDigit(d) === null),
      5,
    );
    expect(noCheckDigit.length).toBeGreaterThan(0);
    for (const first11 of noCheckDigit) {
      expect(completeIin(first11)).toBeNull();
      for (const last of '0123456789') expect(checkIin(first11 + last).outcome).toBe('invalid');
    }
  });

  it('rejects malformed input to the low-level helpers loudly', () => {
    expect(() => iinCheckDigit('123')).toThrow(RangeError);
    expect(() => decodeIin('123')).toThrow(RangeError);
  });
});

describe('IIN hints (historical parts; never trusted over the document)', () => {
  it('decodes century and sex from the seventh digit', () => {
    expect(decodeIin('850315300128')).toEqual({
      birthDate: '1985-03-15',
      century: 1900,
      sex: 'male',
      serial: '0012',
    });
    expect(decodeIin('040229601238')).toMatchObject({
      birthDate: '2004-02-29',
      century: 2000,
      sex: 'female',
    });
    expect(decodeIin('051120500780')).toMatchObject({ birthDate: '2005-11-20', sex: 'male' });
    expect(decodeIin('991231100000')).toMatchObject({ birthDate: '1899-12-31', century: 1800, sex: 'male' });
    expect(decodeIin('991231200000')).toMatchObject({ century: 1800, sex: 'female' });
    expect(decodeIin('910712400453')).toMatchObject({ birthDate: '1991-07-12', sex: 'female' });
  });

  it('marks a checksum-valid IIN with an unknown century digit as suspicious', () => {
    const iin = completeIin('85031570012');
    expect(iin).not.toBeNull();
    expect(checkIin(iin as string)).toMatchObject({
      outcome: 'suspicious',
      warnings: ['unknown-century-digit'],
      hints: { century: null, sex: null, birthDate: null },
    });
  });
});

describe('IIN properties', () => {
  it('eleven digits plus their computed check digit always pass the checksum', () => {
    fc.assert(
      fc.property(validIin, (iin) => {
        expect(checkIin(iin).outcome).not.toBe('invalid');
      }),
    );
  });

  it('exactly one last digit completes any prefix that has a check digit', () => {
    fc.assert(
      fc.property(elevenDigits, (first11) => {
        const passing = [...'0123456789'].filter((last) => hasValidIinChecksum(first11 + last));
        expect(passing.length).toBe(iinCheckDigit(first11) === null ? 0 : 1);
      }),
    );
  });

  it('changing the check digit of a valid IIN always makes it invalid', () => {
    fc.assert(
      fc.property(validIin, fc.integer({ min: 1, max: 9 }), (iin, delta) => {
        const changed = iin.slice(0, 11) + String((Number(iin[11]) + delta) % 10);
        expect(checkIin(changed)).toEqual({ outcome: 'invalid', reason: 'checksum' });
      }),
    );
  });

  // What does NOT hold: "any single-digit change is caught". Weight 11 ≡ 0 (mod 11), so the first
  // pass ignores the 11th digit, and a change can also push the sum into the second pass.
  it('a change to one of the first ten digits is caught whenever both numbers use the first pass', () => {
    fc.assert(
      fc.property(
        firstPassIin,
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (iin, position, delta) => {
          const digit = (Number(iin[position]) + delta) % 10;
          const changed = iin.slice(0, position) + String(digit) + iin.slice(position + 1);
          fc.pre(firstPassSum(changed.slice(0, 11)) !== 10);
          expect(hasValidIinChecksum(changed)).toBe(false);
        },
      ),
    );
  });

  it('the 11th digit is invisible to the first pass: changing it keeps a first-pass IIN valid', () => {
    fc.assert(
      fc.property(firstPassIin, fc.integer({ min: 1, max: 9 }), (iin, delta) => {
        const changed = iin.slice(0, 10) + String((Number(iin[10]) + delta) % 10) + iin[11];
        expect(hasValidIinChecksum(changed)).toBe(true);
      }),
    );
  });

  it('swapping two different neighbours among the first 11 digits is caught when both use the first pass', () => {
    fc.assert(
      fc.property(firstPassIin, fc.integer({ min: 0, max: 9 }), (iin, position) => {
        const a = iin[position] as string;
        const b = iin[position + 1] as string;
        fc.pre(a !== b);
        const swapped = iin.slice(0, position) + b + a + iin.slice(position + 2);
        fc.pre(firstPassSum(swapped.slice(0, 11)) !== 10);
        expect(hasValidIinChecksum(swapped)).toBe(false);
      }),
    );
  });

  it('checkIin never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(['valid', 'suspicious', 'invalid']).toContain(checkIin(text).outcome);
      }),
    );
  });
});
