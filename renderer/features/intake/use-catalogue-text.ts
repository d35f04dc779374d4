import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../app/i18n/languages';
import type { LocalizedText } from '../../../shared/domain';

/** Catalogue labels (LocalizedText) in the interface language. */
export function useCatalogueText(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'kk';
  return (text) => text[language];
}
