/** Valid inputs the schema tests start from and then break one field at a time. */
export const applicant = {
  iin: '850315300128',
  surname: 'Сейітқали',
  givenName: 'Әлия',
  patronymic: 'Нұрланқызы',
  birthDate: '1985-03-15',
  phone: '+7 701 234 56 78',
  address: 'Алматы қ., Абай даңғылы, 10',
};

export const representative = {
  iin: '850315300128',
  surname: "O'Brien-Қасымова",
  givenName: 'Гүлнар',
  relation: 'parent',
};

export const duplicateApplication = {
  id: '0b6f1d5e-8a5c-4c1e-9f0e-2d7a3b4c5d6e',
  serviceId: 'duplicate-secondary',
  applicantRole: 'self',
  applicant,
  provider: { bin: '050140001238', name: '№ 42 мектеп-гимназиясы' },
  answers: { nameChanged: true, documentDamaged: true },
  presentedDocumentIds: ['application', 'identity-document', 'original-education-document'],
  consent: { given: true, recordedAt: '2026-03-02T05:00:00.000Z' },
  receiptLanguage: 'kk',
};

export const externatApplication = {
  id: '1c7e2e6f-9b6d-4d2f-8a1f-3e8b4c5d6e7f',
  serviceId: 'externat-permission',
  applicantRole: 'legal-representative',
  applicant: { ...applicant, iin: '120505600009', birthDate: '2012-05-05' },
  representative,
  provider: { bin: '980640004561', name: '№ 7 жалпы білім беретін мектеп' },
  answers: { grounds: ['health'] },
  presentedDocumentIds: ['application', 'medical-commission-conclusion', 'representative-authority'],
  consent: { given: true, recordedAt: '2026-03-02T05:00:00.000Z' },
  receiptLanguage: 'ru',
  schoolYearStart: 2026,
};

export const powerOfAttorney = {
  number: '1234-567',
  notary: 'Жанар Оспанова',
  issuedOn: '2026-01-10',
  validUntil: '2027-01-09',
};

const base = {
  applicationId: duplicateApplication.id,
  at: '2026-03-02T05:00:00.000Z',
  by: { userId: 'clerk-1', name: 'Айгүл Серікқызы' },
  where: { kind: 'desk', centreCode: 'ALM01', workstationCode: '03' },
};
const fromProvider = {
  by: { userId: 'secretary', name: 'Марат Ахметов' },
  where: { kind: 'provider', providerId: '050140001238' },
};

/** One valid event of each type, in life-cycle order (with fresh UUIDs). */
export const events = [
  { ...base, id: 'a0000000-0000-4000-8000-000000000001', type: 'drafted', serviceId: 'duplicate-secondary' },
  {
    ...base,
    id: 'a0000000-0000-4000-8000-000000000002',
    type: 'accepted',
    receiptNumber: 'ALM01-03-000123-4',
    dueDate: '2026-03-26',
    calendarVersion: 'kz-2024-2027.1',
    presentedDocumentIds: ['application', 'identity-document', 'original-education-document'],
    application: duplicateApplication,
  },
  {
    ...base,
    ...fromProvider,
    id: 'a0000000-0000-4000-8000-000000000003',
    type: 'sent-to-provider',
    providerId: '050140001238',
  },
  { ...base, ...fromProvider, id: 'a0000000-0000-4000-8000-000000000004', type: 'taken-into-work' },
  {
    ...base,
    ...fromProvider,
    id: 'a0000000-0000-4000-8000-000000000005',
    type: 'result-ready',
    resultKind: 'duplicate-general-secondary-attestation',
  },
  {
    ...base,
    id: 'a0000000-0000-4000-8000-000000000006',
    type: 'placed-on-shelf',
    shelfSlot: 'B-17',
    storageLastDay: '2026-04-27',
  },
  {
    ...base,
    id: 'a0000000-0000-4000-8000-000000000007',
    type: 'returned-to-provider',
    why: 'Storage month ended',
  },
  {
    ...base,
    id: 'a0000000-0000-4000-8000-000000000008',
    type: 're-requested',
    providerDueDate: '2026-06-02',
  },
  {
    ...base,
    id: 'a0000000-0000-4000-8000-000000000009',
    type: 'placed-on-shelf',
    shelfSlot: 'C-02',
    storageLastDay: '2026-07-02',
  },
  {
    ...base,
    id: 'a0000000-0000-4000-8000-00000000000a',
    type: 'issued',
    recipient: { kind: 'representative', name: 'Ержан Қасымов', iin: '910712400453', powerOfAttorney },
  },
];

export const refusalEvent = {
  ...base,
  id: 'a0000000-0000-4000-8000-0000000000ff',
  type: 'refused-at-intake',
  reason: 'incomplete-package',
  missingDocumentIds: ['identity-document'],
};

/** A reprint of the acceptance receipt (a history-only event). */
export const receiptPrintedEvent = {
  ...base,
  id: 'a0000000-0000-4000-8000-0000000000fe',
  type: 'receipt-printed',
  copy: 2,
  layout: 'A4',
  language: 'ru',
  why: 'Принтер зажевал первую копию',
};
