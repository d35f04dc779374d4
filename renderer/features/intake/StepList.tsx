import { useTranslation } from 'react-i18next';
import { intakeSteps, type IntakeStep } from './intake-steps';

/** Where the clerk is in the wizard (the current step is marked for screen readers too). */
export function StepList({ current }: { readonly current: IntakeStep }) {
  const { t } = useTranslation();
  const names: Record<IntakeStep, string> = {
    service: t('intake:step.service'),
    provider: t('intake:step.provider'),
    applicant: t('intake:step.applicant'),
    conditions: t('intake:step.conditions'),
    documents: t('intake:step.documents'),
    consent: t('intake:step.consent'),
    review: t('intake:step.review'),
  };
  return (
    <ol className="intake-steps" aria-label={t('intake:wizard.progress')}>
      {intakeSteps.map((step) => (
        <li key={step} aria-current={step === current ? 'step' : undefined}>
          {names[step]}
        </li>
      ))}
    </ol>
  );
}
