import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain';
import { defaultLanguage, isLanguage } from '../../app/i18n/languages';

/** The interface language, for texts that come as data in three languages (the catalogue). */
export function useInterfaceLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
}
