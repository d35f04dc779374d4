import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shelfLimits, shelfSlots, type ShelfLayout } from '../../../shared/domain';
import { getShelfLayout, saveShelfLayout, type ValidationIssue } from '../../db';
import { useDesk } from '../../app/desk/use-desk';
import { FormAlert } from '../../components/form/FormAlert';
import '../../components/form/form.css';

interface RackDraft {
  readonly key: number;
  readonly code: string;
  readonly rows: string;
  readonly slotsPerRow: string;
}

function RackFields(props: {
  readonly index: number;
  readonly rack: RackDraft;
  readonly issues: readonly ValidationIssue[];
  readonly onChange: (rack: RackDraft) => void;
  readonly onRemove: (() => void) | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { index, rack, issues } = props;
  const number = index + 1;
  const field = (name: 'code' | 'rows' | 'slotsPerRow', label: string) => {
    const issue = issues.find((candidate) => candidate.path === `racks.${index}.${name}`);
    const inputId = `${id}-${name}`;
    return (
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          {label}
        </label>
        <input
          id={inputId}
          className="field__input"
          inputMode={name === 'code' ? 'text' : 'numeric'}
          autoComplete="off"
          value={rack[name]}
          aria-invalid={issue !== undefined}
          aria-describedby={issue === undefined ? undefined : `${inputId}-error`}
          onChange={(event) => props.onChange({ ...rack, [name]: event.target.value })}
        />
        {issue !== undefined && (
          <span id={`${inputId}-error`} className="field__error">
            {t(issue.message, { ...issue.params })}
          </span>
        )}
      </div>
    );
  };
  return (
    <fieldset className="form__group" data-testid="shelf-rack">
      <legend>{t('shelf:layout.rack', { number })}</legend>
      <div className="form__row">
        {field('code', t('shelf:layout.code'))}
        {field('rows', t('shelf:layout.rows'))}
        {field('slotsPerRow', t('shelf:layout.slotsPerRow'))}
      </div>
      {props.onRemove !== null && (
        <div>
          <button type="button" className="button button--secondary" onClick={props.onRemove}>
            {t('shelf:layout.remove', { number })}
          </button>
        </div>
      )}
    </fieldset>
  );
}

function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** The supervisor describes the storage shelf: racks (a code each), rows and slots per row. */
export function ShelfLayoutPanel() {
  const { t } = useTranslation();
  const { db, session } = useDesk();
  const headingId = useId();
  const [racks, setRacks] = useState<readonly RackDraft[] | null>(null);
  const [nextKey, setNextKey] = useState(0);
  const [issues, setIssues] = useState<readonly ValidationIssue[]>([]);
  const [message, setMessage] = useState<{ readonly ok: boolean; readonly text: string } | null>(null);
  const canChange = session.user.role === 'supervisor';

  useEffect(() => {
    void getShelfLayout(db).then((layout) => {
      setRacks(
        layout.racks.map((rack, key) => ({
          key,
          code: rack.code,
          rows: String(rack.rows),
          slotsPerRow: String(rack.slotsPerRow),
        })),
      );
      setNextKey(layout.racks.length);
    });
  }, [db]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (racks === null) return;
    const layout: ShelfLayout = {
      racks: racks.map((rack) => ({
        code: rack.code,
        rows: toNumber(rack.rows),
        slotsPerRow: toNumber(rack.slotsPerRow),
      })),
    };
    const saved = await saveShelfLayout(db, layout, session);
    if (saved.ok) {
      setIssues([]);
      setMessage({ ok: true, text: t('shelf:layout.saved', { count: shelfSlots(saved.value).length }) });
      return;
    }
    const { error } = saved;
    setIssues(error.kind === 'invalid-setting' ? error.issues : []);
    const formLevel =
      error.kind === 'invalid-setting'
        ? error.issues.find((issue) => !/^racks\.\d+\./.test(issue.path))
        : undefined;
    setMessage({
      ok: false,
      text:
        error.kind === 'not-supervisor'
          ? t('shelf:layout.notSupervisor')
          : formLevel !== undefined
            ? t(formLevel.message, { ...formLevel.params })
            : t('shelf:layout.failed'),
    });
  };

  if (!canChange) return null;

  const update = (index: number, rack: RackDraft) =>
    setRacks((now) => (now === null ? now : now.map((old, at) => (at === index ? rack : old))));

  return (
    <section className="panel" aria-labelledby={headingId} data-testid="shelf-layout">
      <h2 id={headingId} className="panel__title">
        {t('shelf:layout.heading')}
      </h2>
      <p>{t('shelf:layout.intro')}</p>
      {racks !== null && (
        <form className="form" noValidate onSubmit={(event) => void save(event)}>
          {racks.map((rack, index) => (
            <RackFields
              key={rack.key}
              index={index}
              rack={rack}
              issues={issues}
              onChange={(changed) => update(index, changed)}
              onRemove={racks.length > 1 ? () => setRacks(racks.filter((_, at) => at !== index)) : null}
            />
          ))}
          <p data-testid="shelf-layout-total">
            {t('shelf:layout.total', {
              count: racks.reduce((sum, rack) => {
                const slots = toNumber(rack.rows) * toNumber(rack.slotsPerRow);
                return Number.isInteger(slots) && slots > 0 ? sum + slots : sum;
              }, 0),
            })}
          </p>
          {message?.ok === false && <FormAlert message={message.text} testId="shelf-layout-error" />}
          {message?.ok === true && <p role="status">{message.text}</p>}
          <div className="form__row">
            <button
              type="button"
              className="button button--secondary"
              disabled={racks.length >= shelfLimits.racks}
              onClick={() => {
                setRacks([...racks, { key: nextKey, code: '', rows: '1', slotsPerRow: '10' }]);
                setNextKey(nextKey + 1);
              }}
            >
              {t('shelf:layout.add')}
            </button>
            <button type="submit" className="button">
              {t('shelf:layout.save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
