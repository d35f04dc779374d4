import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/app/i18n/create-i18n';
import { resourcesFromModules } from '../../../renderer/app/i18n/resources';
import { printTranslator, type PrintKey, type PrintLanguage } from '../../../renderer/print';
import { leafTexts, loadPrintTranslate, printTexts } from './print-translations';

const languages: readonly PrintLanguage[] = ['kk', 'ru', 'en'];
const texts = Object.fromEntries(
  languages.map((language) => [language, leafTexts(printTexts(language))]),
) as Record<PrintLanguage, Map<string, string>>;
const keys = [...texts.en.keys()].sort();
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
const kazakhLetters = /[әғқңөұүһі]/i;

describe('locales/*/print.json', () => {
  it.each(languages)('%s has exactly the keys of the others, each with a non-empty text', (language) => {
    expect([...texts[language].keys()].sort()).toEqual(keys);
    for (const key of keys) expect(texts[language].get(key)?.trim(), `${language}: ${key}`).not.toBe('');
  });

  it('uses the same placeholders in every language', () => {
    for (const key of keys) {
      const expected = placeholders(texts.en.get(key) ?? '');
      for (const language of languages)
        expect(placeholders(texts[language].get(key) ?? ''), key).toEqual(expected);
    }
  });

  it('has Kazakh texts in Kazakh and Russian texts in Russian', () => {
    const kazakh = keys.filter((key) => kazakhLetters.test(texts.kk.get(key) ?? ''));
    expect(kazakh.length / keys.length).toBeGreaterThan(0.8);
    for (const key of keys) {
      expect(texts.kk.get(key), key).not.toBe(texts.ru.get(key));
      expect(texts.ru.get(key), key).toMatch(/[а-яё]/i);
      expect(texts.ru.get(key), key).not.toMatch(kazakhLetters);
    }
  });

  it('holds no key the documents do not use, and the documents use no key it lacks', () => {
    const folder = fileURLToPath(new URL('../../../renderer/print/', import.meta.url));
    const source = readdirSync(folder)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(`${folder}${file}`, 'utf8'))
      .join('\n');
    const used = new Set([...source.matchAll(/\bt\(\s*'([a-zA-Z.]+)'/g)].map((m) => m[1] ?? ''));
    expect([...used].sort()).toEqual(keys);
  });
});

describe('printTranslator', () => {
  it("gives the files' texts through the app's own i18next instance", () => {
    const problems: string[] = [];
    const modules = Object.fromEntries(
      languages.map((language) => [`locales/${language}/print.json`, printTexts(language)]),
    );
    const i18n = createI18n({
      language: 'kk',
      resources: resourcesFromModules(modules),
      reportProblem: (message) => problems.push(message),
    });
    const vars = { number: 7, date: '02.03.2026', time: '09:15' };
    for (const language of languages) {
      const viaI18next = printTranslator(i18n, language);
      const direct = loadPrintTranslate(language);
      for (const key of keys as PrintKey[]) {
        expect(viaI18next(key, vars), `${language}: ${key}`).toBe(direct(key, vars));
      }
    }
    expect(problems).toEqual([]);
  });
});
