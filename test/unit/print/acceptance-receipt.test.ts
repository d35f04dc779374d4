import { describe, expect, it } from 'vitest';
import { representativeRelationLabels } from '../../../shared/domain';
import {
  acceptanceReceiptDocument,
  type AcceptanceReceipt,
  type PrintLanguage,
} from '../../../renderer/print';
import { code128BModules } from '../../../renderer/print/code128';
import type { PageSize } from '../../../shared/host';
import { documentTitle, listItems, visibleText } from './document-text';
import { acceptance, kazakhNames, receiptNumber } from './print-fixtures';
import { loadPrintTranslate } from './print-translations';

const render = (receipt: AcceptanceReceipt, language: PrintLanguage = 'kk', pageSize: PageSize = 'A4') =>
  acceptanceReceiptDocument(receipt, { language, t: loadPrintTranslate(language), pageSize });

const cases = (['kk', 'ru', 'en'] as const).flatMap((language) =>
  (['A4', 'receipt-80mm'] as const).map((pageSize) => ({ language, pageSize })),
);

describe('acceptance receipt', () => {
  it('says where the application goes only when it has a provider', () => {
    const { provider: _provider, ...withoutProvider } = acceptance;
    void _provider;
    const t = loadPrintTranslate('ru');
    expect(visibleText(render(withoutProvider, 'ru').html)).not.toContain(t('acceptance.provider'));
    expect(visibleText(render(acceptance, 'ru').html)).toContain(
      `${t('acceptance.provider')} № 42 мектеп-гимназиясы ${t('field.bin')}: 050140001238`,
    );
  });

  it.each(cases)('shows every required field ($language, $pageSize)', ({ language, pageSize }) => {
    const t = loadPrintTranslate(language);
    const document = render(acceptance, language, pageSize);
    const text = visibleText(document.html);
    const inLanguage = (value: { kk: string; ru: string; en?: string }) =>
      language === 'en' ? (value.en ?? value.ru) : value[language];

    for (const expected of [
      t('corporation'),
      t('acceptance.title'),
      receiptNumber,
      t('acceptance.dateTime', { date: '02.03.2026', time: '09:15' }),
      inLanguage(acceptance.centre.name),
      inLanguage(acceptance.centre.address),
      inLanguage(acceptance.service.name),
      'Нұрғожаев Әлихан Жаңабекұлы',
      `${t('field.iin')}: 120415500132`,
      t('field.representative'),
      'Өмірзақова Гүлшаһар Ілиясқызы',
      `${t('field.iin')}: 910712400453`,
      `${t('field.representativeBasis')}: ${inLanguage(representativeRelationLabels.parent)}`,
      t('acceptance.provider'),
      '№ 42 мектеп-гимназиясы',
      `${t('field.bin')}: 050140001238`,
      t('acceptance.dueDate'),
      '26.03.2026',
      t('acceptance.collection.fromValue', { date: '26.03.2026' }),
      t('acceptance.collection.identity'),
      t('acceptance.storage.rule'),
      t('acceptance.clerk'),
      'Бекова Әсем Төлеуқызы',
      t('signature.hint'),
    ]) {
      expect(text).toContain(expected);
    }
    expect(listItems(document.html, 'documents')).toEqual([
      acceptance.documents.map((item, index) => `${index + 1}) ${inLanguage(item.name)}`),
    ]);
    expect(document.pageSize).toBe(pageSize);
    expect(document.title).toBe(t('acceptance.documentTitle', { number: receiptNumber }));
    expect(documentTitle(document.html)).toBe(document.title);
    expect(document.html).toContain(`<html lang="${language}">`);
  });

  it('prints the acceptance time on the centre clock, even when UTC is still on the day before', () => {
    const late = render({ ...acceptance, acceptedAt: '2026-03-01T19:05:00.000Z' }, 'ru');
    expect(visibleText(late.html)).toContain('02.03.2026 в 00:05');
  });

  it('carries the receipt number as a Code 128 barcode', () => {
    const svg = /<svg\s+class="barcode"[\s\S]*?<\/svg>/.exec(render(acceptance).html)?.[0] ?? '';
    const bars = [...svg.matchAll(/<rect x="(\d+)" y="0" width="(\d+)" height="1"\s*\/>/g)];
    const modules = Array.from({ length: code128BModules(receiptNumber).length + 20 }, () => '0');
    for (const [, x, width] of bars) modules.fill('1', Number(x), Number(x) + Number(width));
    expect(modules.join('').replace(/^0+|0+$/g, '')).toBe(code128BModules(receiptNumber));
  });

  it('leaves out the representative row when the applicant applies in person', () => {
    const text = visibleText(render({ ...acceptance, representative: undefined }).html);
    expect(text).not.toContain(loadPrintTranslate('kk')('field.representative'));
    expect(text).not.toContain('Өмірзақова');
  });

  it('keeps Kazakh letters as they are, not as entities', () => {
    const { html } = render(acceptance, 'ru');
    for (const name of kazakhNames) expect(html).toContain(name);
    expect(html.slice(html.indexOf('<body'))).not.toMatch(/&#x?[0-9a-f]+;/i);
  });

  it('escapes hostile text from the counter and the settings', () => {
    const hostile = '<script>alert("x")</script>';
    const { html } = render({
      ...acceptance,
      applicant: { ...acceptance.applicant, surname: hostile, givenName: '<img src=x onerror=alert(1)>' },
      centre: {
        ...acceptance.centre,
        name: { kk: `Бөлім ${hostile}`, ru: hostile },
        address: { kk: 'A & B', ru: '"q"' },
      },
      clerkName: `'><svg onload=alert(1)>`,
    });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<svg onload');
    expect(visibleText(html)).toContain(`${hostile} <img src=x onerror=alert(1)>`);
    expect(visibleText(html)).toContain(`'><svg onload=alert(1)>`);
    expect(html).toContain('A &amp; B');
  });

  it('marks a reprint as a numbered copy with its print time, and only a reprint', () => {
    const original = render(acceptance);
    expect(original.html).not.toContain('class="copy-mark"');
    expect(visibleText(original.html)).not.toMatch(/КӨШІРМЕ|Көшірме/);

    const reprint = { ...acceptance, reprint: { copyNumber: 2, printedAt: '2026-03-10T10:05:00.000Z' } };
    expect(visibleText(render(reprint).html)).toContain(
      'КӨШІРМЕ № 2 Көшірме 10.03.2026, сағат 15:05 басылды',
    );
    expect(visibleText(render(reprint, 'ru').html)).toContain(
      'КОПИЯ № 2 Копия напечатана 10.03.2026 в 15:05',
    );
  });

  it('sets the page: A4, or an 80 mm roll without margins', () => {
    expect(render(acceptance, 'kk', 'A4').html).toContain('@page { size: A4 portrait;');
    expect(render(acceptance, 'kk', 'receipt-80mm').html).toContain('@page { size: 80mm 297mm; margin: 0; }');
  });

  it('is self-contained: no script and nothing loaded from anywhere', () => {
    const { html } = render(acceptance);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\b(?:src|href)=/i);
    expect(html).toMatch(/<meta charset="utf-8"\s*\/?>/);
    expect(html).toContain("font-family: 'Noto Sans'");
  });

  it('refuses what would print a wrong receipt', () => {
    expect(() => render({ ...acceptance, receiptNumber: 'ALM01-03-000123-5' })).toThrow(RangeError);
    expect(() => render({ ...acceptance, receiptNumber: receiptNumber.toLowerCase() })).toThrow(RangeError);
    expect(() => render({ ...acceptance, documents: [] })).toThrow(RangeError);
    const printedAt = '2026-03-10T10:05:00.000Z';
    expect(() => render({ ...acceptance, reprint: { copyNumber: 0, printedAt } })).toThrow(RangeError);
    expect(() => render({ ...acceptance, reprint: { copyNumber: 1.5, printedAt } })).toThrow(RangeError);
  });
});
