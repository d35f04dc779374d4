import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { findService, receiptLayouts, receiptLanguages, type IntakeCheck } from '../../../../shared/domain';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { blockerText } from '../intake-check';
import type { IntakeFormValues } from '../intake-form';
import { useCatalogueText } from '../use-catalogue-text';
import { StepHeading } from './StepHeading';

export interface ReviewStepProps {
  readonly check: IntakeCheck | undefined;
  readonly busy: boolean;
  /** Translated texts of what stopped the last decision. */
  readonly problems: readonly string[];
  onRefuse(): void;
}

const fullName = (p: { surname: string; givenName: string; patronymic: string }) =>
  [p.surname, p.givenName, p.patronymic].filter((part) => part.trim() !== '').join(' ');

/** The application at a glance, the receipt's language and paper, and the decision. */
export function ReviewStep({ check, busy, problems, onRefuse }: ReviewStepProps) {
  const { t } = useTranslation();
  const text = useCatalogueText();
  const { control } = useFormContext<IntakeFormValues>();
  const values = useWatch({ control }) as IntakeFormValues;
  const service = findService(values.serviceId);
  const presented = (service?.documents ?? []).filter((d) => values.presentedDocumentIds.includes(d.id));
  const languageNames = { kk: t('intake:review.languageKk'), ru: t('intake:review.languageRu') };
  const layoutNames = { A4: t('intake:review.layoutA4'), 'receipt-80mm': t('intake:review.layout80mm') };

  return (
    <>
      <StepHeading>{t('intake:step.review')}</StepHeading>
      <dl className="facts">
        <dt>{t('intake:review.service')}</dt>
        <dd>{service === undefined ? '' : text(service.name)}</dd>
        <dt>{t('intake:review.provider')}</dt>
        <dd data-testid="review-provider">
          {values.provider.bin === ''
            ? ''
            : `${values.provider.name[values.receiptLanguage]}, ${t('intake:provider.bin')} ${values.provider.bin}`}
        </dd>
        <dt>{t('intake:review.applicant')}</dt>
        <dd>{`${fullName(values.applicant)}, ${values.applicant.iin}`}</dd>
        {values.applicantRole === 'legal-representative' ? (
          <>
            <dt>{t('intake:review.representative')}</dt>
            <dd>{`${fullName(values.representative)}, ${values.representative.iin}`}</dd>
          </>
        ) : null}
        <dt>{t('intake:review.documents')}</dt>
        <dd>{presented.map((document) => text(document.name)).join('; ')}</dd>
      </dl>
      <ChoiceGroup
        name="receiptLanguage"
        kind="radio"
        legend={t('intake:review.receiptLanguage')}
        choices={receiptLanguages.map((language) => ({ value: language, label: languageNames[language] }))}
      />
      <ChoiceGroup
        name="receiptLayout"
        kind="radio"
        legend={t('intake:review.layout')}
        choices={receiptLayouts.map((layout) => ({ value: layout, label: layoutNames[layout] }))}
      />
      {check !== undefined && check.blockers.length > 0 ? (
        <section className="intake-blockers" aria-labelledby="intake-blockers-title">
          <h3 id="intake-blockers-title">{t('intake:review.cannotAccept')}</h3>
          <ul>
            {check.blockers.map((blocker) => (
              <li key={blocker.reason}>
                {text(blockerText(blocker))}
                {blocker.reason === 'incomplete-package' ? (
                  <ol>
                    {blocker.missing.map((document) => (
                      <li key={document.id}>{text(document.name)}</li>
                    ))}
                  </ol>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {problems.length === 0 ? null : (
        <ul className="intake-problems" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="intake-actions">
        {check?.canAccept === true ? (
          <button type="submit" className="button" disabled={busy}>
            {t('intake:decision.accept')}
          </button>
        ) : null}
        {check !== undefined && check.blockers.length > 0 ? (
          <button type="button" className="button button--danger" disabled={busy} onClick={onRefuse}>
            {t('intake:decision.refuse')}
          </button>
        ) : null}
      </div>
    </>
  );
}
