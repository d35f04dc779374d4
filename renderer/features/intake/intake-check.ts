import {
  checkIntake,
  findService,
  intakeRefusalReasons,
  localDateOf,
  type IntakeBlocker,
  type IntakeCheck,
  type LocalDate,
  type LocalizedText,
} from '../../../shared/domain';
import type { DeskSession, Clock } from '../../db';
import { formatPrintDate } from '../../print';
import { intakeAnswersOf, type IntakeFormValues } from './intake-form';

/** Today in the centre's zone: the date the cut-off and "is a minor" are judged on. */
export function todayAtCentre(clock: Clock, session: DeskSession): LocalDate {
  return localDateOf(clock.now(), session.centre.timeZone);
}

/** The catalogue's verdict on the form as it stands (undefined until a service is chosen). */
export function checkIntakeForm(values: IntakeFormValues, today: LocalDate): IntakeCheck | undefined {
  const service = findService(values.serviceId);
  if (service === undefined) return undefined;
  const schoolYear = values.schoolYearStart === '' ? undefined : Number(values.schoolYearStart);
  return checkIntake({
    service,
    answers: intakeAnswersOf(values),
    presentedDocumentIds: values.presentedDocumentIds,
    consentGiven: values.consent.given,
    acceptedOn: today,
    schoolYearStart: schoolYear,
  });
}

/** The reason's catalogue text with its dates filled in ({{lastDay}}, {{opensOn}}). */
export function blockerText(blocker: IntakeBlocker): LocalizedText {
  const dates: Record<string, string> = {};
  if ('lastDay' in blocker) dates['lastDay'] = formatPrintDate(blocker.lastDay);
  if ('opensOn' in blocker) dates['opensOn'] = formatPrintDate(blocker.opensOn);
  const fill = (text: string) =>
    text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => dates[name] ?? whole);
  const { kk, ru, en } = intakeRefusalReasons[blocker.reason].text;
  return { kk: fill(kk), ru: fill(ru), en: fill(en) };
}
