/** Interface languages. Kazakh first: it is the state language and the default. */
export const languages = ['kk', 'ru', 'en'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'kk';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
