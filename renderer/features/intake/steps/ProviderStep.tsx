import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { findService, providerKindLabels } from '../../../../shared/domain';
import { binSchema, validationMessages as m } from '../../../../shared/schemas';
import { addLocalProvider, matchProviders, providersFor, type DirectoryEntry } from '../../../db';
import { useDesk } from '../../../app/desk/use-desk';
import { FieldError } from '../fields/FieldError';
import { fieldErrorKey, fieldIds } from '../fields/field-error';
import type { IntakeFormValues, ProviderFormValues } from '../intake-form';
import { useCatalogueText } from '../use-catalogue-text';
import { StepHeading } from './StepHeading';

/** The most matches listed at once: the clerk narrows by typing more of the name or the BIN. */
const listLimit = 20;

type NewField = 'bin' | 'kk' | 'ru';
const newFieldIds: Readonly<Record<NewField, string>> = {
  bin: 'intake-provider-new-bin',
  kk: 'intake-provider-new-kk',
  ru: 'intake-provider-new-ru',
};
/** Where addLocalProvider's issue paths land. */
const issueFields: Readonly<Record<string, NewField>> = { bin: 'bin', 'name.kk': 'kk', 'name.ru': 'ru' };

const byId = (id: string) => document.getElementById(id);

/**
 * Moves focus once the next render has put the target on the page — unless the clerk has moved
 * on meanwhile (a busy machine can run the timer late): focus is never taken from a field the
 * clerk went to.
 */
function focusSoon(target: () => HTMLElement | null | undefined): void {
  const from = document.activeElement;
  window.setTimeout(() => {
    const now = document.activeElement;
    if (now !== from && now !== document.body && now !== null) return;
    target()?.focus();
  }, 0);
}

/**
 * The school or college the application goes to: found in the directory by name or BIN (a barcode
 * scanner types the BIN and Enter), or — not listed yet (first run, a mobile clerk offline) —
 * entered with its BIN and both names, kept at this desk and chosen.
 */
