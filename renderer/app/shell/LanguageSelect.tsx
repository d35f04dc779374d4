import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, isLanguage, languages } from '../i18n/languages';

/** The interface language; each option is named in its own language so anyone can find theirs. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  const change = (event: ChangeEvent<HTMLSelectElement>) => {
    const chosen = event.target.value;
    if (isLanguage(chosen)) void i18n.changeLanguage(chosen);
  };
  return (
    <div className="language-select">
      <label className="language-select__label" htmlFor={id}>
        {t('common:language.label')}
      </label>
      <select
        id={id}
        className="language-select__control"
        data-testid="language-select"
        value={current}
        onChange={change}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t('common:languageName', { lng: language })}
          </option>
        ))}
      </select>
    </div>
  );
}
