import { IDBIndex, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  acceptApplication,
  findApplicationByReceiptNumber,
  findApplicationsByIin,
  findApplicationsByName,
  refuseAtIntake,
  searchApplications,
  searchKindOf,
  type ApplicationRecord,
  type DeskDatabase,
} from '../../renderer/db';
import {
  duplicateApplication,
  iinWithSerial,
  mondayMorning,
  openTestDesk,
  TestClock,
  termCalendar,
  unwrap,
  uuid,
  writeContext,
  type PersonName,
} from './helpers';

const people: PersonName[] = [
  { surname: 'Жұмабаев', givenName: 'Әлібек', patronymic: 'Серікұлы', iin: iinWithSerial(11) },
  { surname: 'Сейітқали', givenName: 'Қуаныш', iin: iinWithSerial(22) },
  { surname: 'Әлиев', givenName: 'Марат', iin: iinWithSerial(33) },
  { surname: 'Иванова', givenName: 'Алёна', patronymic: 'Сергеевна', iin: iinWithSerial(44) },
  { surname: "O'Brien-Қасымова", givenName: 'Гүлнар', iin: iinWithSerial(55) },
  { surname: 'ҚҰРМАНҒАЛИЕВА', givenName: 'ҮМІТ', iin: '910712400453' },
];

let db: DeskDatabase;
const receipts = new Map<string, string>();

beforeAll(async () => {
  ({ db } = await openTestDesk());
  const clock = new TestClock(mondayMorning);
  for (const [index, person] of people.entries()) {
    clock.advanceMinutes(10);
    const id = uuid('a', index + 1);
    const accepted = unwrap(
      await acceptApplication(
        db,
        { application: duplicateApplication(id, person), startedAt: mondayMorning, termCalendar },
        writeContext(clock),
      ),
    );
    receipts.set(person.givenName, accepted.record.receiptNumber ?? '');
  }
  // A parent applying for a minor: the parent's IIN and name find the child's application.
  clock.advanceMinutes(10);
  unwrap(
    await acceptApplication(
      db,
      {
        application: {
          ...duplicateApplication(uuid('a', 99), {
            surname: 'Жұмабаева',
            givenName: 'Айару',
            iin: '120505600009',
          }),
          applicantRole: 'legal-representative',
          applicant: {
            iin: '120505600009',
            surname: 'Жұмабаева',
            givenName: 'Айару',
            birthDate: '2012-05-05',
          },
          representative: {
            iin: '850315300128',
            surname: 'Нұрланова',
            givenName: 'Динара',
            relation: 'parent',
          },
        },
        startedAt: mondayMorning,
        termCalendar,
      },
      writeContext(clock),
    ),
  );
});

afterEach(() => {
  vi.restoreAllMocks();
});

const givenNames = (records: readonly ApplicationRecord[]) =>
  records.map((record) => record.applicant.givenName).sort();

describe('search by name', () => {
  it('finds Kazakh names by any prefix, in any case', async () => {
    expect(givenNames(await findApplicationsByName(db, 'әлі'))).toEqual(['Әлібек']);
    expect(givenNames(await findApplicationsByName(db, 'ӘЛІ'))).toEqual(['Әлібек']);
    expect(givenNames(await findApplicationsByName(db, 'ҚУА'))).toEqual(['Қуаныш']);
    expect(givenNames(await findApplicationsByName(db, 'құрман'))).toEqual(['ҮМІТ']);
    expect(givenNames(await findApplicationsByName(db, 'үміт'))).toEqual(['ҮМІТ']);
  });

  it('tells Kazakh letters from the Russian ones they resemble (і ≠ и)', async () => {
    expect(givenNames(await findApplicationsByName(db, 'әли'))).toEqual(['Марат']);
  });

  it('reads ё as е, and hyphenated or apostrophed surnames by each part', async () => {
    expect(givenNames(await findApplicationsByName(db, 'Алена'))).toEqual(['Алёна']);
    expect(givenNames(await findApplicationsByName(db, 'қасым'))).toEqual(['Гүлнар']);
    expect(givenNames(await findApplicationsByName(db, 'brien'))).toEqual(['Гүлнар']);
    expect(givenNames(await findApplicationsByName(db, "o'brien-қасымова"))).toEqual(['Гүлнар']);
  });

  it('needs every word to match: surname and given name narrow each other down', async () => {
    expect(givenNames(await findApplicationsByName(db, 'жұмабае'))).toEqual(['Айару', 'Әлібек']);
    expect(givenNames(await findApplicationsByName(db, 'жұмабаев әлі'))).toEqual(['Әлібек']);
    expect(givenNames(await findApplicationsByName(db, '  Серікұлы   Жұмабаев '))).toEqual(['Әлібек']);
    expect(givenNames(await findApplicationsByName(db, 'жұмабаев марат'))).toEqual([]);
    expect(await findApplicationsByName(db, '   ')).toEqual([]);
  });

  it("finds a child's application by the representative's name", async () => {
    expect(givenNames(await findApplicationsByName(db, 'нұрлан'))).toEqual(['Айару']);
  });
});

