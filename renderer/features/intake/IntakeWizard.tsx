import { useState, type FormEvent } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../app/desk/use-desk';
import { checkIntakeForm, todayAtCentre } from './intake-check';
import { findService } from '../../../shared/domain';
import { noProvider, type IntakeFormValues } from './intake-form';
import { intakeResolver } from './intake-resolver';
import { intakeSteps, stepFields, type IntakeStep } from './intake-steps';
import { stepIssues, unconfirmedSuspiciousIins } from './step-checks';
import { DiscardIntake } from './DiscardIntake';
import { IntakeTimerBar } from './IntakeTimerBar';
import { StepList } from './StepList';
import { ApplicantStep } from './steps/ApplicantStep';
import { ConditionsStep } from './steps/ConditionsStep';
import { ConsentStep } from './steps/ConsentStep';
import { DocumentsStep } from './steps/DocumentsStep';
import { ProviderStep } from './steps/ProviderStep';
import { ReviewStep } from './steps/ReviewStep';
import { ServiceStep } from './steps/ServiceStep';
import { useDraftAutosave } from './use-draft-autosave';
import { useIntakeDecision, type IntakeOutcome } from './use-intake-decision';

export interface IntakeWizardProps {
  readonly initialValues: IntakeFormValues;
  readonly initialStep: IntakeStep;
  onDecided(outcome: IntakeOutcome): void;
  onDiscard(): void;
}

/** One intake, step by step; Enter (a scanner's too) moves on, the review step decides. */
export function IntakeWizard({ initialValues, initialStep, onDecided, onDiscard }: IntakeWizardProps) {
  const { t } = useTranslation();
  const { clock, session } = useDesk();
  const form = useForm<IntakeFormValues>({
    defaultValues: initialValues,
    resolver: intakeResolver,
    mode: 'onTouched',
  });
  const [step, setStep] = useState<IntakeStep>(initialStep);
  const saveStatus = useDraftAutosave(form.control);
  const decision = useIntakeDecision(onDecided);
  const values = useWatch({ control: form.control }) as IntakeFormValues;
  const check = checkIntakeForm(values, todayAtCentre(clock, session));
  const index = intakeSteps.indexOf(step);
  const [formProblem, setFormProblem] = useState<string | undefined>(undefined);

  const goNext = async () => {
    const valid = await form.trigger([...stepFields[step]], { shouldFocus: true });
    const issues = stepIssues(step, form.getValues());
    issues.forEach((issue, at) =>
      form.setError(
        issue.path,
        { type: 'catalogue', message: issue.message },
        { shouldFocus: valid && at === 0 },
      ),
    );
    // A suspicious IIN (valid check digit, impossible date) goes on only once the clerk confirmed it.
    const unconfirmed = step === 'applicant' ? unconfirmedSuspiciousIins(form.getValues()) : [];
    for (const who of unconfirmed)
      form.setError(`${who}.iin`, { type: 'suspicious', message: 'intake:iin.confirmRequired' });
    if (!valid || issues.length > 0 || unconfirmed.length > 0) return;
    // Another service may go to another kind of provider: a school chosen before is no longer one.
    const service = findService(form.getValues('serviceId'));
    const provider = form.getValues('provider');
    if (step === 'service' && service !== undefined && provider.kind !== service.providerKind)
      form.setValue('provider', { ...noProvider, name: { ...noProvider.name } }, { shouldDirty: true });
    const next = intakeSteps[index + 1];
    if (next !== undefined) setStep(next);
  };

  const accept = async () => {
    const valid = await form.trigger(undefined, { shouldFocus: false });
    setFormProblem(valid ? undefined : t('intake:decision.error.invalid'));
    if (valid && check?.canAccept === true) await decision.accept(form.getValues());
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void (step === 'review' ? accept() : goNext());
  };

  const refuse = async () => {
    const valid = await form.trigger([...stepFields.service, ...stepFields.applicant]);
    setFormProblem(valid ? undefined : t('intake:decision.error.invalid'));
    if (valid && check !== undefined) await decision.refuse(form.getValues(), check);
  };

  return (
    <FormProvider {...form}>
      <IntakeTimerBar startedAt={values.startedAt} queueTicket={values.queueTicket} saveStatus={saveStatus} />
      <StepList current={step} />
      <form noValidate onSubmit={onSubmit} className="intake-step" aria-label={t('intake:wizard.label')}>
        {step === 'service' ? <ServiceStep /> : null}
        {step === 'provider' ? <ProviderStep /> : null}
        {step === 'applicant' ? <ApplicantStep /> : null}
        {step === 'conditions' ? <ConditionsStep /> : null}
        {step === 'documents' ? <DocumentsStep /> : null}
        {step === 'consent' ? <ConsentStep /> : null}
        {step === 'review' ? (
          <ReviewStep
            check={check}
            busy={decision.busy}
            problems={formProblem === undefined ? decision.problems : [formProblem, ...decision.problems]}
            onRefuse={() => void refuse()}
          />
        ) : null}
        <div className="intake-nav">
          {index > 0 ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setStep(intakeSteps[index - 1] ?? 'service')}
            >
              {t('intake:nav.back')}
            </button>
          ) : null}
          {step === 'review' ? null : (
            <button type="submit" className="button">
              {t('intake:nav.next')}
            </button>
          )}
        </div>
      </form>
      <DiscardIntake onDiscard={onDiscard} />
    </FormProvider>
  );
}
