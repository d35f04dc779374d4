import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationEventSchema, isUnchangedByEventSchema } from '../../../shared/schemas';
import { duplicateApplication, events, externatApplication, receiptPrintedEvent } from './fixtures';
import { mutate, paths, removed } from './json-paths';

/**
 * isUnchangedByEventSchema may only say yes where the schema accepts the value and gives it back
 * equal. Every field of real events (as the desk stores them: the schema's own output) is
 * removed, replaced by values near and far from valid, and given unknown neighbours; each mutant
 * the fast path passes must pass the schema unchanged.
 */

/** As the desk stores an event: the schema's output, through JSON. */
const stored = (event: unknown): unknown => JSON.parse(JSON.stringify(applicationEventSchema.parse(event)));

const [drafted, accepted] = events;
const scan = {
  sha256: 'a'.repeat(64),
  documentId: 'identity-document',
  mediaType: 'image/jpeg',
  byteLength: 48_213,
};
/** A checksum that does not fit, accepted by a supervisor; an e-mail; scans. */
const acceptedWithEverything = {
  ...accepted,
  application: {
    ...duplicateApplication,
    applicant: {
      ...duplicateApplication.applicant,
      iin: '850315300129',
      iinChecksumOverride: { supervisorUserId: 'sup-1', reason: 'Паспорт', at: '2026-03-02T05:00:00.000Z' },
      email: 'aliya@example.kz',
    },
    scans: [scan, { ...scan, sha256: 'b'.repeat(64), documentId: null }],
  },
};
const acceptedExternat = {
  ...accepted,
  applicationId: externatApplication.id,
  application: externatApplication,
};

const seeds = [drafted, accepted, acceptedWithEverything, acceptedExternat, receiptPrintedEvent].map(stored);

/** Values near valid ones (dates, codes, IINs, the phone as typed, untrimmed text) and far from them. */
const replacements: unknown[] = [
  removed,
  undefined,
  null,
  true,
  false,
  0,
  1,
  -1,
  1.5,
  99,
  100,
  2000,
  2101,
  Number.MAX_SAFE_INTEGER + 1,
  '',
  ' ',
  'x',
  ' x',
  'x ',
  'x'.repeat(65),
  'x'.repeat(1001),
  'Әлия',
  'Әлия2',
  '2026-02-30',
  '2026-03-02',
  '2026-03-02T05:00:00Z',
  '2026-03-02T25:00:00.000Z',
  'ALM01-03-000123-4',
  'ALM01-03-000123-5',
  'A0000000-0000-4000-8000-000000000001',
  'a0000000-0000-4000-8000-00000000000',
  '+7 701 234 56 78',
  '87012345678',
  '+77012345678',
  '850315300128',
  '850315300129',
  '050140001238',
  '050140001239',
  'not-an-email',
  'desk',
  'provider',
  'drafted',
  'accepted',
  'self',
  'legal-representative',
  'duplicate-secondary',
  'no-such-service',
  'kk',
  'A4',
  'a'.repeat(64),
  [],
  ['x'],
  [' x'],
  [1],
  {},
  { kind: 'desk' },
];

/** The same object with one more key (`constructor` and `__proto__` among them, as JSON.parse makes them). */
function withExtraKey(value: unknown, key: string): unknown {
  const copy = { ...(value as object) };
  Object.defineProperty(copy, key, { value: 'x', enumerable: true, writable: true, configurable: true });
  return copy;
}

function expectSchemaAgrees(mutant: unknown, label: string): boolean {
  if (!isUnchangedByEventSchema(mutant)) return false;
  const parsed = applicationEventSchema.safeParse(mutant);
  expect(parsed.success, label).toBe(true);
  expect(parsed.data, label).toStrictEqual(mutant);
  return true;
}

describe('isUnchangedByEventSchema', () => {
  it('passes the events a desk pushes as it stores them', () => {
    for (const seed of seeds) expect(isUnchangedByEventSchema(seed), JSON.stringify(seed)).toBe(true);
  });

  it('leaves to the schema what it would change or refuse', () => {
    const asTyped = stored(accepted) as { application: { applicant: Record<string, unknown> } };
    const typedPhone = mutate(asTyped, ['application', 'applicant', 'phone'], '+7 701 234 56 78');
    expect(isUnchangedByEventSchema(typedPhone)).toBe(false);
    expect(applicationEventSchema.safeParse(typedPhone).success).toBe(true);
    expect(isUnchangedByEventSchema(mutate(asTyped, ['by', 'name'], ' Айгүл'))).toBe(false);
    expect(isUnchangedByEventSchema(withExtraKey(asTyped, 'note'))).toBe(false);
    // The types it does not know, and a provider's place, always go to the schema.
    expect(isUnchangedByEventSchema(stored(events[2]))).toBe(false);
    expect(isUnchangedByEventSchema(stored(events[5]))).toBe(false);
  });

  it('says yes to a mutant only when the schema accepts it unchanged', () => {
    let passed = 0;
    let left = 0;
    for (const seed of seeds) {
      for (const path of paths(seed)) {
        const target = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], seed);
        const mutants = replacements.map((replacement) => mutate(seed, path, replacement));
        if (typeof target === 'object' && target !== null && !Array.isArray(target))
          for (const key of ['extra', 'constructor', '__proto__', 'toString'])
            mutants.push(mutate(seed, path, withExtraKey(target, key)));
        for (const mutant of mutants) {
          if (
            expectSchemaAgrees(mutant, `${path.join('.')}: ${String(JSON.stringify(mutant)).slice(0, 200)}`)
          )
            passed += 1;
          else left += 1;
        }
      }
    }
    // Both answers happen: the check is neither "always no" nor "always yes".
    expect(passed).toBeGreaterThan(100);
    expect(left).toBeGreaterThan(1000);
  });

  it('says yes to random values at random places only when the schema accepts them unchanged', () => {
    const seedPaths = seeds.map((seed) => [seed, paths(seed)] as const);
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        fc.oneof(fc.jsonValue(), fc.string(), fc.integer()),
        (seedIndex, pathIndex, replacement) => {
          const [seed, seedPathList] = seedPaths[seedIndex % seedPaths.length]!;
          const path = seedPathList[pathIndex % seedPathList.length]!;
          expectSchemaAgrees(mutate(seed, path, replacement), path.join('.'));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
