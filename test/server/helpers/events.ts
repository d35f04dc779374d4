import { randomUUID } from 'node:crypto';
import { formatReceiptNumber } from '../../../shared/domain';

/** BINs with valid check digits (shared/schemas binSchema). */
export const schoolBin = '050140001238';
export const otherSchoolBin = '980640004561';
/** A well-formed BIN that the test servers' directory does not list. */
export const unlistedBin = '000000000000';

export interface Place {
  readonly centreCode: string;
  readonly workstationCode: string;
}

let receiptSequence = 0;

/** Valid events of one application, made at a desk: drafted, accepted, and the desk's later steps. */
export function applicationAt(place: Place, providerBin: string = schoolBin) {
  const applicationId = randomUUID();
  const base = (type: string) => ({
    id: randomUUID(),
    applicationId,
    type,
    at: '2026-03-02T05:00:00.000Z',
    by: { userId: 'clerk-1', name: 'Айгүл Серікқызы' },
    where: { kind: 'desk', centreCode: place.centreCode, workstationCode: place.workstationCode },
  });
  receiptSequence += 1;
  const receipt = formatReceiptNumber({ ...place, sequence: receiptSequence });
  if (!receipt.ok) throw new Error('bad receipt number');
  return {
    applicationId,
    drafted: () => ({ ...base('drafted'), serviceId: 'duplicate-secondary' }),
    accepted: () => ({
      ...base('accepted'),
      receiptNumber: receipt.value,
      dueDate: '2026-03-26',
      calendarVersion: 'kz-2024-2027.1',
      presentedDocumentIds: ['application', 'identity-document', 'original-education-document'],
      application: {
        id: applicationId,
        serviceId: 'duplicate-secondary',
        applicantRole: 'self',
        applicant: {
          iin: '850315300128',
          surname: 'Сейітқали',
          givenName: 'Әлия',
          patronymic: 'Нұрланқызы',
          birthDate: '1985-03-15',
          // As the desk's acceptance stores it (applicationSchema's output), not as typed.
          phone: '+77012345678',
          address: 'Алматы қ., Абай даңғылы, 10',
        },
        provider: { bin: providerBin, name: '№ 42 мектеп-гимназиясы' },
        answers: { nameChanged: true, documentDamaged: true },
        presentedDocumentIds: ['application', 'identity-document', 'original-education-document'],
        consent: { given: true, recordedAt: '2026-03-02T05:00:00.000Z' },
        receiptLanguage: 'kk',
      },
    }),
    receiptPrinted: () => ({ ...base('receipt-printed'), copy: 1, layout: 'A4', language: 'kk' }),
    placedOnShelf: () => ({ ...base('placed-on-shelf'), shelfSlot: 'B-17', storageLastDay: '2026-04-27' }),
    /** A provider's event, recorded through the admin API as the console would. */
    providerEvent: (type: 'taken-into-work' | 'result-ready', bin: string = providerBin) => ({
      id: randomUUID(),
      applicationId,
      type,
      at: '2026-03-03T05:00:00.000Z',
      by: { userId: 'secretary', name: 'Марат Ахметов' },
      where: { kind: 'provider', providerId: bin },
      ...(type === 'result-ready' ? { resultKind: 'duplicate-general-secondary-attestation' } : {}),
    }),
  };
}
