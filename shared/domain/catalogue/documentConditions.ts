import { assertNever } from '../assertNever';
import { birthYearOf, type IntakeAnswers } from './intakeAnswers';
import type { DocumentCondition } from './serviceDefinition';
import type { IntakeQuestion } from './vocabulary';

/** Three-valued: a condition holds, does not hold, or depends on questions not yet answered. */
export type ConditionValue =
  | { readonly known: true; readonly holds: boolean }
  | { readonly known: false; readonly questions: readonly IntakeQuestion[] };

const holds = (value: boolean): ConditionValue => ({ known: true, holds: value });
const unknown = (...questions: IntakeQuestion[]): ConditionValue => ({ known: false, questions });

function uniqueQuestions(values: readonly ConditionValue[]): IntakeQuestion[] {
  return [...new Set(values.flatMap((value) => (value.known ? [] : value.questions)))];
}

/**
 * Kleene logic: "all of" is false as soon as one part is false, even if others are unknown —
 * so a clerk is never asked a question whose answer cannot change the list.
 */
export function evaluateCondition(condition: DocumentCondition, answers: IntakeAnswers): ConditionValue {
  switch (condition.kind) {
    case 'always':
      return holds(true);
    case 'answer-is': {
      const answer = answers[condition.question];
      return answer === undefined ? unknown(condition.question) : holds(answer === condition.value);
    }
    case 'ground-claimed':
      return answers.grounds === undefined
        ? unknown('grounds')
        : holds(answers.grounds.includes(condition.ground));
    case 'born-before-year': {
      const year = birthYearOf(answers);
      return year === undefined ? unknown('birthYear') : holds(year < condition.year);
    }
    case 'applicant-role-is':
      return answers.applicantRole === undefined
        ? unknown('applicantRole')
        : holds(answers.applicantRole === condition.role);
    case 'all-of': {
      const parts = condition.conditions.map((part) => evaluateCondition(part, answers));
      if (parts.some((part) => part.known && !part.holds)) return holds(false);
      const questions = uniqueQuestions(parts);
      return questions.length > 0 ? unknown(...questions) : holds(true);
    }
    case 'any-of': {
      const parts = condition.conditions.map((part) => evaluateCondition(part, answers));
      if (parts.some((part) => part.known && part.holds)) return holds(true);
      const questions = uniqueQuestions(parts);
      return questions.length > 0 ? unknown(...questions) : holds(false);
    }
    default:
      return assertNever(condition, 'document condition');
  }
}
