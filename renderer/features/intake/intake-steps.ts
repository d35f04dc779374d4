import type { FieldPath } from 'react-hook-form';
import type { IntakeFormValues } from './intake-form';

export const intakeSteps = [
  'service',
  'provider',
  'applicant',
  'conditions',
  'documents',
  'consent',
  'review',
] as const;
export type IntakeStep = (typeof intakeSteps)[number];

/**
 * The fields each step checks before the clerk moves on. The documents and consent steps block
 * nothing: a missing document or a refused consent is a decision made on the review step.
 */
export const stepFields: Readonly<Record<IntakeStep, readonly FieldPath<IntakeFormValues>[]>> = {
  service: ['serviceId'],
  // Checked by stepIssues: the BIN and names were validated when the provider entered the directory.
  provider: [],
  applicant: [
    'applicantRole',
    'applicant.iin',
    'applicant.surname',
    'applicant.givenName',
    'applicant.patronymic',
    'applicant.birthDate',
    'applicant.phone',
    'applicant.email',
    'applicant.address',
    'representative',
    'representative.iin',
    'representative.surname',
    'representative.givenName',
    'representative.patronymic',
    'representative.phone',
    'representative.relation',
  ],
  conditions: ['answers.nameChanged', 'answers.documentDamaged', 'answers.grounds', 'schoolYearStart'],
  documents: [],
  consent: [],
  review: [],
};

/** Where a restored draft continues: the first step whose facts are not filled in yet. */
export function resumeStep(values: IntakeFormValues): IntakeStep {
  if (values.serviceId === '') return 'service';
  if (values.provider.bin === '') return 'provider';
  if (values.applicant.iin === '' || values.applicant.surname === '') return 'applicant';
  if (values.consent.given) return 'review';
  if (values.presentedDocumentIds.length > 0) return 'documents';
  return 'conditions';
}
