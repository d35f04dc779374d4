import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, languages, type Language } from './languages';
import { namespacesOf } from './resources';

export const defaultNamespace = 'common';

export interface I18nSetup {
  readonly language: Language;
  readonly resources: Resource;
  /**
   * Where a missing key or interpolation value is reported. console.error by default, in every
   * build: a missing text is a defect, and the e2e tests (which drive the production build) fail
   * on console errors.
   */
  readonly reportProblem?: (message: string) => void;
}

/** A ready i18next instance: resources are bundled, so it initialises synchronously (no flash). */
export function createI18n({ language, resources, reportProblem = console.error }: I18nSetup): I18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  void instance.init({
    lng: language,
    supportedLngs: languages,
    // A key missing in one language shows the Kazakh text rather than a raw key; the key-parity
    // test keeps that from happening unnoticed.
    fallbackLng: defaultLanguage,
    ns: namespacesOf(resources),
    defaultNS: defaultNamespace,
    resources,
    initAsync: false,
    // React escapes what it renders; escaping here too would show entities to the clerk.
    interpolation: { escapeValue: false },
    // saveMissing only routes missing keys to missingKeyHandler; nothing is saved anywhere.
    saveMissing: true,
    saveMissingTo: 'current',
    saveMissingPlurals: false,
    missingKeyHandler: (lngs, namespace, key) => {
      reportProblem(`[i18n] missing translation "${namespace}:${key}" (${lngs.join(', ')})`);
    },
    missingInterpolationHandler: (text, match: RegExpExecArray) => {
      reportProblem(`[i18n] no value for ${match[0]} in "${text}"`);
      return match[0];
    },
    react: { useSuspense: false },
  });
  return instance;
}
