import { isLanguage, type Language } from './languages';

export const languageStorageKey = 'counter-desk.language';

/** The part of Web Storage we use; tests pass a Map-backed fake. */
export type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The saved language, or undefined when none (or an unknown one) was saved. */
export function readStoredLanguage(storage: LanguageStorage | undefined): Language | undefined {
  try {
    const saved = storage?.getItem(languageStorageKey);
    return isLanguage(saved) ? saved : undefined;
  } catch {
    // Storage can be disabled or full; the desk still works in the default language.
    return undefined;
  }
}

export function storeLanguage(storage: LanguageStorage | undefined, language: Language): void {
  try {
    storage?.setItem(languageStorageKey, language);
  } catch {
    // Not remembering the choice is better than failing the switch itself.
  }
}
