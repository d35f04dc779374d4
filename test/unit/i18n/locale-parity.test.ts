import { describe, expect, it } from 'vitest';
import {
  flatten,
  localeLanguages,
  placeholdersOf,
  placeholdersOfKey,
  pluralForms,
  readLanguage,
  requiredPluralCategories,
  sharedKeys,
} from './locale-files';

const byLanguage = new Map(localeLanguages.map((language) => [language, readLanguage(language)]));
const kazakh = byLanguage.get('kk')!;
const namespaces = [...new Set(localeLanguages.flatMap((l) => [...byLanguage.get(l)!.keys()]))].sort();

/** What is wrong with a language's plural keys: a category it needs is missing, or one it never uses is there. */
function pluralProblems(language: string, texts: ReadonlyMap<string, string>): string[] {
  return [...pluralForms(texts)].flatMap(([base, present]) => {
    const required = requiredPluralCategories(language, base.endsWith(' (ordinal)'));
    const missing = required.filter((category) => !present.has(category));
    // `zero` is i18next's optional form for count 0, allowed in every language.
    const unused = [...present].filter((category) => category !== 'zero' && !required.includes(category));
    return [
      ...missing.map((category) => `${base}: no "${category}" form`),
      ...unused.map((category) => `${base}: "${category}" is not a ${language} plural form`),
    ];
  });
}

describe('locales: every key in kk, ru and en', () => {
  it('has the same namespace files in every language', () => {
    for (const language of localeLanguages) {
      expect([...byLanguage.get(language)!.keys()].sort(), language).toEqual(namespaces);
    }
  });

  it.each(namespaces)('namespace %s: same keys, no empty text, same placeholders', (namespace) => {
    const reference = kazakh.get(namespace) ?? new Map<string, string>();
    for (const language of localeLanguages) {
      const texts = byLanguage.get(language)!.get(namespace) ?? new Map<string, string>();
      expect(sharedKeys(texts), `${language}/${namespace}.json keys`).toEqual(sharedKeys(reference));
      expect(pluralProblems(language, texts), `${language}/${namespace}.json plural forms`).toEqual([]);
      for (const [key, text] of texts) {
        expect(text.trim(), `${language}:${namespace}:${key} is empty`).not.toBe('');
      }
      for (const key of sharedKeys(texts)) {
        expect(placeholdersOfKey(texts, key), `${language}:${namespace}:${key} placeholders`).toEqual(
          placeholdersOfKey(reference, key),
        );
      }
    }
  });

  it('Kazakh texts are Kazakh: the kk files use Kazakh-specific letters somewhere', () => {
    const allKazakh = [...kazakh.values()].flatMap((texts) => [...texts.values()]).join(' ');
    expect(allKazakh).toMatch(/[әғқңөұүһі]/u);
  });

  it('the comparison itself notices a missing key and a changed placeholder', () => {
    const a = flatten({ intake: { title: 'Қабылдау {{n}}', hint: 'x' } });
    const b = flatten({ intake: { title: 'Приём {{count}}' } });
    expect(sharedKeys(b)).not.toEqual(sharedKeys(a));
    expect(placeholdersOf(b.get('intake.title')!)).not.toEqual(placeholdersOf(a.get('intake.title')!));
    expect(placeholdersOfKey(b, 'intake.title')).not.toEqual(placeholdersOfKey(a, 'intake.title'));
  });

  it('plural forms: Russian may have few/many where Kazakh has not, but each language needs its own', () => {
    const kk = flatten({ files_one: '{{count}} файл', files_other: '{{count}} файл' });
    const ru = flatten({
      files_one: '{{count}} файл',
      files_few: '{{count}} файла',
      files_many: '{{count}} файлов',
      files_other: '{{count}} файла',
    });
    expect(sharedKeys(ru)).toEqual(sharedKeys(kk));
    expect(pluralProblems('kk', kk)).toEqual([]);
    expect(pluralProblems('ru', ru)).toEqual([]);
    expect(pluralProblems('ru', kk)).toEqual(['files: no "few" form', 'files: no "many" form']);
    expect(pluralProblems('en', ru)).toEqual([
      'files: "few" is not a en plural form',
      'files: "many" is not a en plural form',
    ]);
  });
});
