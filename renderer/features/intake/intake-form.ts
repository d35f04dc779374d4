import {
  findService,
  isLocalDate,
  type ApplicantRole,
  type IntakeAnswers,
  type ReceiptLanguage,
  type ReceiptLayout,
  type RepresentativeRelation,
  type ServiceDefinition,
} from '../../../shared/domain';
import type { DirectoryKind, IntakeDraft } from '../../db';

/**
 * The wizard's form values. Inputs hold text ('' = not filled in), so the draft can keep whatever
 * the clerk typed; `applicationOf` turns them into the application the schemas check.
 */
export type YesNo = '' | 'yes' | 'no';

export interface PersonFormValues {
  iin: string;
  surname: string;
  givenName: string;
  patronymic: string;
  phone: string;
}

/** The school or college chosen from the directory (bin '' = none yet); names in both receipt languages. */
export interface ProviderFormValues {
  bin: string;
  name: { kk: string; ru: string };
  kind: DirectoryKind | '';
}

export const noProvider: ProviderFormValues = { bin: '', name: { kk: '', ru: '' }, kind: '' };

export interface IntakeFormValues {
  id: string;
  serviceId: string;
  provider: ProviderFormValues;
  applicantRole: ApplicantRole;
  applicant: PersonFormValues & { birthDate: string; email: string; address: string };
  representative: PersonFormValues & { relation: RepresentativeRelation | '' };
  answers: { nameChanged: YesNo; documentDamaged: YesNo; grounds: string[] };
  presentedDocumentIds: string[];
  consent: { given: boolean; recordedAt: string };
  receiptLanguage: ReceiptLanguage;
  schoolYearStart: string;
  queueTicket: string;
  startedAt: string;
  /** Not in the draft: the receipt's paper (a choice on the review step). */
  receiptLayout: ReceiptLayout;
  /** Not in the draft: IINs the clerk confirmed despite checkIin's warning (re-confirmed after a reload). */
  confirmedIins: string[];
}

const emptyPerson: PersonFormValues = { iin: '', surname: '', givenName: '', patronymic: '', phone: '' };

export function newIntakeValues(input: {
  id: string;
  startedAt: string;
  queueTicket: string;
  receiptLanguage: ReceiptLanguage;
}): IntakeFormValues {
  return {
    id: input.id,
    serviceId: '',
    provider: { ...noProvider, name: { ...noProvider.name } },
    applicantRole: 'self',
    applicant: { ...emptyPerson, birthDate: '', email: '', address: '' },
    representative: { ...emptyPerson, relation: '' },
    answers: { nameChanged: '', documentDamaged: '', grounds: [] },
    presentedDocumentIds: [],
    consent: { given: false, recordedAt: '' },
    receiptLanguage: input.receiptLanguage,
    schoolYearStart: '',
    queueTicket: input.queueTicket,
    startedAt: input.startedAt,
    receiptLayout: 'A4',
    confirmedIins: [],
  };
}

/** '' → undefined, so an empty optional field is absent rather than invalid. */
const filled = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
const yesNo = (value: YesNo): boolean | undefined => (value === '' ? undefined : value === 'yes');
const toYesNo = (value: boolean | undefined): YesNo => (value === undefined ? '' : value ? 'yes' : 'no');

function personOf(person: PersonFormValues) {
  return {
    iin: person.iin.trim(),
    surname: person.surname.trim(),
    givenName: person.givenName.trim(),
    patronymic: filled(person.patronymic),
    phone: filled(person.phone),
  };
}

function asks(service: ServiceDefinition | undefined, question: 'nameChanged' | 'documentDamaged'): boolean {
  return service?.intakeQuestions.includes(question) ?? false;
}

/** The application as applicationSchema / acceptApplication take it. */
export function applicationOf(values: IntakeFormValues) {
  const service = findService(values.serviceId);
  const schoolYear = filled(values.schoolYearStart);
  return {
    id: values.id,
    serviceId: values.serviceId,
    applicantRole: values.applicantRole,
    applicant: {
      ...personOf(values.applicant),
      birthDate: filled(values.applicant.birthDate),
      email: filled(values.applicant.email),
      address: filled(values.applicant.address),
    },
    representative:
      values.applicantRole === 'legal-representative'
        ? { ...personOf(values.representative), relation: values.representative.relation || undefined }
        : undefined,
    // The name the applicant reads on the receipt, in the receipt's language.
    provider: { bin: values.provider.bin.trim(), name: values.provider.name[values.receiptLanguage].trim() },
    answers: {
      nameChanged: asks(service, 'nameChanged') ? yesNo(values.answers.nameChanged) : undefined,
      documentDamaged: asks(service, 'documentDamaged') ? yesNo(values.answers.documentDamaged) : undefined,
      grounds: service?.grounds === undefined ? undefined : values.answers.grounds,
    },
    presentedDocumentIds: values.presentedDocumentIds.filter((id) =>
      (service?.documents ?? []).some((document) => document.id === id),
    ),
    consent: values.consent.given ? { given: true, recordedAt: values.consent.recordedAt } : { given: false },
    receiptLanguage: values.receiptLanguage,
    schoolYearStart: schoolYear === undefined ? undefined : Number(schoolYear),
  };
}

