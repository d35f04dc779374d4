import type { ServiceDefinition } from '../serviceDefinition';
import { fetchedFromStateSystemsNote } from '../sharedTexts';

/** Source: the service passport for permission to study as an external student. */
export const externatPermission: ServiceDefinition = {
  id: 'externat-permission',
  name: {
    kk: 'Негізгі орта, жалпы орта білім беру ұйымдарында экстернат нысанында оқуға рұқсат беру',
    ru: 'Выдача разрешения на обучение в форме экстерната в организациях основного среднего, общего среднего образования',
    en: 'Permission to study as an external student (externat) at basic secondary and general secondary schools',
  },
  providerKind: 'secondary-school',
  channels: ['counter', 'portal'],
  availability: { kind: 'counter', maxWaitMinutes: 15, maxServiceMinutes: 15, refusalReceiptAnnex: 3 },
  recipients: 'individuals',
  fee: 'free',
  // "The day of acceptance at the Corporation is not included in the term."
  term: { workingDays: 15, acceptanceDayCounts: false },
  resultKinds: ['externat-order-copy'],
  applicants: [
    { role: 'self', onlyForMinor: false },
    { role: 'legal-representative', onlyForMinor: true },
  ],
  consentRequired: true,
  grounds: {
    minimum: 1,
    options: [
      {
        id: 'health',
        name: {
          kk: 'Денсаулығына байланысты білім беру ұйымына бара алмайды',
          ru: 'Не может посещать организацию образования по состоянию здоровья',
          en: 'Cannot attend school for health reasons',
        },
      },
      {
        id: 'abroad-with-parents',
        name: {
          kk: 'Ата-анасымен (оларды алмастыратын адамдармен) бірге шетелге көшеді',
          ru: 'Выезжает за рубеж вместе с родителями (лицами, их заменяющими)',
          en: 'Moves abroad with the parents (or persons replacing them)',
        },
      },
      {
        id: 'abroad-without-parents',
        name: {
          kk: 'Ата-анасының (оларды алмастыратын адамдардың) жетегінсіз шетелге оқуға шығады',
          ru: 'Выезжает на учёбу за рубеж без сопровождения родителей (лиц, их заменяющих)',
          en: 'Goes abroad to study without the parents (or persons replacing them)',
        },
      },
    ],
  },
  documents: [
    {
      id: 'application',
      name: {
        kk: 'Экстернат нысанында оқыту туралы өтініш (2-қосымша)',
        ru: 'Заявление об обучении в форме экстерната (приложение 2)',
        en: 'Application for study as an external student (annex 2)',
      },
      condition: { kind: 'always' },
    },
    {
      id: 'medical-commission-conclusion',
      name: {
        kk: 'Дәрігерлік-консультативтік комиссияның қорытындысы (035-1/у нысаны)',
        ru: 'Заключение врачебно-консультационной комиссии (форма 035-1/у)',
        en: 'Conclusion of the medical advisory commission (form 035-1/u)',
      },
      condition: { kind: 'ground-claimed', ground: 'health' },
    },
    {
      id: 'parents-residence-abroad-certificate',
      name: {
        kk: 'Ата-анасының (оларды алмастыратын адамдардың) шетелде уақытша тұратыны туралы анықтама',
        ru: 'Справка о временном проживании родителей (лиц, их заменяющих) за рубежом',
        en: "Certificate of the parents' (or their substitutes') temporary residence abroad",
      },
      condition: { kind: 'ground-claimed', ground: 'abroad-with-parents' },
    },
    {
      id: 'study-abroad-confirmation',
      name: {
        kk: 'Білім алушының шетелде оқитынын растайтын құжат',
        ru: 'Документ, подтверждающий обучение за рубежом',
        en: 'Document confirming study abroad',
      },
      condition: { kind: 'ground-claimed', ground: 'abroad-without-parents' },
    },
    {
      id: 'birth-certificate-copy',
      name: {
        kk: 'Туу туралы куәліктің көшірмесі (2008 жылға дейін туған жағдайда) не жеке куәліктің көшірмесі — жеке басын сәйкестендіру үшін',
        ru: 'Копия свидетельства о рождении (для родившихся до 2008 года) либо копия удостоверения личности — для идентификации личности',
        en: 'Copy of the birth certificate (if born before 2008) or of the ID card — for identification',
      },
      note: fetchedFromStateSystemsNote,
      condition: { kind: 'born-before-year', year: 2008 },
    },
    {
      id: 'representative-authority',
      name: {
        kk: 'Заңды өкілдің өкілеттігін растайтын құжаттар',
        ru: 'Документы, подтверждающие полномочия законного представителя',
        en: "Documents confirming the legal representative's authority",
      },
      condition: { kind: 'applicant-role-is', role: 'legal-representative' },
    },
  ],
  intakeQuestions: ['schoolYear', 'applicantRole', 'grounds', 'birthYear'],
  applicationCutoff: { month: 12, day: 1 },
  shelf: { storageMonths: 1, providerReturnWorkingDays: 1 },
};
