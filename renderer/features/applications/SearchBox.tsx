import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One box for IIN, name or receipt number. Enter searches: a barcode scanner types the receipt
 * number and presses Enter, so scanning a receipt opens its application's row.
 */
export function SearchBox({
  onSearch,
  showingResults,
}: {
  readonly onSearch: (query: string) => void;
  /** A search's results are shown: offer the way back to today's list. */
  readonly showingResults: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text);
  };
  const clear = () => {
    setText('');
    onSearch('');
  };
  return (
    <form role="search" className="search-box" onSubmit={submit} data-testid="application-search">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('applications:search.label')}
        </label>
        <span id={hintId} className="field__hint">
          {t('applications:search.hint')}
        </span>
        <div className="search-box__controls">
          <input
            id={id}
            className="field__input"
            type="search"
            autoComplete="off"
            aria-describedby={hintId}
            value={text}
            onChange={(event) => setText(event.target.value)}
            data-testid="application-search-input"
          />
          <button type="submit" className="button">
            {t('applications:search.submit')}
          </button>
          {showingResults && (
            <button type="button" className="button button--secondary" onClick={clear}>
              {t('applications:search.showToday')}
            </button>
          )}
        </div>
      </div>
    </form>
  );
}