describe('search by IIN and receipt number', () => {
  it("finds by IIN prefix, ignoring spaces, including the representative's IIN", async () => {
    expect((await findApplicationsByIin(db, '850315')).length).toBe(6);
    expect(givenNames(await findApplicationsByIin(db, iinWithSerial(22)))).toEqual(['Қуаныш']);
    expect(givenNames(await findApplicationsByIin(db, '9107 1240'))).toEqual(['ҮМІТ']);
    expect(givenNames(await findApplicationsByIin(db, '120505'))).toEqual(['Айару']);
    expect(givenNames(await findApplicationsByIin(db, '850315300128'))).toEqual(['Айару']);
    expect(await findApplicationsByIin(db, 'әлі')).toEqual([]);
    expect(await findApplicationsByIin(db, '')).toEqual([]);
  });

  it('lists the newest first and honours the limit', async () => {
    const all = await findApplicationsByIin(db, '8');
    expect(all.map((record) => record.intakeAt)).toEqual(
      [...all.map((record) => record.intakeAt)].sort().reverse(),
    );
    expect(await findApplicationsByIin(db, '8', { limit: 2 })).toHaveLength(2);
  });

  it('finds a receipt number exactly, whatever the case and surrounding spaces', async () => {
    const receipt = receipts.get('Қуаныш') ?? '';
    expect((await findApplicationByReceiptNumber(db, receipt))?.applicant.givenName).toBe('Қуаныш');
    expect(
      (await findApplicationByReceiptNumber(db, `  ${receipt.toLowerCase()} `))?.applicant.givenName,
    ).toBe('Қуаныш');
    expect(await findApplicationByReceiptNumber(db, receipt.slice(0, -2))).toBeUndefined();
    expect(await findApplicationByReceiptNumber(db, '')).toBeUndefined();
  });
});

describe('the search box', () => {
  it('decides what it was given', () => {
    expect(searchKindOf('8503 1530')).toBe('iin');
    expect(searchKindOf('alm01-03-000002-x')).toBe('receipt-number');
    expect(searchKindOf('Әлібек')).toBe('name');
    expect(searchKindOf('Anna-Maria')).toBe('name');
    expect(searchKindOf('  ')).toBeNull();
  });

  it('searches accordingly', async () => {
    const receipt = receipts.get('Алёна') ?? '';
    expect(await searchApplications(db, receipt.toLowerCase())).toMatchObject({
      kind: 'receipt-number',
      applications: [{ receiptNumber: receipt }],
    });
    expect(givenNames((await searchApplications(db, 'ҚУА')).applications)).toEqual(['Қуаныш']);
    expect(givenNames((await searchApplications(db, '9107')).applications)).toEqual(['ҮМІТ']);
    expect(await searchApplications(db, 'ALM01-03-999999-Z')).toEqual({
      kind: 'receipt-number',
      applications: [],
    });
    expect(await searchApplications(db, '')).toEqual({ kind: null, applications: [] });
  });

  it('uses indexes only: the applications store itself is never scanned', async () => {
    const scans = (['openCursor', 'getAll', 'openKeyCursor', 'getAllKeys', 'count'] as const).map((method) =>
      vi.spyOn(IDBObjectStore.prototype, method),
    );
    const indexCursors = vi.spyOn(IDBIndex.prototype, 'openCursor');
    const indexGetAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    await searchApplications(db, 'жұмабаев әлі');
    await searchApplications(db, '8503');
    await searchApplications(db, receipts.get('Марат') ?? '');
    for (const scan of scans) expect(scan).not.toHaveBeenCalled();
    expect(indexCursors.mock.calls.length + indexGetAll.mock.calls.length).toBeGreaterThanOrEqual(3);
  });
});

describe('refusals are searchable too', () => {
  it('by the applicant named on the refusal receipt', async () => {
    const { db: fresh } = await openTestDesk();
    unwrap(
      await refuseAtIntake(
        fresh,
        {
          applicationId: uuid('a', 1),
          serviceId: 'duplicate-secondary',
          applicantRole: 'self',
          applicant: duplicateApplication(uuid('a', 1), { surname: 'Тоқтарова', givenName: 'Ақбота' })
            .applicant,
          receiptLanguage: 'kk',
          reason: 'no-consent',
          missingDocumentIds: [],
          startedAt: mondayMorning,
        },
        writeContext(new TestClock(mondayMorning)),
      ),
    );
    expect((await findApplicationsByName(fresh, 'ақбо')).map((record) => record.status)).toEqual([
      'refused-at-intake',
    ]);
  });
});
