import type { ServiceDefinition } from '../serviceDefinition';
import { fetchedFromStateSystemsNote } from '../sharedTexts';

/**
 * Source: the list of main requirements for this service (the newer text; it wins over the older
 * service passport, which asked for a birth-certificate copy and did not know the digital
 * documents service).
 */
export const duplicateSecondary: ServiceDefinition = {
  id: 'duplicate-secondary',
  name: {
    kk: 'Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру',
    ru: 'Выдача дубликатов документов об основном среднем, общем среднем образовании',
    en: 'Issuing duplicates of basic secondary and general secondary education documents',
  },
  providerKind: 'secondary-school',
  channels: ['provider-office', 'counter', 'portal'],
  availability: { kind: 'counter', maxWaitMinutes: 15, maxServiceMinutes: 15, refusalReceiptAnnex: 2 },
  recipients: 'individuals',
  fee: 'free',
  term: { workingDays: 15, acceptanceDayCounts: true },
  resultKinds: [
    'duplicate-basic-secondary-certificate',
    'duplicate-general-secondary-attestation',
    'reasoned-refusal',
  ],
  applicants: [
    { role: 'self', onlyForMinor: false },
    { role: 'legal-representative', onlyForMinor: true },
  ],
  consentRequired: true,
  documents: [
    {
      id: 'application',
      name: {
        kk: 'Білім беру ұйымы басшысының атына құжаттың жоғалу немесе бүліну мән-жайы көрсетілген өтініш (1-қосымша); кәмелетке толмаған бала үшін — ата-анасының (заңды өкілінің) өтініші',
        ru: 'Заявление на имя руководителя организации образования с изложением обстоятельств утери или порчи документа (приложение 1); за несовершеннолетнего — заявление родителя (законного представителя)',
        en: 'Application to the head of the school stating how the document was lost or damaged (annex 1); for a minor, by a parent (legal representative)',
      },
      condition: { kind: 'always' },
    },
    {
      id: 'identity-document',
      name: {
        kk: 'Білім алушының туу туралы куәлігі немесе жеке куәлігі (паспорты) және (немесе) цифрлық құжаттар сервисіндегі электрондық құжаты — жеке басын сәйкестендіру үшін',
        ru: 'Свидетельство о рождении или удостоверение личности (паспорт) обучающегося и (или) электронный документ из сервиса цифровых документов — для идентификации личности',
        en: "The student's birth certificate or ID card (passport) and/or the electronic document from the digital documents service — for identification",
      },
      note: fetchedFromStateSystemsNote,
      condition: { kind: 'always' },
    },
    {
      id: 'original-education-document',
      name: {
        kk: 'Білім туралы құжаттың түпнұсқасы — тегі (аты, әкесінің аты) өзгерген және құжат бүлінген жағдайда',
        ru: 'Оригинал документа об образовании — при изменении фамилии (имени, отчества) и порче документа',
        en: 'The original education document — when the surname (first name, patronymic) has changed and the document is damaged',
      },
      condition: {
        kind: 'all-of',
        conditions: [
          { kind: 'answer-is', question: 'nameChanged', value: true },
          { kind: 'answer-is', question: 'documentDamaged', value: true },
        ],
      },
    },
  ],
  intakeQuestions: ['applicantRole', 'documentDamaged', 'nameChanged'],
  shelf: { storageMonths: 1, providerReturnWorkingDays: 1 },
};