export function ProviderStep() {
  const { t, i18n } = useTranslation();
  const text = useCatalogueText();
  const { db, clock, session } = useDesk();
  const { control, setValue, clearErrors, formState } = useFormContext<IntakeFormValues>();
  const serviceId = useWatch({ control, name: 'serviceId' });
  const chosen = useWatch({ control, name: 'provider' });
  const service = findService(serviceId);
  const kind = service?.providerKind;
  const [directory, setDirectory] = useState<readonly DirectoryEntry[] | 'loading' | 'failed'>('loading');
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState<Record<NewField, string>>({ bin: '', kk: '', ru: '' });
  const [errors, setErrors] = useState<Partial<Record<NewField | 'form', string>>>({});
  const [saving, setSaving] = useState(false);
  const [enterPending, setEnterPending] = useState(false);
  const pendingForm = useRef<HTMLFormElement | null>(null);
  const chosenRef = useRef<HTMLParagraphElement>(null);
  const searchIds = fieldIds('provider.bin');
  const searchInvalid = fieldErrorKey(formState.errors, 'provider.bin') !== undefined;

  useEffect(() => {
    if (kind === undefined) return;
    let cancelled = false;
    providersFor(db, kind).then(
      (providers) => !cancelled && setDirectory(providers),
      () => !cancelled && setDirectory('failed'),
    );
    return () => {
      cancelled = true;
    };
  }, [db, kind]);

  useEffect(() => {
    if (!enterPending || directory === 'loading') return;
    setEnterPending(false);
    const digits = query.replace(/\s+/g, '');
    const loaded = Array.isArray(directory) ? (directory as readonly DirectoryEntry[]) : [];
    const found = loaded.filter((p) => p.bin === digits);
    const single =
      found[0] ??
      (() => {
        const matched = matchProviders(loaded, query);
        return matched.length === 1 ? matched[0] : undefined;
      })();
    if (single !== undefined) {
      setValue(
        'provider',
        { bin: single.bin, name: { kk: single.name.kk, ru: single.name.ru }, kind: single.kind },
        { shouldDirty: true },
      );
      clearErrors('provider.bin');
      // Chosen: on to the next step, as the Enter would have done had the directory been there.
      const form = pendingForm.current;
      pendingForm.current = null;
      window.setTimeout(() => form?.requestSubmit(), 0);
    } else if (/^\d{12}$/.test(digits)) {
      setDraft({ bin: digits, kk: '', ru: '' });
      setErrors({});
      setAdding(true);
      focusSoon(() => byId(newFieldIds.kk));
    }
  }, [enterPending, directory, query, setValue, clearErrors]);

  if (kind === undefined) return <StepHeading>{t('intake:step.provider')}</StepHeading>;

  const providers = Array.isArray(directory) ? (directory as readonly DirectoryEntry[]) : [];
  const matches = matchProviders(providers, query);
  const shown = matches.slice(0, listLimit);
  const nameOf = (name: { kk: string; ru: string }) => (i18n.language === 'kk' ? name.kk : name.ru);

  const choose = (entry: DirectoryEntry) => {
    const value: ProviderFormValues = {
      bin: entry.bin,
      name: { kk: entry.name.kk, ru: entry.name.ru },
      kind: entry.kind,
    };
    setValue('provider', value, { shouldDirty: true });
    clearErrors('provider.bin');
  };

  const openNew = (bin: string) => {
    setDraft({ bin, kk: '', ru: '' });
    setErrors({});
    setAdding(true);
    // The BIN is there (scanned or typed in the search): the names come next.
    focusSoon(() => byId(bin === '' ? newFieldIds.bin : newFieldIds.kk));
  };

  // Enter in the search box: one match (or the exact BIN) is chosen and the wizard moves on; a
  // complete BIN that is not listed opens the form to enter it; several matches go to the list.
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || query.trim() === '') return;
    if (directory === 'loading') {
      // A scanner can be faster than the directory: answer the Enter once it has loaded, rather
      // than take a listed school for an unlisted one.
      event.preventDefault();
      pendingForm.current = event.currentTarget.form;
      setEnterPending(true);
      return;
    }
    const digits = query.replace(/\s+/g, '');
    const single = providers.find((p) => p.bin === digits) ?? (matches.length === 1 ? matches[0] : undefined);
    if (single !== undefined) {
      choose(single);
      return;
    }
    event.preventDefault();
    if (/^\d{12}$/.test(digits)) openNew(digits);
    else if (shown.length > 0) byId(`intake-provider-${shown[0]?.bin ?? ''}`)?.focus();
  };

  const save = async () => {
    setSaving(true);
    const added = await addLocalProvider(
      db,
      { bin: draft.bin, name: { kk: draft.kk, ru: draft.ru }, kind },
      { clock, session },
    );
    setSaving(false);
    if (added.ok) {
      setDirectory([...providers, added.value]);
      choose(added.value);
      setAdding(false);
      setQuery('');
      setErrors({});
      focusSoon(() => chosenRef.current);
      return;
    }
    const error = added.error;
    const next: Partial<Record<NewField | 'form', string>> = {};
    if (error.kind === 'invalid-provider') {
      for (const issue of error.issues) {
        const field = issueFields[issue.path];
        if (field !== undefined && next[field] === undefined) next[field] = t(issue.message);
      }
    } else if (error.kind === 'duplicate-bin') {
      next.bin = t(error.message, { name: nameOf(error.existing.name) });
    } else {
      next.form = t('intake:provider.saveFailed');
    }
    setErrors(next);
    const first = (['bin', 'kk', 'ru'] as const).find((field) => next[field] !== undefined);
    if (first !== undefined) byId(newFieldIds[first])?.focus();
  };

  // Enter walks the new provider's fields (a scanned BIN ends with Enter) and saves from the last.
  const onNewKey = (field: NewField) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (field === 'bin') {
      const bin = binSchema.safeParse(draft.bin);
      const { bin: _old, ...rest } = errors;
      void _old;
      setErrors(bin.success ? rest : { ...rest, bin: t(bin.error.issues[0]?.message ?? m.bin.format) });
      if (bin.success) byId(newFieldIds.kk)?.focus();
    } else if (field === 'kk') byId(newFieldIds.ru)?.focus();
    else void save();
  };

  const newField = (field: NewField, label: string, hint?: string) => {
    const id = newFieldIds[field];
    const error = errors[field];
    const describedBy = [hint === undefined ? '' : `${id}-hint`, error === undefined ? '' : `${id}-error`]
      .filter(Boolean)
      .join(' ');
    return (
      <div className="intake-field">
        <label htmlFor={id} className="intake-field__label">
          {label}
        </label>
        {hint === undefined ? null : (
          <p id={`${id}-hint`} className="intake-field__hint">
            {hint}
          </p>
        )}
        <input
          id={id}
          type="text"
          inputMode={field === 'bin' ? 'numeric' : 'text'}
          autoComplete="off"
          aria-required
          aria-invalid={error !== undefined}
          aria-describedby={describedBy === '' ? undefined : describedBy}
          className="intake-field__input"
          value={draft[field]}
          onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
          onKeyDown={onNewKey(field)}
        />
        {error === undefined ? null : (
          <p id={`${id}-error`} className="intake-field__error">
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <>
      <StepHeading>{t('intake:step.provider')}</StepHeading>
      <p>{t('intake:provider.intro')}</p>
      <div className="intake-field">
        <label htmlFor={searchIds.input} className="intake-field__label">
          {t('intake:provider.search')}
        </label>
        <p id={searchIds.hint} className="intake-field__hint">
          {t('intake:provider.searchHint')}
        </p>
        <input
          id={searchIds.input}
          type="search"
          autoComplete="off"
          aria-invalid={searchInvalid}
          aria-describedby={[searchIds.hint, searchInvalid ? searchIds.error : ''].filter(Boolean).join(' ')}
          aria-controls="intake-provider-matches"
          className="intake-field__input"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onSearchKey}
        />
        <FieldError name="provider.bin" />
      </div>
      {directory === 'loading' ? <p role="status">{t('intake:provider.loading')}</p> : null}
      {directory === 'failed' ? <p role="alert">{t('intake:provider.loadFailed')}</p> : null}
      <fieldset id="intake-provider-matches" className="intake-choices">
        <legend className="intake-choices__legend">{text(providerKindLabels[kind])}</legend>
        {shown.length === 0 ? (
          <p>{t(providers.length === 0 ? 'intake:provider.emptyDirectory' : 'intake:provider.noMatches')}</p>
        ) : null}
        {shown.map((entry) => {
          const id = `intake-provider-${entry.bin}`;
          return (
            <div key={entry.bin} className="intake-choices__option">
              <input
                id={id}
                type="radio"
                name="intake-provider-choice"
                value={entry.bin}
                checked={chosen.bin === entry.bin}
                onChange={() => choose(entry)}
              />
              <label htmlFor={id}>
                {`${nameOf(entry.name)} — ${t('intake:provider.bin')} ${entry.bin}`}
                {entry.source === 'local' ? ` ${t('intake:provider.local')}` : ''}
              </label>
            </div>
          );
        })}
        <p role="status">
          {matches.length > shown.length
            ? t('intake:provider.more', { shown: shown.length, count: matches.length })
            : ''}
        </p>
      </fieldset>
      <p ref={chosenRef} tabIndex={-1} role="status" className="intake-provider__chosen">
        {chosen.bin === ''
          ? t('intake:provider.noneChosen')
          : t('intake:provider.chosen', { name: nameOf(chosen.name), bin: chosen.bin })}
      </p>
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={adding}
        aria-controls="intake-provider-new"
        onClick={() =>
          adding ? setAdding(false) : openNew(/^\d{12}$/.test(query.trim()) ? query.trim() : '')
        }
      >
        {t('intake:provider.notListed')}
      </button>
      {adding ? (
        <fieldset id="intake-provider-new" className="intake-group">
          <legend className="intake-group__legend">{t('intake:provider.new.legend')}</legend>
          <p className="intake-field__hint">{t('intake:provider.new.explanation')}</p>
          {newField('bin', t('intake:provider.new.bin'), t('intake:provider.new.binHint'))}
          {newField('kk', t('intake:provider.new.nameKk'))}
          {newField('ru', t('intake:provider.new.nameRu'))}
          {errors.form === undefined ? null : (
            <p role="alert" className="intake-field__error">
              {errors.form}
            </p>
          )}
          <div className="intake-actions">
            <button type="button" className="button" disabled={saving} onClick={() => void save()}>
              {t('intake:provider.new.save')}
            </button>
          </div>
        </fieldset>
      ) : null}
    </>
  );
}
