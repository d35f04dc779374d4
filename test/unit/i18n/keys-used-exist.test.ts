import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLanguage } from './locale-files';
import { rendererRoot, sourceFiles, translationKeysUsed } from './source-scan';

const defaultNamespace = 'common';
const kazakh = readLanguage('kk');

/** 'ns:key.path' or 'key.path' (default namespace) → whether locales hold it (or its plural forms). */
function exists(fullKey: string): boolean {
  const [namespace, key] = fullKey.includes(':')
    ? (fullKey.split(/:(.*)/su) as [string, string])
    : [defaultNamespace, fullKey];
  const texts = kazakh.get(namespace);
  if (!texts) return false;
  return texts.has(key) || [...texts.keys()].some((k) => k.startsWith(`${key}_`));
}

describe('every translation key the renderer uses exists', () => {
  // renderer/print translates with a fixed 'print' namespace whose keys are checked by the compiler
  // (PrintKey) and by test/unit/print/locales.test.ts.
  const files = sourceFiles(rendererRoot, ['.ts', '.tsx']).filter(
    (f) => !f.includes(`${path.sep}print${path.sep}`),
  );
  const uses = files.flatMap((file) =>
    translationKeysUsed(file, readFileSync(file, 'utf8')).map((key) => ({
      file: path.relative(rendererRoot, file),
      key,
    })),
  );

  it('finds keys in use', () => {
    expect(uses.length).toBeGreaterThan(5);
  });

  it('none is missing from the locales', () => {
    expect(uses.filter((use) => !exists(use.key))).toEqual([]);
  });

  it('every message key written as a string (zod errors in renderer/ and shared/) exists', () => {
    const roots = [rendererRoot, path.resolve(rendererRoot, '../shared')];
    const written = roots
      .flatMap((root) => sourceFiles(root, ['.ts', '.tsx']))
      .flatMap((file) =>
        [
          ...readFileSync(file, 'utf8').matchAll(/['"`]((?:validation|forms):[A-Za-z][\w.]*[A-Za-z])['"`]/gu),
        ].map((match) => ({ file: path.relative(rendererRoot, file), key: match[1] ?? '' })),
      );
    expect(written.length).toBeGreaterThan(10);
    expect(written.filter((use) => !exists(use.key))).toEqual([]);
  });

  it('the check notices a key that does not exist', () => {
    expect(exists('common:surely.not.a.real.key')).toBe(false);
    expect(
      translationKeysUsed(
        'x.tsx',
        "t('intake:nope'); i18n.t('a.b'); <Trans i18nKey=\"c:d\" />; t(late ? 'e:over' : 'e:warn', { n })",
      ),
    ).toEqual(['intake:nope', 'a.b', 'c:d', 'e:over', 'e:warn']);
  });
});