/** The loose draft saved on every change (intakeDraftSchema). */
export function draftOf(values: IntakeFormValues): IntakeDraft {
  const application = applicationOf(values);
  const person = (p: PersonFormValues) => ({
    iin: p.iin,
    surname: p.surname,
    givenName: p.givenName,
    patronymic: p.patronymic,
    phone: p.phone,
  });
  return {
    id: values.id,
    serviceId: values.serviceId === '' ? null : values.serviceId,
    provider:
      values.provider.bin === '' || values.provider.kind === ''
        ? undefined
        : { bin: values.provider.bin, name: { ...values.provider.name }, kind: values.provider.kind },
    applicantRole: values.applicantRole,
    applicant: {
      ...person(values.applicant),
      birthDate: values.applicant.birthDate,
      email: values.applicant.email,
      address: values.applicant.address,
    },
    representative:
      values.applicantRole === 'legal-representative'
        ? { ...person(values.representative), relation: values.representative.relation || undefined }
        : undefined,
    answers: {
      nameChanged: yesNo(values.answers.nameChanged),
      documentDamaged: yesNo(values.answers.documentDamaged),
      grounds: values.answers.grounds,
    },
    presentedDocumentIds: values.presentedDocumentIds,
    consent: values.consent.given ? { given: true, recordedAt: values.consent.recordedAt } : { given: false },
    receiptLanguage: values.receiptLanguage,
    schoolYearStart: application.schoolYearStart,
    queueTicket: filled(values.queueTicket),
    startedAt: values.startedAt,
  };
}

/** The form again from a saved draft (after a reload or a crash). */
export function valuesOfDraft(draft: IntakeDraft): IntakeFormValues {
  const base = newIntakeValues({
    id: draft.id,
    startedAt: draft.startedAt,
    queueTicket: draft.queueTicket ?? '',
    receiptLanguage: draft.receiptLanguage ?? 'kk',
  });
  const person = (p: Partial<Record<keyof PersonFormValues, string | undefined>>): PersonFormValues => ({
    iin: p.iin ?? '',
    surname: p.surname ?? '',
    givenName: p.givenName ?? '',
    patronymic: p.patronymic ?? '',
    phone: p.phone ?? '',
  });
  return {
    ...base,
    serviceId: draft.serviceId ?? '',
    provider:
      draft.provider === undefined
        ? base.provider
        : { bin: draft.provider.bin, name: { ...draft.provider.name }, kind: draft.provider.kind },
    applicantRole: draft.applicantRole ?? 'self',
    applicant: {
      ...person(draft.applicant),
      birthDate: draft.applicant.birthDate ?? '',
      email: draft.applicant.email ?? '',
      address: draft.applicant.address ?? '',
    },
    representative: {
      ...person(draft.representative ?? {}),
      relation: draft.representative?.relation ?? '',
    },
    answers: {
      nameChanged: toYesNo(draft.answers.nameChanged),
      documentDamaged: toYesNo(draft.answers.documentDamaged),
      grounds: [...(draft.answers.grounds ?? [])],
    },
    presentedDocumentIds: [...draft.presentedDocumentIds],
    consent: { given: draft.consent.given, recordedAt: draft.consent.recordedAt ?? '' },
    schoolYearStart: draft.schoolYearStart === undefined ? '' : String(draft.schoolYearStart),
  };
}

/** The answers the catalogue's rules read (which documents, who may apply). */
export function intakeAnswersOf(values: IntakeFormValues): IntakeAnswers {
  const application = applicationOf(values);
  const birthDate = application.applicant.birthDate;
  return {
    applicantRole: application.applicantRole,
    nameChanged: application.answers.nameChanged,
    documentDamaged: application.answers.documentDamaged,
    grounds: application.answers.grounds,
    birthDate: birthDate !== undefined && isLocalDate(birthDate) ? birthDate : undefined,
  };
}
