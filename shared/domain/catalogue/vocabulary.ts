import type { LocalizedText } from '../localizedText';

/**
 * Closed vocabularies the catalogue data is written in, each with its labels.
 * A new service usually reuses these; a new kind of provider or result is one more entry here.
 */

export const serviceChannels = ['counter', 'provider-office', 'portal'] as const;
export type ServiceChannel = (typeof serviceChannels)[number];

export const serviceChannelLabels: Readonly<Record<ServiceChannel, LocalizedText>> = {
  counter: {
    kk: '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы (ХҚКО)',
    ru: 'Государственная корпорация «Правительство для граждан» (ЦОН)',
    en: 'State Corporation «Government for Citizens» (service centre counter)',
  },
  'provider-office': {
    kk: 'Көрсетілетін қызметті берушінің кеңсесі',
    ru: 'Канцелярия услугодателя',
    en: "The provider's office",
  },
  portal: {
    kk: '«Электрондық үкімет» веб-порталы (www.egov.kz)',
    ru: 'Веб-портал «электронного правительства» (www.egov.kz)',
    en: 'E-government portal (www.egov.kz)',
  },
};

export const providerKinds = [
  'secondary-school',
  'tvet-organisation',
  'tvet-post-secondary-organisation',
] as const;
export type ProviderKind = (typeof providerKinds)[number];

export const providerKindLabels: Readonly<Record<ProviderKind, LocalizedText>> = {
  'secondary-school': {
    kk: 'Негізгі орта және жалпы орта білім беру ұйымдары',
    ru: 'Организации основного среднего и общего среднего образования',
    en: 'Basic secondary and general secondary schools',
  },
  'tvet-organisation': {
    kk: 'Техникалық және кәсіптік білім беру ұйымдары',
    ru: 'Организации технического и профессионального образования',
    en: 'Technical and vocational education (TVET) organisations — colleges',
  },
  'tvet-post-secondary-organisation': {
    kk: 'Техникалық және кәсіптік, орта білімнен кейінгі білім беру ұйымдары',
    ru: 'Организации технического и профессионального, послесреднего образования',
    en: 'Technical and vocational and post-secondary education organisations',
  },
};

export const resultKinds = [
  'duplicate-basic-secondary-certificate',
  'duplicate-general-secondary-attestation',
  'duplicate-tvet-document',
  'externat-order-copy',
  'education-data-updated',
  'reasoned-refusal',
] as const;
export type ResultKind = (typeof resultKinds)[number];

export const resultKindLabels: Readonly<Record<ResultKind, LocalizedText>> = {
  'duplicate-basic-secondary-certificate': {
    kk: 'Негізгі орта білім туралы куәліктің телнұсқасы',
    ru: 'Дубликат свидетельства об основном среднем образовании',
    en: 'Duplicate of the certificate of basic secondary education',
  },
  'duplicate-general-secondary-attestation': {
    kk: 'Жалпы орта білім туралы аттестаттың телнұсқасы',
    ru: 'Дубликат аттестата об общем среднем образовании',
    en: 'Duplicate of the attestation of general secondary education',
  },
  'duplicate-tvet-document': {
    kk: 'Техникалық және кәсіптік білім туралы құжаттың телнұсқасы',
    ru: 'Дубликат документа о техническом и профессиональном образовании',
    en: 'Duplicate of the technical and vocational education document',
  },
  'externat-order-copy': {
    kk: 'Экстернат нысанында оқуға рұқсат беру туралы бұйрықтың көшірмесі',
    ru: 'Копия приказа о разрешении обучения в форме экстерната',
    en: 'Copy of the order permitting study as an external student',
  },
  'education-data-updated': {
    kk: 'Ұлттық білім беру деректер базасындағы өзектендірілген мәліметтер',
    ru: 'Актуализированные сведения в Национальной образовательной базе данных',
    en: 'Updated data in the National Education Database',
  },
  'reasoned-refusal': {
    kk: 'Мемлекеттік қызметті көрсетуден дәлелді бас тарту',
    ru: 'Мотивированный отказ в оказании государственной услуги',
    en: 'Reasoned refusal to provide the public service',
  },
};

export const resultForms = ['paper', 'electronic'] as const;
export type ResultForm = (typeof resultForms)[number];

export const resultFormLabels: Readonly<Record<ResultForm, LocalizedText>> = {
  paper: { kk: 'Қағаз түрінде', ru: 'В бумажной форме', en: 'On paper' },
  electronic: { kk: 'Электрондық түрде', ru: 'В электронной форме', en: 'Electronic' },
};

export const applicantRoles = ['self', 'legal-representative'] as const;
export type ApplicantRole = (typeof applicantRoles)[number];

export const applicantRoleLabels: Readonly<Record<ApplicantRole, LocalizedText>> = {
  self: {
    kk: 'Көрсетілетін қызметті алушының өзі',
    ru: 'Сам услугополучатель',
    en: 'The applicant in person',
  },
  'legal-representative': {
    kk: 'Кәмелетке толмаған баланың ата-анасы (заңды өкілі)',
    ru: 'Родитель (законный представитель) несовершеннолетнего',
    en: 'Parent (legal representative) of a minor',
  },
};

/** The questions the intake wizard may need answered to know which documents are required. */
export const intakeQuestions = [
  'applicantRole',
  'nameChanged',
  'documentDamaged',
  'grounds',
  'birthYear',
  'schoolYear',
] as const;
export type IntakeQuestion = (typeof intakeQuestions)[number];

export const intakeQuestionLabels: Readonly<Record<IntakeQuestion, LocalizedText>> = {
  applicantRole: { kk: 'Өтінішті кім береді?', ru: 'Кто подаёт заявление?', en: 'Who is applying?' },
  nameChanged: {
    kk: 'Тегі, аты немесе әкесінің аты өзгерді ме?',
    ru: 'Изменились ли фамилия, имя или отчество?',
    en: 'Has the surname, first name or patronymic changed?',
  },
  documentDamaged: {
    kk: 'Білім туралы құжат бүлінген бе (жоғалмаған)?',
    ru: 'Документ об образовании испорчен (а не утерян)?',
    en: 'Is the education document damaged (rather than lost)?',
  },
  grounds: { kk: 'Өтініш беру негіздемесі', ru: 'Основание обращения', en: 'Ground of the application' },
  birthYear: {
    kk: 'Білім алушының туған жылы',
    ru: 'Год рождения обучающегося',
    en: "The student's year of birth",
  },
  schoolYear: {
    kk: 'Өтініш қай оқу жылына беріледі?',
    ru: 'На какой учебный год подаётся заявление?',
    en: 'Which school year is the application for?',
  },
};
