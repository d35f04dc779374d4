import type { LocalizedText } from '../localizedText';

/** Guidance repeated in several services' document lists. */
export const fetchedFromStateSystemsNote: LocalizedText = {
  kk: 'Қазақстан Республикасында 2008 жылдан кейін берілген жеке басты куәландыратын құжаттар мен туу туралы куәліктердің мәліметтерін қызметкер мемлекеттік ақпараттық жүйелерден алады — олардың көшірмесі талап етілмейді.',
  ru: 'Сведения о документах, удостоверяющих личность, и свидетельствах о рождении, выданных в Республике Казахстан после 2008 года, работник получает из государственных информационных систем — копии не требуются.',
  en: 'Data of identity documents and birth certificates issued in Kazakhstan after 2008 are fetched by the clerk from state information systems — no copies are needed.',
};
