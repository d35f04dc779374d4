import type { ServiceDefinition } from '../serviceDefinition';

/** Source: the public service standard for duplicates of TVET documents. */
export const duplicateTvet: ServiceDefinition = {
  id: 'duplicate-tvet',
  name: {
    kk: 'Техникалық және кәсіптік білім туралы құжаттардың телнұсқаларын беру',
    ru: 'Выдача дубликатов документов о техническом и профессиональном образовании',
    en: 'Issuing duplicates of technical and vocational education documents',
  },
  providerKind: 'tvet-organisation',
  channels: ['provider-office', 'counter', 'portal'],
  availability: { kind: 'counter', maxWaitMinutes: 15, maxServiceMinutes: 15, refusalReceiptAnnex: 4 },
  recipients: 'individuals',
  fee: 'free',
  term: { workingDays: 15, acceptanceDayCounts: true },
  resultKinds: ['duplicate-tvet-document', 'reasoned-refusal'],
  resultForms: ['paper', 'electronic'],
  applicants: [
    { role: 'self', onlyForMinor: false },
    { role: 'legal-representative', onlyForMinor: true },
  ],
  consentRequired: true,
  documents: [
    {
      id: 'application',
      name: {
        kk: 'Техникалық және кәсіптік білім беру ұйымы басшысының атына құжаттың жоғалу немесе бүліну мән-жайы баяндалған өтініш; кәмелетке толмаған бала үшін — ата-анасының (заңды өкілінің) өтініші',
        ru: 'Заявление на имя руководителя организации технического и профессионального образования с изложением обстоятельств утери или порчи документа; за несовершеннолетнего — заявление родителя (законного представителя)',
        en: 'Application to the head of the college stating how the document was lost or damaged; for a minor, by a parent (legal representative)',
      },
      condition: { kind: 'always' },
    },
    {
      id: 'identity-document',
      name: {
        kk: 'Білім алушының туу туралы куәлігі немесе жеке куәлігі (паспорты) — жеке басын сәйкестендіру үшін',
        ru: 'Свидетельство о рождении или удостоверение личности (паспорт) обучающегося — для идентификации личности',
        en: "The student's birth certificate or ID card (passport) — for identification",
      },
      note: {
        kk: 'Жеке басты куәландыратын құжат туралы мәліметті қызметкер «электрондық үкімет» шлюзі арқылы мемлекеттік ақпараттық жүйелерден алып, көрсетілетін қызметті берушіге жібереді.',
        ru: 'Сведения о документе, удостоверяющем личность, работник получает из государственных информационных систем через шлюз «электронного правительства» и направляет услугодателю.',
        en: 'The clerk fetches the identity document data from state information systems through the e-government gateway and forwards them to the provider.',
      },
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
