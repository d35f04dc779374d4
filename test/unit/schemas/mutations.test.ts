import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allValidationMessageKeys, applicationEventSchema, applicationSchema } from '../../../shared/schemas';
import { duplicateApplication, events, externatApplication, refusalEvent } from './fixtures';
import { messagesOf } from './issues';

const keys = allValidationMessageKeys();

/** Paths to every value inside a JSON-like object. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => paths(child, [...prefix, key]))];
}

/** A deep copy of `value` with the value at `path` replaced (undefined: removed). */
function mutate(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  const next = mutate(copy[head], rest, replacement);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
}

const replacement = fc.oneof(
  fc.constant(undefined),
  fc.anything(),
  fc.string(),
  fc.integer(),
  fc.constant(''),
);

describe.each([
  ['applicationSchema', applicationSchema, [duplicateApplication, externatApplication]],
  ['applicationEventSchema', applicationEventSchema, [...events, refusalEvent]],
] as const)('%s under random damage', (_name, schema, samples) => {
  it('property: never throws, and every message is a known key', () => {
    const damaged = fc
      .constantFrom(...samples)
      .chain((sample) => fc.tuple(fc.constant(sample), fc.constantFrom(...paths(sample)), replacement))
      .map(([sample, path, value]) => mutate(sample, path, value));
    fc.assert(
      fc.property(damaged, (input) => {
        for (const message of messagesOf(schema.safeParse(input))) expect(keys).toContain(message);
      }),
      { numRuns: 400 },
    );
  });
});
