import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as schemas from '../../../shared/schemas';
import { allValidationMessageKeys } from '../../../shared/schemas';
import { messagesOf } from './issues';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const languages = ['kk', 'ru', 'en'] as const;
const locale = (lang: string): unknown =>
  JSON.parse(readFileSync(`${root}locales/${lang}/validation.json`, 'utf8'));

function leaves(node: unknown, prefix = 'validation:'): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`;
    if (typeof value === 'object' && value !== null) leaves(value, path).forEach((v, k) => out.set(k, v));
    else out.set(path, value);
  }
  return out;
}

const keys = allValidationMessageKeys();
const texts = Object.fromEntries(languages.map((lang) => [lang, leaves(locale(lang))])) as Record<
  (typeof languages)[number],
  Map<string, unknown>
>;

describe('validation messages', () => {
  it('are all i18n keys of the validation namespace', () => {
    for (const key of keys) expect(key).toMatch(/^validation:[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(languages)('every key has a non-empty %s text, and the file has no stray keys', (lang) => {
    for (const key of keys) {
      const text = texts[lang].get(key);
      expect(typeof text === 'string' && text.trim().length > 0, `${lang}: ${key}`).toBe(true);
    }
    expect([...texts[lang].keys()].sort()).toEqual([...keys].sort());
  });

  it('Kazakh texts are Kazakh, Russian texts Russian', () => {
    const kazakhLetters = /[әғқңөұүһі]/i;
    const kazakhOnly = keys.filter((key) => kazakhLetters.test(String(texts.kk.get(key))));
    expect(kazakhOnly.length / keys.length).toBeGreaterThan(0.8);
    for (const key of keys) {
      expect(texts.kk.get(key), key).not.toBe(texts.ru.get(key));
      expect(String(texts.ru.get(key)), key).toMatch(/[а-яё]/i);
      expect(String(texts.ru.get(key)), key).not.toMatch(kazakhLetters);
    }
  });

  it('every key written anywhere in shared/ is one of the known keys', () => {
    const files = ['shared/schemas', 'shared/domain'].flatMap((dir) =>
      readdirSync(`${root}${dir}`, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => `${root}${dir}/${file}`),
    );
    const written = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/validation:[A-Za-z.]+[A-Za-z]/g)].map((m) => m[0]),
    );
    expect(written.length).toBeGreaterThan(keys.length / 2);
    for (const key of written) expect(keys, key).toContain(key);
  });
});

describe('every schema speaks in keys', () => {
  const zodSchemas = Object.entries(schemas).flatMap(([name, value]) =>
    value instanceof z.ZodType ? [[name, value] as const] : [],
  );

  it('exports the schemas the UI needs', () => {
    expect(zodSchemas.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'iinSchema',
        'applicantSchema',
        'representativeSchema',
        'powerOfAttorneySchema',
        'applicationSchema',
        'applicationEventSchema',
      ]),
    );
  });

  it.each(zodSchemas.map(([name, schema]) => [name, schema] as const))(
    'property: %s never answers a message that is not a key',
    (_name, schema) => {
      fc.assert(
        fc.property(fc.oneof(fc.anything(), fc.object(), fc.string()), (input) => {
          for (const message of messagesOf(schema.safeParse(input))) expect(keys).toContain(message);
        }),
        { numRuns: 60 },
      );
    },
  );
});
