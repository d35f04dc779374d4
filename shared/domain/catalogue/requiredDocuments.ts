import { evaluateCondition } from './documentConditions';
import type { IntakeAnswers } from './intakeAnswers';
import type { DocumentRequirement, ServiceDefinition } from './serviceDefinition';
import type { IntakeQuestion } from './vocabulary';

export interface RequiredDocuments {
  /** Documents required for sure, in the order of the standard. */
  readonly documents: readonly DocumentRequirement[];
  /** Questions whose answers may add documents; the list is final when this is empty. */
  readonly unanswered: readonly IntakeQuestion[];
}

function inServiceOrder(
  service: ServiceDefinition,
  questions: ReadonlySet<IntakeQuestion>,
): IntakeQuestion[] {
  const listed = service.intakeQuestions.filter((q) => questions.has(q));
  return [...listed, ...[...questions].filter((q) => !listed.includes(q))];
}

/** The documents this applicant must bring for this service, given the answers so far. */
export function requiredDocuments(service: ServiceDefinition, answers: IntakeAnswers): RequiredDocuments {
  const documents: DocumentRequirement[] = [];
  const unanswered = new Set<IntakeQuestion>();
  for (const document of service.documents) {
    const value = evaluateCondition(document.condition, answers);
    if (!value.known) value.questions.forEach((q) => unanswered.add(q));
    else if (value.holds) documents.push(document);
  }
  return { documents, unanswered: inServiceOrder(service, unanswered) };
}

export interface MissingDocuments {
  /** Required documents not presented — the numbered list of a refusal receipt. */
  readonly missing: readonly DocumentRequirement[];
  readonly unanswered: readonly IntakeQuestion[];
}

export function missingDocuments(
  service: ServiceDefinition,
  answers: IntakeAnswers,
  presentedDocumentIds: readonly string[],
): MissingDocuments {
  const { documents, unanswered } = requiredDocuments(service, answers);
  return { missing: documents.filter((d) => !presentedDocumentIds.includes(d.id)), unanswered };
}
