import { useTranslation } from 'react-i18next';
import { serviceCatalogue } from '../../../../shared/domain';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { useCatalogueText } from '../use-catalogue-text';
import { StepHeading } from './StepHeading';

/** Every service of the catalogue; a portal-only one shows where to apply instead. */
export function ServiceStep() {
  const { t } = useTranslation();
  const text = useCatalogueText();
  return (
    <>
      <StepHeading>{t('intake:step.service')}</StepHeading>
      <ChoiceGroup
        name="serviceId"
        kind="radio"
        legend={t('intake:service.legend')}
        choices={serviceCatalogue.map((service) => ({
          value: service.id,
          label: text(service.name),
          details:
            service.availability.kind === 'portal-only' ? (
              <p className="intake-choices__note">{text(service.availability.guidance)}</p>
            ) : null,
        }))}
      />
    </>
  );
}
