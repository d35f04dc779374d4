import { describe, expect, it } from 'vitest';
import { flatten, localeLanguages, placeholdersOf, readLanguage } from './locale-files';

const byLanguage = new Map(localeLanguages.map((language) => [language, readLanguage(language)]));
const kazakh = byLanguage.get('kk')!;
const namespaces = [...new Set(localeLanguages.flatMap((l) => [...byLanguage.get(l)!.keys()]))].sort();

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
      expect([...texts.keys()].sort(), `${language}/${namespace}.json keys`).toEqual(
        [...reference.keys()].sort(),
      );
      for (const [key, text] of texts) {
        expect(text.trim(), `${language}:${namespace}:${key} is empty`).not.toBe('');
        expect(placeholdersOf(text), `${language}:${namespace}:${key} placeholders`).toEqual(
          placeholdersOf(reference.get(key) ?? ''),
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
    expect([...b.keys()]).not.toEqual([...a.keys()]);
    expect(placeholdersOf(b.get('intake.title')!)).not.toEqual(placeholdersOf(a.get('intake.title')!));
  });
});
