import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  findService,
  intakeQuestionLabels,
  schoolYearLabel,
  schoolYearStartOf,
  type IntakeQuestion,
  type ServiceDefinition,
} from '../../../../shared/domain';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { useDesk } from '../../../app/desk/use-desk';
import { blockerText, checkIntakeForm, todayAtCentre } from '../intake-check';
import type { IntakeFormValues } from '../intake-form';
import { useCatalogueText } from '../use-catalogue-text';
import { StepHeading } from './StepHeading';

/** Who applies and the birth year are asked on the applicant step. */
const askedHere = (question: IntakeQuestion) => question !== 'applicantRole' && question !== 'birthYear';

/** The service's own intake questions, in the catalogue's order. */
export function ConditionsStep() {
  const { t } = useTranslation();
  const { control } = useFormContext<IntakeFormValues>();
  const values = useWatch({ control }) as IntakeFormValues;
  const service = findService(values.serviceId);
  const questions = service?.intakeQuestions.filter(askedHere) ?? [];
  return (
    <>
      <StepHeading>{t('intake:step.conditions')}</StepHeading>
      {service === undefined || questions.length === 0 ? (
        <p>{t('intake:conditions.none')}</p>
      ) : (
        questions.map((question) => <Question key={question} question={question} service={service} />)
      )}
      <CutoffNotice values={values} />
    </>
  );
}

function Question({
  question,
  service,
}: {
  readonly question: IntakeQuestion;
  readonly service: ServiceDefinition;
}) {
  const { t } = useTranslation();
  const text = useCatalogueText();
  const { clock, session } = useDesk();
  const legend = text(intakeQuestionLabels[question]);
  const yesNo = [
    { value: 'yes', label: t('intake:answer.yes') },
    { value: 'no', label: t('intake:answer.no') },
  ];
  switch (question) {
    case 'nameChanged':
    case 'documentDamaged':
      return <ChoiceGroup name={`answers.${question}`} kind="radio" legend={legend} choices={yesNo} />;
    case 'grounds':
      return (
        <ChoiceGroup
          name="answers.grounds"
          kind="checkbox"
          legend={legend}
          choices={(service.grounds?.options ?? []).map((ground) => ({
            value: ground.id,
            label: text(ground.name),
          }))}
        />
      );
    case 'schoolYear': {
      // The past school year is listed too: the clerk then sees why it cannot be accepted.
      const current = schoolYearStartOf(todayAtCentre(clock, session));
      return (
        <ChoiceGroup
          name="schoolYearStart"
          kind="radio"
          legend={legend}
          choices={[current - 1, current, current + 1].map((year) => ({
            value: String(year),
            label: schoolYearLabel(year),
          }))}
        />
      );
    }
    default:
      return null;
  }
}

/** Externat: the cut-off or a school year not open yet, said as soon as the year is chosen. */
function CutoffNotice({ values }: { readonly values: IntakeFormValues }) {
  const text = useCatalogueText();
  const { clock, session } = useDesk();
  const check = checkIntakeForm(values, todayAtCentre(clock, session));
  const blocker = check?.blockers.find(
    (b) => b.reason === 'externat-cutoff-passed' || b.reason === 'externat-school-year-not-open',
  );
  if (blocker === undefined) return null;
  return (
    <p className="intake-warning" role="alert">
      {text(blockerText(blocker))}
    </p>
  );
}
