import { describe, expect, it } from 'vitest';
import {
  intakeRefusalReasonIds,
  intakeRefusalReasons,
  refusalReceiptTexts,
  representativeRelationLabels,
  type IntakeRefusalReasonId,
} from '../../../shared/domain';
import {
  refusalReceiptDocument,
  type PrintLanguage,
  type RefusalReceipt,
  type RefusalReceiptReason,
} from '../../../renderer/print';
import type { PageSize } from '../../../shared/host';
import { documentTitle, listItems, visibleText } from './document-text';
import { refusal, refusalMissing, service } from './print-fixtures';
import { loadPrintTranslate } from './print-translations';

const render = (receipt: RefusalReceipt, language: PrintLanguage = 'kk', pageSize: PageSize = 'A4') =>
  refusalReceiptDocument(receipt, { language, t: loadPrintTranslate(language), pageSize });

const sheets = (html: string): string[] =>
  [...html.matchAll(/<article class="sheet refusal">[\s\S]*?<\/article>/g)].map((m) => m[0]);

const cases = (['kk', 'ru', 'en'] as const).flatMap((language) =>
  (['A4', 'receipt-80mm'] as const).map((pageSize) => ({ language, pageSize })),
);

describe('refusal receipt', () => {
  it.each(cases)(
    'shows every required field on both copies ($language, $pageSize)',
    ({ language, pageSize }) => {
      const t = loadPrintTranslate(language);
      const document = render(refusal, language, pageSize);
      const reason = intakeRefusalReasons['incomplete-package'];
      const inLanguage = (value: { kk: string; ru: string; en?: string }) =>
        language === 'en' ? (value.en ?? value.ru) : value[language];

      const copies = sheets(document.html).map(visibleText);
      expect(copies).toHaveLength(2);
      expect(copies[0]).toContain(t('refusal.copy.applicant'));
      expect(copies[1]).toContain(t('refusal.copy.centre'));
      for (const text of copies) {
        for (const expected of [
          `${t('field.applicant')}: Нұрғожаев Әлихан Жаңабекұлы`,
          `${t('field.address')}: Алматы қ., Абай даңғылы, 10, 5-пәтер`,
          `Өмірзақова Гүлшаһар Ілиясқызы (${inLanguage(representativeRelationLabels.parent)})`,
          inLanguage(refusalReceiptTexts.title),
          `${t('refusal.legalGround')} ${inLanguage(reason.legalGround ?? { kk: '?', ru: '?' })}`,
          `${t('refusal.reason')} ${inLanguage(reason.text)}`,
          inLanguage(refusal.centre.name),
          inLanguage(refusal.centre.address),
          inLanguage(refusal.service.name),
          t('refusal.missingDocuments'),
          inLanguage(refusalReceiptTexts.copies),
          `${t('refusal.clerk')} Бекова Әсем Төлеуқызы ${t('signature.hint')}`,
          `${t('refusal.received')} ${t('refusal.receivedHint')}`,
          `${t('field.date')}: 02.03.2026`,
        ]) {
          expect(text).toContain(expected);
        }
      }
      expect(document.title).toBe(t('refusal.documentTitle', { date: '02.03.2026' }));
      expect(documentTitle(document.html)).toBe(document.title);
      expect(document.pageSize).toBe(pageSize);
    },
  );

  it('lists exactly the missing documents, numbered 1..n, on each copy', () => {
    expect(refusalMissing.map((document) => document.id)).toEqual([
      'application',
      'original-education-document',
    ]);
    const expected = refusalMissing.map((document, index) => `${index + 1}) ${document.name.ru}`);
    expect(listItems(render(refusal, 'ru').html, 'documents')).toEqual([expected, expected]);
  });

  it('numbers a longer list without gaps and repeats nothing', () => {
    const documents = service('externat-permission').documents;
    const items = listItems(render({ ...refusal, documents }, 'kk').html, 'documents')[0] ?? [];
    expect(items).toEqual(documents.map((document, index) => `${index + 1}) ${document.name.kk}`));
  });

  it('puts each copy on its own page', () => {
    const { html } = render(refusal);
    expect(html).toContain('.sheet + .sheet { break-before: page; }');
    expect(sheets(html)).toHaveLength(2);
  });

  it('dates the receipt on the centre clock', () => {
    const lateEvening = render({ ...refusal, refusedAt: '2026-03-02T19:30:00.000Z' });
    expect(visibleText(lateEvening.html)).toContain('Күні: 03.03.2026');
  });

  it('leaves a blank line for an address the applicant did not give', () => {
    const { html } = render({ ...refusal, applicant: { ...refusal.applicant, address: undefined } });
    expect(html).toContain('Мекенжайы: <span class="blank">&nbsp;</span>');
    expect(visibleText(html)).not.toContain('undefined');
  });

  it('names the expired documents when that is the reason', () => {
    const text = visibleText(render({ ...refusal, reason: 'expired-documents' }, 'ru').html);
    expect(text).toContain(intakeRefusalReasons['expired-documents'].text.ru);
    expect(text).toContain('Наименование документов с истекшим сроком действия');
    expect(text).not.toContain('Наименование отсутствующих документов');
  });

  it('escapes hostile names and addresses', () => {
    const hostile = '<script>alert(1)</script>';
    const { html } = render({
      ...refusal,
      applicant: { surname: hostile, givenName: 'Ә', address: `"><iframe src=x>` },
      documents: [{ name: { kk: hostile, ru: hostile } }],
      clerkName: hostile,
    });
    expect(html).not.toMatch(/<script|<iframe/);
    expect(visibleText(html)).toContain(`${hostile} Ә`);
    expect(visibleText(html)).toContain(`"><iframe src=x>`);
    expect(listItems(html, 'documents')[0]).toEqual([`1) ${hostile}`]);
  });

  it('is printed for exactly the intake refusals that call for a refusal receipt', () => {
    const handed = intakeRefusalReasonIds.filter((id) => intakeRefusalReasons[id].issuesRefusalReceipt);
    const printable: readonly RefusalReceiptReason[] = ['incomplete-package', 'expired-documents'];
    expect([...handed].sort()).toEqual([...printable].sort());
    const allHaveGround: readonly IntakeRefusalReasonId[] = handed.filter(
      (id) => intakeRefusalReasons[id].legalGround !== undefined,
    );
    expect(allHaveGround).toEqual(handed);
  });

  it('refuses an empty list (there is nothing to refuse for)', () => {
    expect(() => render({ ...refusal, documents: [] })).toThrow(RangeError);
  });
});
