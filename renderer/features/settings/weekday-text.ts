import type { TFunction } from 'i18next';
import type { WeekdayKey } from '../../../shared/domain';

/** A day of the week in the interface language (literal keys, so the key check sees them). */
export function weekdayText(day: WeekdayKey, t: TFunction): string {
  switch (day) {
    case 'mon':
      return t('settings:centre.weekday.mon');
    case 'tue':
      return t('settings:centre.weekday.tue');
    case 'wed':
      return t('settings:centre.weekday.wed');
    case 'thu':
      return t('settings:centre.weekday.thu');
    case 'fri':
      return t('settings:centre.weekday.fri');
    case 'sat':
      return t('settings:centre.weekday.sat');
    case 'sun':
      return t('settings:centre.weekday.sun');
  }
}
