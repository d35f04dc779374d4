import type { ServiceDefinition } from '../serviceDefinition';

/** Source: the rules of the service and their annex 2 (list of main requirements) — portal only. */
export const educationDataCorrection: ServiceDefinition = {
  id: 'education-data-correction',
  name: {
    kk: 'Білім туралы құжаттардағы мәліметтерді өзектендіру (түзету)',
    ru: 'Актуализация (корректировка) сведений в документах об образовании',
    en: 'Updating (correcting) data in education documents',
  },
  providerKind: 'tvet-post-secondary-organisation',
  channels: ['portal'],
  availability: {
    kind: 'portal-only',
    guidance: {
      kk: 'Бұл қызмет тек «электрондық үкімет» веб-порталы (www.egov.kz) арқылы көрсетіледі — халыққа қызмет көрсету орталығында өтініш қабылданбайды. Өтінішке ЭЦҚ-мен немесе бір реттік парольмен қол қойылады, оған білім туралы құжаттың электрондық көшірмесі тіркеледі. Өтініштің мәртебесі порталдағы «жеке кабинетте» көрсетіледі; қызмет көрсету мерзімі — 3 жұмыс күні.',
      ru: 'Эта услуга оказывается только через веб-портал «электронного правительства» (www.egov.kz) — в центре обслуживания населения заявление не принимается. Заявление подписывается ЭЦП или одноразовым паролем, к нему прикладывается электронная копия документа об образовании. Статус заявления отображается в «личном кабинете» на портале; срок оказания услуги — 3 рабочих дня.',
      en: 'This service is provided only through the e-government portal (www.egov.kz) — the service centre does not accept the application. The application is signed with an EDS or a one-time password, with an electronic copy of the education document attached. Its status is shown in the personal account on the portal; the term is 3 working days.',
    },
  },
  recipients: 'individuals',
  fee: 'free',
  // The rules state only "3 working days"; the same reading as the duplicates is used.
  term: { workingDays: 3, acceptanceDayCounts: true },
  resultKinds: ['education-data-updated', 'reasoned-refusal'],
  resultForms: ['electronic'],
  applicants: [{ role: 'self', onlyForMinor: false }],
  consentRequired: true,
  documents: [
    {
      id: 'application',
      name: {
        kk: 'Өтініш (1-қосымша): көрсетілетін қызметті алушының тегі, аты, әкесінің аты, ЖСН, байланыс деректері, түзету себебі және дербес деректерді пайдалануға келісім',
        ru: 'Заявление (приложение 1): фамилия, имя, отчество, ИИН и контакты услугополучателя, причина корректировки и согласие на использование персональных данных',
        en: "Application (annex 1): the applicant's full name, IIN and contacts, the reason for the correction and consent to the use of personal data",
      },
      condition: { kind: 'always' },
    },
    {
      id: 'education-document-copy',
      name: {
        kk: 'Білім туралы құжаттың электрондық көшірмесі',
        ru: 'Электронная копия документа об образовании',
        en: 'Electronic copy of the education document',
      },
      condition: { kind: 'always' },
    },
  ],
  intakeQuestions: [],
};
