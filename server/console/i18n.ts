import { createInstance, type TFunction } from 'i18next';
import { toLocalDateTime, type CentreTimeZone, type Instant } from '../../shared/domain';
import en from '../../locales/en/console.json' with { type: 'json' };
import kk from '../../locales/kk/console.json' with { type: 'json' };
import ru from '../../locales/ru/console.json' with { type: 'json' };

/** The console speaks Kazakh (default), Russian and English, like the desk. */
export const consoleLanguages = ['kk', 'ru', 'en'] as const;
export type ConsoleLanguage = (typeof consoleLanguages)[number];
export const defaultConsoleLanguage: ConsoleLanguage = 'kk';

export function isConsoleLanguage(value: unknown): value is ConsoleLanguage {
  return typeof value === 'string' && (consoleLanguages as readonly string[]).includes(value);
}

const i18n = createInstance();
void i18n.init({
  resources: { kk: { console: kk }, ru: { console: ru }, en: { console: en } },
  lng: defaultConsoleLanguage,
  fallbackLng: false,
  ns: ['console'],
  defaultNS: 'console',
  initAsync: false,
  // Templates escape every value themselves (html.ts); escaping twice would show &amp;.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type ConsoleT = TFunction<'console'>;

export function translatorFor(language: ConsoleLanguage): ConsoleT {
  return i18n.getFixedT(language, 'console');
}

/** Dates as the centre and the school read them: 2026-03-26 → 26.03.2026. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

/** An instant as a wall-clock reading in the providers' zone: 26.03.2026 14:05. */
export function formatDateTime(instant: Instant, zone: CentreTimeZone): string {
  const local = toLocalDateTime(instant, zone);
  const hours = String(Math.floor(local.minuteOfDay / 60)).padStart(2, '0');
  const minutes = String(local.minuteOfDay % 60).padStart(2, '0');
  return `${formatDate(local.date)} ${hours}:${minutes}`;
}
