import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/sync';

/** The definition, written the plain way: keys sorted by code unit, undefined members left out. */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .filter((key) => record[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${reference(record[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: 'é' }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":"é","z":null}]},"b":1}',
    );
  });

  it('sorts keys that look like numbers as text (the engine lists those first)', () => {
    expect(canonicalJson({ 9: 'nine', 10: 'ten', a: 0 })).toBe('{"10":"ten","9":"nine","a":0}');
    expect(canonicalJson(JSON.parse('{"10":"ten","9":"nine"}'))).toBe('{"10":"ten","9":"nine"}');
  });

  it('gives the definition for any JSON value, in any key order and as parsed from canonical text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const expected = reference(value);
        expect(canonicalJson(value)).toBe(expected);
        // Parsed back, its keys come in canonical order: the engine's own stringify path.
        expect(canonicalJson(JSON.parse(expected))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('treats what is not plain JSON as before, whatever the key order', () => {
    expect(canonicalJson({ a: new Date(0) })).toBe('{"a":{}}');
    // JSON.stringify would call it; canonical JSON has no functions.
    expect(() => canonicalJson({ b: 1, toJSON: () => 'x' })).toThrow(TypeError);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(TypeError);
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ a: Number.POSITIVE_INFINITY })).toThrow(TypeError);
    expect(() => canonicalJson([1, undefined])).toThrow(TypeError);
    expect(() => canonicalJson(JSON.parse('{"a":1e999}'))).toThrow(TypeError);
  });
});
