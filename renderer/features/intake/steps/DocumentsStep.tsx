import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { findService, requiredDocuments } from '../../../../shared/domain';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { intakeAnswersOf, type IntakeFormValues } from '../intake-form';
import { useCatalogueText } from '../use-catalogue-text';
import { ScanAttachments } from './ScanAttachments';
import { StepHeading } from './StepHeading';

/** The documents this applicant must bring, each ticked as the clerk sees it presented. */
export function DocumentsStep() {
  const { t } = useTranslation();
  const text = useCatalogueText();
  const { control } = useFormContext<IntakeFormValues>();
  const values = useWatch({ control }) as IntakeFormValues;
  const service = findService(values.serviceId);
  const documents =
    service === undefined ? [] : requiredDocuments(service, intakeAnswersOf(values)).documents;
  const presented = documents.filter((document) => values.presentedDocumentIds.includes(document.id));
  return (
    <>
      <StepHeading>{t('intake:step.documents')}</StepHeading>
      <ChoiceGroup
        name="presentedDocumentIds"
        kind="checkbox"
        legend={t('intake:documents.legend')}
        choices={documents.map((document) => ({
          value: document.id,
          label: text(document.name),
          details:
            document.note === undefined ? null : (
              <p className="intake-choices__note">{text(document.note)}</p>
            ),
        }))}
      />
      <p role="status">
        {t('intake:documents.count', { presented: presented.length, required: documents.length })}
      </p>
      <ScanAttachments applicationId={values.id} documents={documents} />
    </>
  );
}
