import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listOpenShelfFlags, resolveShelfFlag, watchQuery, type ShelfFlagRecord } from '../../db';
import { useDesk } from '../../app/desk/use-desk';
import { FormAlert } from '../../components/form/FormAlert';
import '../../components/table.css';
import { centreDateTime } from '../applications/application-texts';
import { flagKindText } from './shelf-texts';

function FlagRow({
  flag,
  onResolved,
}: {
  readonly flag: ShelfFlagRecord;
  readonly onResolved: (text: string) => void;
}) {
  const { t } = useTranslation();
  const desk = useDesk();
  const noteId = useId();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const resolve = async () => {
    const resolved = await resolveShelfFlag(desk.db, { flagId: flag.id, note }, desk);
    if (resolved.ok) {
      onResolved(t('shelf:flags.resolved', { receiptNumber: flag.receiptNumber }));
      return;
    }
    const { error } = resolved;
    setProblem(
      error.kind === 'note-required'
        ? t('shelf:flags.error.note-required')
        : error.kind === 'note-too-long'
          ? t('shelf:flags.error.note-too-long', { limit: error.limit })
          : t('shelf:flags.error.failed'),
    );
  };
  return (
    <tr data-testid="shelf-flag">
      <td>{flagKindText(flag.kind, t)}</td>
      <td>{flag.receiptNumber}</td>
      <td>
        {t('shelf:flags.raised', {
          time: centreDateTime(flag.raisedAt, desk.session.centre.timeZone),
          name: flag.raisedBy.name,
        })}
      </td>
      <td>
        <div className="field">
          <label className="field__label" htmlFor={noteId}>
            {t('shelf:flags.note', { receiptNumber: flag.receiptNumber })}
          </label>
          <textarea
            id={noteId}
            className="field__input"
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <button type="button" className="button button--secondary" onClick={() => void resolve()}>
          {t('shelf:flags.resolve')}
        </button>
        <FormAlert message={problem} />
      </td>
    </tr>
  );
}

/** The supervisor's list of what receiving refused to accept silently, each closed with a note. */
export function ShelfFlagsPanel() {
  const { t } = useTranslation();
  const { db } = useDesk();
  const headingId = useId();
  const [flags, setFlags] = useState<readonly ShelfFlagRecord[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(
    () =>
      watchQuery(() => listOpenShelfFlags(db)).subscribe(setFlags, (error: unknown) => {
        console.error('[shelf] the flags could not be read', error);
      }),
    [db],
  );
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="shelf-flags">
      <h2 id={headingId} className="panel__title">
        {t('shelf:flags.heading')}
      </h2>
      {done !== null && <p role="status">{done}</p>}
      {flags !== null && flags.length === 0 && <p>{t('shelf:flags.none')}</p>}
      {flags !== null && flags.length > 0 && (
        <table className="table">
          <caption>{t('shelf:flags.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('shelf:flags.column.kind')}</th>
              <th scope="col">{t('shelf:flags.column.receiptNumber')}</th>
              <th scope="col">{t('shelf:flags.column.raised')}</th>
              <th scope="col">{t('shelf:flags.column.resolve')}</th>
            </tr>
          </thead>
          <tbody>
            {flags.map((flag) => (
              <FlagRow key={flag.id} flag={flag} onResolved={setDone} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
