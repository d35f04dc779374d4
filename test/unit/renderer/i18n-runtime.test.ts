import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../renderer/app/i18n/create-i18n';
import { followLanguage } from '../../../renderer/app/i18n/document-language';
import {
  languageStorageKey,
  readStoredLanguage,
  storeLanguage,
  type LanguageStorage,
} from '../../../renderer/app/i18n/language-storage';
import { languages } from '../../../renderer/app/i18n/languages';
import { bundledResources, resourcesFromModules } from '../../../renderer/app/i18n/resources';

const localesRoot = path.resolve(import.meta.dirname, '../../../locales');

function memoryStorage(
  initial: Record<string, string> = {},
): LanguageStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

const brokenStorage: LanguageStorage = {
  getItem: () => {
    throw new Error('storage disabled');
  },
  setItem: () => {
    throw new Error('quota exceeded');
  },
};

describe('locale resources', () => {
  it('bundles every namespace file of every language in locales/ except the server console (a new file needs no code)', () => {
    const resources = bundledResources();
    for (const language of languages) {
      const onDisk = readdirSync(path.join(localesRoot, language))
        .filter((file) => file.endsWith('.json'))
        .map((file) => path.basename(file, '.json'))
        .filter((namespace) => namespace !== 'console')
        .sort();
      expect(Object.keys(resources[language] ?? {}).sort(), language).toEqual(onDisk);
      expect(
        resources[language]?.['console'],
        'the provider console is served by the server',
      ).toBeUndefined();
    }
  });

  it('takes the language from the folder and the namespace from the file name', () => {
    const resources = resourcesFromModules({
      '../../../locales/kk/host.json': { error: { internal: 'Ішкі қате' } },
      '../../../locales/ru/validation.json': { iin: 'ИИН' },
      '../../../locales/de/common.json': { appName: 'ignored: not an interface language' },
    });
    expect(resources).toEqual({
      kk: { host: { error: { internal: 'Ішкі қате' } } },
      ru: { validation: { iin: 'ИИН' } },
    });
  });

  it('refuses a module that is not a locale file or not a JSON object', () => {
    expect(() => resourcesFromModules({ '../../../renderer/x.json': {} })).toThrow(/Not a locale file/u);
    expect(() => resourcesFromModules({ '../../../locales/kk/common.json': 'text' })).toThrow(/JSON object/u);
  });
});

describe('the i18next instance', () => {
  const resources = {
    kk: { common: { hello: 'Сәлем, {{name}}' }, intake: { title: 'Қабылдау' } },
    ru: { common: { hello: 'Привет, {{name}}' }, intake: { title: 'Приём' } },
    en: { common: { hello: 'Hello, {{name}}' }, intake: { title: 'Intake' } },
  };

  it('is ready synchronously in the requested language, with common as the default namespace', () => {
    const i18n = createI18n({ language: 'ru', resources, reportProblem: vi.fn() });
    expect(i18n.language).toBe('ru');
    expect(i18n.t('hello', { name: 'Айгүл' })).toBe('Привет, Айгүл');
    expect(i18n.t('intake:title')).toBe('Приём');
    expect(i18n.t('intake:title', { lng: 'kk' })).toBe('Қабылдау');
  });

  it('reports a missing key with its namespace', () => {
    const reportProblem = vi.fn();
    const i18n = createI18n({ language: 'en', resources, reportProblem });
    i18n.t('intake:no.such.key');
    expect(reportProblem).toHaveBeenCalledWith(expect.stringContaining('"intake:no.such.key"'));
  });

  it('reports a missing interpolation value and keeps the placeholder visible', () => {
    const reportProblem = vi.fn();
    const i18n = createI18n({ language: 'kk', resources, reportProblem });
    expect(i18n.t('hello')).toBe('Сәлем, {{name}}');
    expect(reportProblem).toHaveBeenCalledWith(expect.stringContaining('{{name}}'));
  });

  it('reports on console.error by default, so e2e tests catch it in any build', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      createI18n({ language: 'kk', resources }).t('common:missing');
      expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('"common:missing"'));
    } finally {
      consoleError.mockRestore();
    }
  });

  it('reports nothing for keys that exist', () => {
    const reportProblem = vi.fn();
    const i18n = createI18n({ language: 'en', resources, reportProblem });
    i18n.t('hello', { name: 'Asel' });
    i18n.t('intake:title');
    expect(reportProblem).not.toHaveBeenCalled();
  });
});

describe('remembered language', () => {
  it('reads a saved interface language and ignores anything else', () => {
    expect(readStoredLanguage(memoryStorage({ [languageStorageKey]: 'ru' }))).toBe('ru');
    expect(readStoredLanguage(memoryStorage({ [languageStorageKey]: 'de' }))).toBeUndefined();
    expect(readStoredLanguage(memoryStorage())).toBeUndefined();
    expect(readStoredLanguage(undefined)).toBeUndefined();
  });

  it('survives storage that throws', () => {
    expect(readStoredLanguage(brokenStorage)).toBeUndefined();
    expect(() => storeLanguage(brokenStorage, 'en')).not.toThrow();
  });

  it('stores under the documented key', () => {
    const storage = memoryStorage();
    storeLanguage(storage, 'en');
    expect(storage.data.get('counter-desk.language')).toBe('en');
  });
});

describe('<html lang> follows the interface language', () => {
  it('is set at start, changes and is remembered on every switch, and stops when unsubscribed', async () => {
    const i18n = createI18n({
      language: 'kk',
      resources: { kk: {}, ru: {}, en: {} },
      reportProblem: vi.fn(),
    });
    const document = { documentElement: { lang: '' } };
    const storage = memoryStorage();
    const stop = followLanguage(i18n, document, storage);
    expect(document.documentElement.lang).toBe('kk');
    expect(storage.data.size).toBe(0);

    await i18n.changeLanguage('ru');
    expect(document.documentElement.lang).toBe('ru');
    expect(storage.data.get(languageStorageKey)).toBe('ru');

    stop();
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('ru');
    expect(storage.data.get(languageStorageKey)).toBe('ru');
  });
});
