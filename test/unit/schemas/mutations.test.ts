import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allValidationMessageKeys, applicationEventSchema, applicationSchema } from '../../../shared/schemas';
import { duplicateApplication, events, externatApplication, refusalEvent } from './fixtures';
import { messagesOf } from './issues';
import { mutate, paths, removed } from './json-paths';

const keys = allValidationMessageKeys();

const replacement = fc.oneof(fc.constant(removed), fc.anything(), fc.string(), fc.integer(), fc.constant(''));

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
