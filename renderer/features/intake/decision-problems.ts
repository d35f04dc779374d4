import type { TFunction } from 'i18next';
import type { AcceptApplicationError, RefuseAtIntakeError, ValidationIssue } from '../../db';

const issueTexts = (issues: readonly ValidationIssue[], t: TFunction) => [
  ...new Set(issues.map((issue) => t(issue.message))),
];

/** Why the database did not take the decision, in the clerk's words (keys written out for the locale tests). */
export function decisionProblems(
  error: AcceptApplicationError | RefuseAtIntakeError,
  t: TFunction,
): string[] {
  switch (error.kind) {
    case 'invalid-application':
    case 'invalid-refusal':
    case 'invalid-event':
      return issueTexts(error.issues, t);
    case 'intake-blocked':
      return [t('intake:decision.error.blocked')];
    case 'due-date-unavailable':
      return [t('intake:decision.error.dueDate')];
    case 'receipt-number-unavailable':
      return [t('intake:decision.error.receiptNumber')];
    case 'already-refused':
      return [t('intake:decision.error.alreadyRefused')];
    case 'already-accepted':
      return [t('intake:decision.error.alreadyAccepted')];
    case 'storage-failed':
      return [t('intake:decision.error.storage')];
  }
}
