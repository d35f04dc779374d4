import { describe, expect, it } from 'vitest';
import { code128Svg } from '../../../renderer/print/barcode-svg';
import {
  code128BModules,
  code128BSymbols,
  code128Patterns,
  code128StartB,
  code128Stop,
  isCode128BText,
} from '../../../renderer/print/code128';

/** Bar patterns as published in the standard's table (1 = bar, 0 = space). */
const startB = '11010010000';
const letterA = '10100011000'; // value 33
const value34 = '10001011000';
const value21 = '11011100100'; // check symbol of the receipt number below
const stop = '1100011101011';

describe('Code 128 symbol table', () => {
  it('has 106 symbols of 11 modules and a stop symbol of 13', () => {
    expect(code128Patterns).toHaveLength(107);
    code128Patterns.forEach((pattern, value) => {
      const widths = [...pattern].map(Number);
      expect(
        widths.every((width) => width >= 1 && width <= 4),
        `symbol ${value}`,
      ).toBe(true);
      expect(
        widths.reduce((a, b) => a + b, 0),
        `symbol ${value}`,
      ).toBe(value === code128Stop ? 13 : 11);
    });
  });

  it('has an even number of bar modules in every symbol (the parity scanners check)', () => {
    code128Patterns.forEach((pattern, value) => {
      const barModules = [...pattern].filter((_, index) => index % 2 === 0).map(Number);
      expect(barModules.reduce((a, b) => a + b, 0) % 2, `symbol ${value}`).toBe(0);
    });
  });

  it('has no two symbols alike', () => {
    expect(new Set(code128Patterns).size).toBe(code128Patterns.length);
  });
});

describe('code128BSymbols', () => {
  it('encodes "A" as start B, 33, check 34, stop: (104 + 1·33) mod 103 = 34', () => {
    expect(code128BSymbols('A')).toEqual([code128StartB, 33, 34, code128Stop]);
  });

  it('weights each character by its position: "Wikipedia" has check symbol 88', () => {
    // 104 + 1·55 + 2·73 + 3·75 + 4·73 + 5·80 + 6·69 + 7·68 + 8·73 + 9·65 = 3281 = 31·103 + 88
    const symbols = code128BSymbols('Wikipedia');
    expect(symbols.slice(1, -2)).toEqual([55, 73, 75, 73, 80, 69, 68, 73, 65]);
    expect(symbols.at(-2)).toBe(88);
  });

  it('encodes a receipt number: check symbol 21 (2802 mod 103)', () => {
    const symbols = code128BSymbols('ALM01-03-000123-4');
    expect(symbols.slice(1, -2)).toEqual([
      33, 44, 45, 16, 17, 13, 16, 19, 13, 16, 16, 16, 17, 18, 19, 13, 20,
    ]);
    expect(symbols.at(-2)).toBe(21);
  });

  it('refuses what set B cannot write', () => {
    expect(() => code128BSymbols('')).toThrow(RangeError);
    expect(() => code128BSymbols('ҚАЗ-1')).toThrow(RangeError);
    expect(() => code128BSymbols('tab\there')).toThrow(RangeError);
    expect(isCode128BText(' ~')).toBe(true);
    expect(isCode128BText('\u007f')).toBe(false);
  });
});

describe('code128BModules', () => {
  it('lays out "A" bar by bar', () => {
    expect(code128BModules('A')).toBe(startB + letterA + value34 + stop);
  });

  it('starts, checks and stops a receipt number with the published patterns', () => {
    const modules = code128BModules('ALM01-03-000123-4');
    expect(modules).toHaveLength(11 * 19 + 13);
    expect(modules.startsWith(startB + letterA)).toBe(true);
    expect(modules.endsWith(value21 + stop)).toBe(true);
  });
});

describe('code128Svg', () => {
  it('draws exactly the bars of the pattern, inside ten-module quiet zones', () => {
    const svg = code128Svg('AB-12', { moduleMm: 0.3, heightMm: 12 }, 'label').toString();
    const modules = code128BModules('AB-12');
    const total = modules.length + 20;
    const drawn = Array.from({ length: total }, () => '0');
    for (const [, x, width] of svg.matchAll(/<rect x="(\d+)" y="0" width="(\d+)" height="1"\s*\/>/g)) {
      for (let i = Number(x); i < Number(x) + Number(width); i++) drawn[i] = '1';
    }
    expect(drawn.join('')).toBe('0'.repeat(10) + modules + '0'.repeat(10));
    expect(svg).toContain(`viewBox="0 0 ${total} 1"`);
    expect(svg).toContain(`width="${Math.round(total * 0.3 * 1000) / 1000}mm"`);
    expect(svg).toContain('height="12mm"');
  });

  it('escapes its accessible label', () => {
    const svg = code128Svg('A', { moduleMm: 0.3, heightMm: 10 }, '"><script>').toString();
    expect(svg).toContain('aria-label="&quot;&gt;&lt;script&gt;"');
  });
});
