/** The three languages every label carries: Kazakh and Russian are required by law, English for maintainers. */
export const languages = ['kk', 'ru', 'en'] as const;
export type Language = (typeof languages)[number];

/** Receipts are printed in the language the applicant chooses: Kazakh or Russian. */
export const receiptLanguages = ['kk', 'ru'] as const;
export type ReceiptLanguage = (typeof receiptLanguages)[number];

export type LocalizedText = Readonly<Record<Language, string>>;

export function isCompleteLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return languages.every((lang) => typeof record[lang] === 'string' && record[lang].trim() !== '');
}
