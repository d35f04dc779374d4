import {
  almatyTimeZone,
  findService,
  formatReceiptNumber,
  missingDocuments,
  type ServiceDefinition,
} from '../../../shared/domain';
import type { AcceptanceReceipt, CentreOnPrint, RefusalReceipt } from '../../../renderer/print';

export function service(id: string): ServiceDefinition {
  const found = findService(id);
  if (found === undefined) throw new Error(`No service ${id} in the catalogue`);
  return found;
}

const number = formatReceiptNumber({ centreCode: 'ALM01', workstationCode: '03', sequence: 123 });
if (!number.ok) throw new Error('fixture receipt number');
export const receiptNumber = number.value;

export const centre: CentreOnPrint = {
  name: {
    kk: 'Алматы қаласы бойынша филиалдың Медеу ауданы бойынша № 3 бөлімі',
    ru: 'Отдел № 3 по Медеускому району филиала по городу Алматы',
    en: 'Office No. 3, Medeu district, Almaty city branch',
  },
  address: {
    kk: 'Алматы қ., Медеу ауданы, Достық даңғылы, 91',
    ru: 'г. Алматы, Медеуский район, пр. Достык, 91',
  },
  timeZone: almatyTimeZone,
};

/** Names carrying every Kazakh-only letter: ә ғ қ ң ө ұ ү һ і. */
export const applicant = {
  surname: 'Нұрғожаев',
  givenName: 'Әлихан',
  patronymic: 'Жаңабекұлы',
  iin: '120415500132', // born 15 April 2012: a minor in 2026
} as const;

export const representative = {
  surname: 'Өмірзақова',
  givenName: 'Гүлшаһар',
  patronymic: 'Ілиясқызы',
  iin: '910712400453',
  relation: 'parent',
} as const;

export const kazakhNames = ['Нұрғожаев Әлихан Жаңабекұлы', 'Өмірзақова Гүлшаһар Ілиясқызы'];

const duplicateSecondary = service('duplicate-secondary');

/** A minor's duplicate, handed in by a parent at 09:15 Almaty time on Monday 2 March 2026. */
export const acceptance: AcceptanceReceipt = {
  receiptNumber,
  acceptedAt: '2026-03-02T04:15:00.000Z',
  centre,
  service: duplicateSecondary,
  applicant,
  representative,
  provider: { bin: '050140001238', name: '№ 42 мектеп-гимназиясы' },
  documents: duplicateSecondary.documents.filter((document) => document.id !== 'original-education-document'),
  dueDate: '2026-03-26',
  collection: { office: centre, from: '2026-03-26' },
  clerkName: 'Бекова Әсем Төлеуқызы',
};

/** The same family came with a damaged document under a changed name, and only the birth certificate. */
export const refusalMissing = missingDocuments(
  duplicateSecondary,
  { applicantRole: 'legal-representative', nameChanged: true, documentDamaged: true },
  ['identity-document'],
).missing;

export const refusal: RefusalReceipt = {
  refusedAt: '2026-03-02T13:40:00.000Z',
  centre,
  service: duplicateSecondary,
  applicant: { ...applicant, address: 'Алматы қ., Абай даңғылы, 10, 5-пәтер' },
  representative,
  reason: 'incomplete-package',
  documents: refusalMissing,
  clerkName: 'Бекова Әсем Төлеуқызы',
};
