import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  representativeRelationLabels,
  representativeRelations,
  type IssuedRecipient,
  type RepresentativeRelation,
} from '../../../shared/domain';
import { handOverResult, searchApplications, type ApplicationRecord, type HandOverPerson } from '../../db';
import { useDesk } from '../../app/desk/use-desk';
import { FormAlert } from '../../components/form/FormAlert';
import '../../components/table.css';
import { applicantName, serviceName, statusText } from '../applications/application-texts';
import { useInterfaceLanguage } from '../applications/use-interface-language';
import { printHandoverSlip } from './handover-printing';
import { handOverErrorText, resultKindText } from './shelf-texts';

type PersonKind = HandOverPerson['kind'];
type Notice = {
  readonly kind: 'ok' | 'error';
  readonly text: string;
  readonly details?: readonly string[];
} | null;

interface Handed {
  readonly record: ApplicationRecord;
  readonly recipient: IssuedRecipient;
}

const emptyPerson = {
  presentedIin: '',
  name: '',
  iin: '',
  relation: 'parent' as RepresentativeRelation,
  poaNumber: '',
  notary: '',
  issuedOn: '',
  validUntil: '',
};
type PersonFields = typeof emptyPerson;

function personOf(kind: PersonKind, fields: PersonFields): HandOverPerson {
  switch (kind) {
    case 'applicant':
      return { kind, presentedIin: fields.presentedIin };
    case 'legal-representative':
      return { kind, name: fields.name.trim(), iin: fields.iin.trim(), relation: fields.relation };
    case 'representative':
      return {
        kind,
        name: fields.name.trim(),
        iin: fields.iin.trim(),
        powerOfAttorney: {
          number: fields.poaNumber.trim(),
          notary: fields.notary.trim(),
          issuedOn: fields.issuedOn,
          validUntil: fields.validUntil,
        },
      };
  }
}

