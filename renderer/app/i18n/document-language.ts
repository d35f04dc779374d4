import type { i18n as I18n } from 'i18next';
import { isLanguage } from './languages';
import { storeLanguage, type LanguageStorage } from './language-storage';

/** The part of `document` this needs; tests pass a plain object. */
export interface LanguageDocument {
  readonly documentElement: { lang: string };
}

/**
 * Keeps `<html lang>` equal to the interface language (screen readers pick their voice from it)
 * and remembers every switch. Returns the unsubscribe function.
 */
export function followLanguage(
  i18n: I18n,
  document: LanguageDocument,
  storage: LanguageStorage | undefined,
): () => void {
  if (isLanguage(i18n.language)) document.documentElement.lang = i18n.language;
  const onLanguageChanged = (language: string): void => {
    if (!isLanguage(language)) return;
    document.documentElement.lang = language;
    storeLanguage(storage, language);
  };
  i18n.on('languageChanged', onLanguageChanged);
  return () => i18n.off('languageChanged', onLanguageChanged);
}
