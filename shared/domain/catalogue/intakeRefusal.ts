import type { LocalizedText } from '../localizedText';

/**
 * Why the counter does not accept an application, as data for the refusal receipt and the screen.
 * Texts may contain i18next placeholders ({{lastDay}}, {{opensOn}}) the UI fills in.
 */
export const intakeRefusalReasonIds = [
  'incomplete-package',
  'expired-documents',
  'no-consent',
  'portal-only',
  'representative-not-allowed',
  'externat-cutoff-passed',
  'externat-school-year-not-open',
] as const;
export type IntakeRefusalReasonId = (typeof intakeRefusalReasonIds)[number];

export interface IntakeRefusalReason {
  readonly text: LocalizedText;
  /** The legal ground printed on the receipt, when there is one. */
  readonly legalGround?: LocalizedText;
  /** Whether the clerk hands over a refusal receipt (art. 20 p. 2) rather than just explaining. */
  readonly issuesRefusalReceipt: boolean;
}

const publicServicesLawArt20p2: LocalizedText = {
  kk: '«Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасы Заңының 20-бабының 2-тармағы',
  ru: 'Пункт 2 статьи 20 Закона Республики Казахстан «О государственных услугах»',
  en: 'Article 20, paragraph 2 of the Law of the Republic of Kazakhstan «On public services»',
};

export const intakeRefusalReasons: Readonly<Record<IntakeRefusalReasonId, IntakeRefusalReason>> = {
  'incomplete-package': {
    legalGround: publicServicesLawArt20p2,
    text: {
      kk: 'Көрсетілетін қызметті алушы мемлекеттік көрсетілетін қызмет стандартында көзделген тізбеге сәйкес құжаттардың толық топтамасын ұсынбады.',
      ru: 'Услугополучатель не представил полный пакет документов согласно перечню, предусмотренному стандартом государственной услуги.',
      en: 'The applicant did not submit the complete package of documents listed in the public service standard.',
    },
    issuesRefusalReceipt: true,
  },
  'expired-documents': {
    legalGround: publicServicesLawArt20p2,
    text: {
      kk: 'Көрсетілетін қызметті алушы қолданылу мерзімі өткен құжаттарды ұсынды.',
      ru: 'Услугополучатель представил документы с истёкшим сроком действия.',
      en: 'The applicant submitted documents whose validity has expired.',
    },
    issuesRefusalReceipt: true,
  },
  'no-consent': {
    legalGround: {
      kk: '«Дербес деректер және оларды қорғау туралы» Қазақстан Республикасы Заңының 8-бабы',
      ru: 'Статья 8 Закона Республики Казахстан «О персональных данных и их защите»',
      en: 'Article 8 of the Law of the Republic of Kazakhstan «On personal data and their protection»',
    },
    text: {
      kk: 'Көрсетілетін қызметті алушы ақпараттық жүйелердегі заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға келісім бермеді.',
      ru: 'Услугополучатель не дал согласия на использование сведений, составляющих охраняемую законом тайну, содержащихся в информационных системах.',
      en: 'The applicant did not consent to the use of legally protected information held in information systems.',
    },
    issuesRefusalReceipt: false,
  },
  'portal-only': {
    text: {
      kk: 'Бұл қызмет тек «электрондық үкімет» веб-порталы (www.egov.kz) арқылы көрсетіледі.',
      ru: 'Эта услуга оказывается только через веб-портал «электронного правительства» (www.egov.kz).',
      en: 'This service is provided only through the e-government portal (www.egov.kz).',
    },
    issuesRefusalReceipt: false,
  },
  'representative-not-allowed': {
    text: {
      kk: 'Ата-ана (заңды өкіл) өтінішті тек кәмелетке толмаған бала үшін бере алады; кәмелетке толған адам өзі жүгінеді.',
      ru: 'Родитель (законный представитель) может подать заявление только за несовершеннолетнего; совершеннолетний обращается сам.',
      en: 'A parent (legal representative) may apply only for a minor; an adult applies in person.',
    },
    issuesRefusalReceipt: false,
  },
  'externat-cutoff-passed': {
    text: {
      kk: 'Экстернат нысанында оқуға өтініш {{lastDay}} қоса алғанға дейін қабылданады; бұл оқу жылына өтініш беру мерзімі өтіп кетті.',
      ru: 'Заявление об обучении в форме экстерната принимается по {{lastDay}} включительно; срок подачи на этот учебный год истёк.',
      en: 'Applications for study as an external student are accepted up to and including {{lastDay}}; the deadline for this school year has passed.',
    },
    issuesRefusalReceipt: false,
  },
  'externat-school-year-not-open': {
    text: {
      kk: 'Өтініш тек ағымдағы немесе келесі оқу жылына қабылданады; бұл оқу жылына өтініштер {{opensOn}} бастап қабылданады.',
      ru: 'Заявление принимается только на текущий или следующий учебный год; на этот учебный год заявления принимаются с {{opensOn}}.',
      en: 'Applications are accepted only for the current or the coming school year; for this school year they are accepted from {{opensOn}}.',
    },
    issuesRefusalReceipt: false,
  },
};

/** Fixed texts of the refusal receipt (art. 20 p. 2 of the Law on public services). */
export const refusalReceiptTexts = {
  title: {
    kk: 'Құжаттарды қабылдаудан бас тарту туралы қолхат',
    ru: 'Расписка об отказе в приеме документов',
    en: 'Receipt of refusal to accept documents',
  },
  copies: {
    kk: 'Қолхат екі данада, әр тарапқа бір данадан жасалды.',
    ru: 'Расписка составлена в двух экземплярах, по одному для каждой стороны.',
    en: 'Made in two copies, one for each side.',
  },
} as const satisfies Record<string, LocalizedText>;