function Field(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'date';
  readonly inputMode?: 'numeric';
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        className="field__input"
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        autoComplete="off"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

/**
 * Handing a result over: find it (receipt scan, IIN or name), check who collects it — the
 * applicant's identity document, a minor's parent or legal representative, or a notarised power
 * of attorney valid today — then record the hand-over and print the slip.
 */
export function HandOverPanel() {
  const { t, i18n } = useTranslation();
  const desk = useDesk();
  const language = useInterfaceLanguage();
  const headingId = useId();
  const searchId = useId();
  const searchHintId = useId();
  const relationId = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<readonly ApplicationRecord[] | null>(null);
  const [selected, setSelected] = useState<ApplicationRecord | null>(null);
  const [kind, setKind] = useState<PersonKind>('applicant');
  const [fields, setFields] = useState<PersonFields>(emptyPerson);
  const [notice, setNotice] = useState<Notice>(null);
  const [handed, setHanded] = useState<Handed | null>(null);
  const [printProblem, setPrintProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (name: keyof PersonFields) => (value: string) =>
    setFields((now) => ({ ...now, [name]: value }));

  const choose = (record: ApplicationRecord | null) => {
    setSelected(record);
    setKind('applicant');
    setFields(emptyPerson);
  };

  const search = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    setHanded(null);
    setPrintProblem(null);
    // The result chosen before goes while this search runs: what is typed into its form meanwhile
    // would be cleared by the answer, or checked against the wrong application.
    choose(null);
    const { applications } = await searchApplications(desk.db, query);
    setFound(applications);
    const onShelf = applications.filter((record) => record.status === 'on-shelf');
    choose(applications.length === 1 && onShelf.length === 1 ? (onShelf[0] ?? null) : null);
  };

  const print = async (done: Handed) => {
    const failed = await printHandoverSlip(
      { centre: desk.centre, clerkName: desk.session.user.name, i18n, t },
      done.record,
      done.recipient,
      done.record.lastEvent.at,
    );
    setPrintProblem(failed === null ? null : t('shelf:handOver.printFailed', { reason: failed }));
  };

  const handOver = async (event: FormEvent) => {
    event.preventDefault();
    if (selected === null) return;
    setBusy(true);
    setNotice(null);
    const result = await handOverResult(
      desk.db,
      { applicationId: selected.applicationId, person: personOf(kind, fields) },
      desk,
    );
    setBusy(false);
    if (!result.ok) {
      const details =
        result.error.kind === 'invalid-recipient' ? result.error.issues.map((issue) => t(issue.message)) : [];
      setNotice({ kind: 'error', text: handOverErrorText(result.error, t), details });
      return;
    }
    const done = { record: result.value.record, recipient: result.value.recipient };
    setHanded(done);
    setNotice({
      kind: 'ok',
      text: t('shelf:handOver.done', {
        receiptNumber: done.record.receiptNumber ?? '',
        slot: result.value.slot ?? '',
      }),
    });
    choose(null);
    setFound(null);
    setQuery('');
    await print(done);
  };

  const representative = selected?.representative ?? null;
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="shelf-hand-over">
      <h2 id={headingId} className="panel__title">
        {t('shelf:handOver.heading')}
      </h2>
      <form className="form" noValidate onSubmit={(event) => void search(event)}>
        <div className="field">
          <label className="field__label" htmlFor={searchId}>
            {t('shelf:handOver.search')}
          </label>
          <span id={searchHintId} className="field__hint">
            {t('shelf:handOver.searchHint')}
          </span>
          <input
            id={searchId}
            className="field__input"
            autoComplete="off"
            aria-describedby={searchHintId}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div>
          <button type="submit" className="button">
            {t('shelf:handOver.find')}
          </button>
        </div>
      </form>

      {found !== null && found.length === 0 && <p role="status">{t('shelf:handOver.noResults')}</p>}
      {found !== null && found.length > 0 && selected === null && (
        <table className="table" data-testid="shelf-found">
          <caption>{t('shelf:handOver.results')}</caption>
          <tbody>
            {found.map((record) => (
              <tr key={record.applicationId}>
                <td>{record.receiptNumber}</td>
                <td>{applicantName(record)}</td>
                <td>
                  {record.status === 'on-shelf' ? (
                    <button type="button" className="button button--secondary" onClick={() => choose(record)}>
                      {t('shelf:handOver.select')}
                    </button>
                  ) : (
                    t('shelf:handOver.notOnShelf', { status: statusText(record.status, t) })
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {selected !== null && (
        <form
          className="form"
          noValidate
          onSubmit={(event) => void handOver(event)}
          data-testid="shelf-selected"
        >
          <dl className="facts">
            <dt>{t('shelf:handOver.receiptNumber')}</dt>
            <dd>{selected.receiptNumber}</dd>
            <dt>{t('shelf:handOver.applicant')}</dt>
            <dd>{applicantName(selected)}</dd>
            <dt>{t('shelf:handOver.applicantIin')}</dt>
            <dd>{selected.applicant.iin}</dd>
            <dt>{t('shelf:handOver.service')}</dt>
            <dd>{serviceName(selected.serviceId, language)}</dd>
            <dt>{t('shelf:handOver.result')}</dt>
            <dd>{resultKindText(selected.resultKind, language, t)}</dd>
            <dt>{t('shelf:handOver.slot')}</dt>
            <dd>{selected.shelfSlot}</dd>
          </dl>
          {selected.resultKind === 'reasoned-refusal' && (
            <p className="field__hint">{t('shelf:handOver.reasonedRefusal')}</p>
          )}
          <fieldset className="form__group">
            <legend>{t('shelf:handOver.who')}</legend>
            {(['applicant', 'legal-representative', 'representative'] as const).map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name="recipient-kind"
                  value={option}
                  checked={kind === option}
                  onChange={() => setKind(option)}
                />{' '}
                {option === 'applicant'
                  ? t('shelf:handOver.kind.applicant')
                  : option === 'legal-representative'
                    ? t('shelf:handOver.kind.legal-representative')
                    : t('shelf:handOver.kind.representative')}
              </label>
            ))}
          </fieldset>
          {kind === 'applicant' && (
            <Field
              label={t('shelf:handOver.documentIin')}
              inputMode="numeric"
              value={fields.presentedIin}
              onChange={set('presentedIin')}
            />
          )}
          {kind !== 'applicant' && (
            <div className="form__row">
              <Field label={t('shelf:handOver.name')} value={fields.name} onChange={set('name')} />
              <Field
                label={t('shelf:handOver.iin')}
                inputMode="numeric"
                value={fields.iin}
                onChange={set('iin')}
              />
            </div>
          )}
          {kind === 'legal-representative' && (
            <>
              <p className="field__hint" data-testid="intake-representative">
                {representative === null
                  ? t('shelf:handOver.noIntakeRepresentative')
                  : t('shelf:handOver.intakeRepresentative', {
                      name: [representative.surname, representative.givenName, representative.patronymic]
                        .filter((part) => part !== undefined && part !== '')
                        .join(' '),
                      iin: representative.iin,
                    })}
              </p>
              <div className="field">
                <label className="field__label" htmlFor={relationId}>
                  {t('shelf:handOver.relation')}
                </label>
                <select
                  id={relationId}
                  className="field__input"
                  value={fields.relation}
                  onChange={(event) => set('relation')(event.target.value)}
                >
                  {representativeRelations.map((relation) => (
                    <option key={relation} value={relation}>
                      {representativeRelationLabels[relation][language]}
                    </option>
                  ))}
                </select>
              </div>
            </>
          )}
          {kind === 'representative' && (
            <div className="form__row">
              <Field
                label={t('shelf:handOver.poaNumber')}
                value={fields.poaNumber}
                onChange={set('poaNumber')}
              />
              <Field label={t('shelf:handOver.notary')} value={fields.notary} onChange={set('notary')} />
              <Field
                label={t('shelf:handOver.issuedOn')}
                type="date"
                value={fields.issuedOn}
                onChange={set('issuedOn')}
              />
              <Field
                label={t('shelf:handOver.validUntil')}
                type="date"
                value={fields.validUntil}
                onChange={set('validUntil')}
              />
            </div>
          )}
          <div>
            <button type="submit" className="button" disabled={busy}>
              {t('shelf:handOver.submit')}
            </button>
          </div>
        </form>
      )}
      {notice?.kind === 'error' && (
        <div data-testid="shelf-hand-over-error">
          <FormAlert message={notice.text} />
          {notice.details !== undefined && notice.details.length > 0 && (
            <ul>
              {notice.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {notice?.kind === 'ok' && (
        <p role="status" data-testid="shelf-handed-over">
          {notice.text}
        </p>
      )}
      {printProblem !== null && <FormAlert message={printProblem} testId="shelf-print-problem" />}
      {handed !== null && (
        <button type="button" className="button button--secondary" onClick={() => void print(handed)}>
          {t('shelf:handOver.printAgain')}
        </button>
      )}
    </section>
  );
}
