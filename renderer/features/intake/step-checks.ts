import type { FieldPath } from 'react-hook-form';
import {
  checkIin,
  findService,
  groundsProblems,
  isAcceptedAtCounter,
  requiredDocuments,
  type IntakeQuestion,
} from '../../../shared/domain';
import { validationMessages as m } from '../../../shared/schemas';
import { intakeAnswersOf, type IntakeFormValues } from './intake-form';
import type { IntakeStep } from './intake-steps';

export interface StepIssue {
  readonly path: FieldPath<IntakeFormValues>;
  /** A 'validation:…' or 'intake:…' key. */
  readonly message: string;
}

/** The field each question's answer lives in, and the step that asks it. */
const questionFields: Readonly<
  Record<IntakeQuestion, { path: FieldPath<IntakeFormValues>; step: IntakeStep }>
> = {
  applicantRole: { path: 'applicantRole', step: 'applicant' },
  birthYear: { path: 'applicant.birthDate', step: 'applicant' },
  nameChanged: { path: 'answers.nameChanged', step: 'conditions' },
  documentDamaged: { path: 'answers.documentDamaged', step: 'conditions' },
  grounds: { path: 'answers.grounds', step: 'conditions' },
  schoolYear: { path: 'schoolYearStart', step: 'conditions' },
};

/**
 * The catalogue's checks of one step. applicationSchema makes them too, but only once the whole
 * application has its shape (zod runs an object's refinements after its fields pass), which a
 * half-filled wizard never has; these use the same domain functions and the same messages.
 */
export function stepIssues(step: IntakeStep, values: IntakeFormValues): StepIssue[] {
  const service = findService(values.serviceId);
  if (service === undefined) return [];
  const issues: StepIssue[] = [];
  if (step === 'service' && !isAcceptedAtCounter(service))
    issues.push({ path: 'serviceId', message: m.application.portalOnly });
  if (step === 'provider') {
    if (values.provider.bin.trim() === '')
      issues.push({ path: 'provider.bin', message: 'intake:provider.required' });
    else if (values.provider.kind !== service.providerKind)
      issues.push({ path: 'provider.bin', message: 'intake:provider.wrongKind' });
  }
  if (step === 'applicant' && !service.applicants.some((rule) => rule.role === values.applicantRole))
    issues.push({ path: 'applicantRole', message: m.application.roleNotAllowed });
  if (step === 'conditions') {
    if (service.grounds !== undefined && groundsProblems(service, values.answers.grounds).length > 0)
      issues.push({ path: 'answers.grounds', message: m.application.groundRequired });
    if (service.applicationCutoff !== undefined && values.schoolYearStart === '')
      issues.push({ path: 'schoolYearStart', message: m.application.schoolYearRequired });
  }
  for (const question of requiredDocuments(service, intakeAnswersOf(values)).unanswered) {
    const field = questionFields[question];
    if (field.step === step && !issues.some((issue) => issue.path === field.path))
      issues.push({ path: field.path, message: m.application.answerRequired });
  }
  return issues;
}

/** Whose IIN has a fitting check digit but an impossible date, and is not confirmed by the clerk yet. */
export function unconfirmedSuspiciousIins(values: IntakeFormValues): ('applicant' | 'representative')[] {
  const people =
    values.applicantRole === 'legal-representative'
      ? (['applicant', 'representative'] as const)
      : (['applicant'] as const);
  return people.filter((who) => {
    const iin = values[who].iin.trim();
    return checkIin(iin).outcome === 'suspicious' && !values.confirmedIins.includes(iin);
  });
}
