import type { i18n as I18n } from 'i18next';
import type { Language } from '../../shared/domain';
import type { PageSize } from '../../shared/host';
import type printTexts from '../../locales/en/print.json';

/** Dot paths of the string leaves of a nested translation object: 'acceptance.copy.mark'. */
type LeafKeys<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafKeys<T[K]>}`;
}[keyof T & string];

/** Every key of the `print` namespace; a typo or a key missing from the files is a compile error. */
export type PrintKey = LeafKeys<typeof printTexts>;

/**
 * Fixed texts of a document in the applicant's language: i18next's `getFixedT(language, 'print')`
 * fits. Values passed are numbers, dates and receipt numbers only — never names or addresses — so
 * the result is plain text whatever i18next's escaping setting, and the documents escape it.
 */
export type PrintTranslate = (key: PrintKey, vars?: Readonly<Record<string, string | number>>) => string;

/** Kazakh or Russian for applicants (their choice); English for maintainers. */
export type PrintLanguage = Language;

export interface PrintOptions {
  readonly language: PrintLanguage;
  /** Must speak `language`. */
  readonly t: PrintTranslate;
  readonly pageSize: PageSize;
}

/**
 * Text the desk holds in the receipt languages, such as a centre's name from its settings, or a
 * catalogue label (LocalizedText fits). English falls back to Russian where none is given.
 */
export type PrintText = Readonly<{ kk: string; ru: string; en?: string }>;

export function textIn(text: PrintText, language: PrintLanguage): string {
  return language === 'en' ? (text.en ?? text.ru) : text[language];
}

/** `PrintTranslate` for `language` from the app's i18next instance (namespace `print`). */
export function printTranslator(i18n: Pick<I18n, 'getFixedT'>, language: PrintLanguage): PrintTranslate {
  const t = i18n.getFixedT(language, 'print');
  return (key, vars) => (vars === undefined ? t(key) : t(key, { ...vars }));
}
