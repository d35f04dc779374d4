import { checkSchoolYearCutoff } from '../deadlines/schoolYearCutoff';
import { isMinorOn } from '../people/age';
import type { LocalDate } from '../time/localDate';
import { isAcceptedAtCounter } from './catalogue';
import type { IntakeAnswers } from './intakeAnswers';
import { groundsProblems, mayApplyAs } from './intakeRules';
import type { IntakeRefusalReasonId } from './intakeRefusal';
import { missingDocuments } from './requiredDocuments';
import type { DocumentRequirement, ServiceDefinition } from './serviceDefinition';
import type { IntakeQuestion } from './vocabulary';

/** A blocker names one of the refusal reasons, so its texts are in intakeRefusalReasons[reason]. */
type Blocker<R extends IntakeRefusalReasonId, Details = unknown> = { readonly reason: R } & Details;

/** Why the counter cannot accept the application right now. */
export type IntakeBlocker =
  | Blocker<'portal-only'>
  | Blocker<'externat-cutoff-passed', { readonly lastDay: LocalDate }>
  | Blocker<'externat-school-year-not-open', { readonly opensOn: LocalDate }>
  | Blocker<'representative-not-allowed'>
  | Blocker<'no-consent'>
  /** `missing` is the numbered list of the refusal receipt. */
  | Blocker<'incomplete-package', { readonly missing: readonly DocumentRequirement[] }>;

export interface IntakeCheck {
  /** True only when nothing blocks and every question that matters is answered. */
  readonly canAccept: boolean;
  readonly blockers: readonly IntakeBlocker[];
  readonly unanswered: readonly IntakeQuestion[];
}

/**
 * Everything the intake wizard needs to decide at the counter, in the order the clerk meets it:
 * the service is not taken here at all; the externat cut-off; who applies; consent; documents.
 * `acceptedOn` is today's date in the centre's zone (passed in — no clock here).
 */
export function checkIntake(input: {
  readonly service: ServiceDefinition;
  readonly answers: IntakeAnswers;
  readonly presentedDocumentIds: readonly string[];
  readonly consentGiven: boolean;
  readonly acceptedOn: LocalDate;
  readonly schoolYearStart?: number | undefined;
}): IntakeCheck {
  const { service, answers, acceptedOn } = input;
  if (!isAcceptedAtCounter(service))
    return { canAccept: false, blockers: [{ reason: 'portal-only' }], unanswered: [] };

  const blockers: IntakeBlocker[] = [];
  const unanswered: IntakeQuestion[] = [];
  if (service.applicationCutoff !== undefined) {
    if (input.schoolYearStart === undefined) unanswered.push('schoolYear');
    else {
      const cutoff = checkSchoolYearCutoff({
        acceptedOn,
        schoolYearStart: input.schoolYearStart,
        cutoff: service.applicationCutoff,
      });
      if (!cutoff.ok) {
        blockers.push(
          cutoff.error.code === 'externat-cutoff-passed'
            ? { reason: cutoff.error.code, lastDay: cutoff.error.lastDay }
            : { reason: cutoff.error.code, opensOn: cutoff.error.opensOn },
        );
      }
    }
  }
  if (answers.applicantRole !== undefined) {
    const minor = answers.birthDate === undefined ? undefined : isMinorOn(answers.birthDate, acceptedOn);
    if (!mayApplyAs(service, answers.applicantRole, minor))
      blockers.push({ reason: 'representative-not-allowed' });
  }
  if (service.consentRequired && !input.consentGiven) blockers.push({ reason: 'no-consent' });

  const documents = missingDocuments(service, answers, input.presentedDocumentIds);
  unanswered.push(...documents.unanswered);
  // Too few or unknown grounds: the ground question is not answered yet.
  if (answers.grounds !== undefined && groundsProblems(service, answers.grounds).length > 0)
    unanswered.push('grounds');
  if (documents.missing.length > 0)
    blockers.push({ reason: 'incomplete-package', missing: documents.missing });

  return { canAccept: blockers.length === 0 && unanswered.length === 0, blockers, unanswered };
}
