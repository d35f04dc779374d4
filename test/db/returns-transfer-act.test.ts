import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createReturnBatch, getReturnBatch } from '../../renderer/db';
import { transferActOf } from '../../renderer/features/returns/transfer-act-printing';
import en from '../../locales/en/returns.json' with { type: 'json' };
import kk from '../../locales/kk/returns.json' with { type: 'json' };
import ru from '../../locales/ru/returns.json' with { type: 'json' };
import { visibleText } from '../unit/print/document-text';
import {
  almatyCentreSettings,
  openTestDesk,
  SequentialIds,
  TestClock,
  unwrap,
  writeContext,
} from './helpers';
import { onShelf, schoolBin, supervisorSession } from './returns-helpers';

const i18n = createInstance();
void i18n.init({
  resources: { kk: { returns: kk }, ru: { returns: ru }, en: { returns: en } },
  lng: 'kk',
  fallbackLng: false,
  ns: ['returns'],
  initAsync: false,
  interpolation: { escapeValue: false },
});

async function batchOfTwo() {
  const { db } = await openTestDesk();
  const first = await onShelf(db, 1, { storageLastDay: '2026-04-10', slot: 'A-1-01', surname: 'Сейітқали' });
  const second = await onShelf(db, 2, { storageLastDay: '2026-04-09', slot: 'A-2-07', surname: 'Омарова' });
  const clock = new TestClock('2026-04-13T05:00:00.000Z');
  const batch = unwrap(
    await createReturnBatch(
      db,
      { providerBin: schoolBin, applicationIds: [first, second] },
      writeContext(clock, new SequentialIds('5'), supervisorSession),
    ),
  );
  const view = await getReturnBatch(db, batch.id);
  if (view === undefined) throw new Error('batch not found');
  return { db, clock, view };
}

describe('the transfer act', () => {
  it.each([
    {
      language: 'kk' as const,
      expected: [
        'Мемлекеттік қызметтер көрсету нәтижелерін қабылдау-беру актісі',
        '13.04.2026 № 50000000',
        'Алматы қаласы №1 халыққа қызмет көрсету орталығы',
        '№ 42 мектеп-гимназиясы',
        'БСН 050140001238',
        '1 {first} Сейітқали Әлия',
        'A-1-01',
        '2 {second} Омарова Әлия',
        'A-2-07',
        'Барлығы 2 нәтиже тапсырылды.',
        'Тапсырған Гүлнар Оспанова',
        'Қабылдаған',
        '(қолы, аты-жөні)',
      ],
    },
    {
      language: 'ru' as const,
      expected: [
        'Акт приёма-передачи результатов оказания государственных услуг',
        '№ 50000000 от 13.04.2026',
        'Центр обслуживания населения №1 г. Алматы',
        'БИН 050140001238',
        '1 {first} Сейітқали Әлия',
        '2 {second} Омарова Әлия',
        'Всего передано 2 результата.',
        'Передал Гүлнар Оспанова',
        'Принял',
        '(подпись, ФИО)',
      ],
    },
  ])(
    'prints in $language on A4: centre, provider and BIN, number and date, numbered items, count, signatures',
    async ({ language, expected }) => {
      const { db, clock, view } = await batchOfTwo();
      const act = transferActOf({ db, clock, centre: almatyCentreSettings, i18n, t: i18n.t }, view, language);
      expect(act.pageSize).toBe('A4');
      const text = visibleText(act.html.replace(/<style>[\s\S]*?<\/style>/g, ' '));
      const [first, second] = view.items.map((item) => item.record.receiptNumber ?? '');
      for (const part of expected)
        expect(text).toContain(part.replace('{first}', first ?? '').replace('{second}', second ?? ''));
      expect(act.html).toContain(`<html lang="${language}">`);
    },
  );
});
