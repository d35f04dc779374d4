import type { SchoolYearCutoff } from '../deadlines/schoolYearCutoff';
import type { ServiceTerm } from '../deadlines/resultDueDate';
import type { LocalizedText } from '../localizedText';
import type {
  ApplicantRole,
  IntakeQuestion,
  ProviderKind,
  ResultForm,
  ResultKind,
  ServiceChannel,
} from './vocabulary';

/**
 * When a document is required, as data the generic evaluator understands
 * (documentConditions.ts). Answers the clerk has not given yet make a condition "unknown".
 */
export type DocumentCondition =
  | { readonly kind: 'always' }
  | {
      readonly kind: 'answer-is';
      readonly question: 'nameChanged' | 'documentDamaged';
      readonly value: boolean;
    }
  | { readonly kind: 'ground-claimed'; readonly ground: string }
  | { readonly kind: 'born-before-year'; readonly year: number }
  | { readonly kind: 'applicant-role-is'; readonly role: ApplicantRole }
  | { readonly kind: 'all-of'; readonly conditions: readonly DocumentCondition[] }
  | { readonly kind: 'any-of'; readonly conditions: readonly DocumentCondition[] };

export interface DocumentRequirement {
  /** Stable id, unique within the service; the intake records presented documents by it. */
  readonly id: string;
  readonly name: LocalizedText;
  /** Extra guidance for the clerk (e.g. data fetched from state systems instead of a copy). */
  readonly note?: LocalizedText | undefined;
  readonly condition: DocumentCondition;
}

export interface ApplicationGround {
  readonly id: string;
  readonly name: LocalizedText;
}

export interface ApplicantRule {
  readonly role: ApplicantRole;
  /** A parent / legal representative applies only for a minor. */
  readonly onlyForMinor: boolean;
}

/** How the counter treats the service. */
export type ServiceAvailability =
  | {
      readonly kind: 'counter';
      /** Maximum allowed wait in the queue and service time at the counter, minutes. */
      readonly maxWaitMinutes: number;
      readonly maxServiceMinutes: number;
      /** The annex of the standard whose form the refusal receipt follows. */
      readonly refusalReceiptAnnex: number;
    }
  /** The counter does not accept it; the clerk explains where to go instead. */
  | { readonly kind: 'portal-only'; readonly guidance: LocalizedText };

export interface ServiceDefinition {
  readonly id: string;
  readonly name: LocalizedText;
  readonly providerKind: ProviderKind;
  readonly channels: readonly ServiceChannel[];
  readonly availability: ServiceAvailability;
  readonly recipients: 'individuals';
  readonly fee: 'free';
  readonly term: ServiceTerm;
  readonly resultKinds: readonly ResultKind[];
  /** Only where the standard states it. */
  readonly resultForms?: readonly ResultForm[] | undefined;
  readonly applicants: readonly ApplicantRule[];
  /** Consent to use legally protected personal data (Law «On personal data and their protection», art. 8). */
  readonly consentRequired: boolean;
  /** Grounds the applicant claims (externat); each may bring its own document. */
  readonly grounds?: { readonly minimum: number; readonly options: readonly ApplicationGround[] } | undefined;
  readonly documents: readonly DocumentRequirement[];
  /** Questions the intake wizard asks for this service, in order. */
  readonly intakeQuestions: readonly IntakeQuestion[];
  /** Last day of the school year an application is accepted (externat: 1 December). */
  readonly applicationCutoff?: SchoolYearCutoff | undefined;
  /** Shelf rules at the centre: storage period, and the provider's term to send a result back. */
  readonly shelf?: { readonly storageMonths: number; readonly providerReturnWorkingDays: number } | undefined;
}
