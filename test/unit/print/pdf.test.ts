import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_CONTENT_SECURITY_POLICY } from '../../../electron/main/security/content-security-policy';
import {
  acceptanceReceiptDocument,
  refusalReceiptDocument,
  type PrintLanguage,
} from '../../../renderer/print';
import type { PageSize, PrintDocument } from '../../../shared/host';
import { chromiumLaunchOptions } from '../../e2e/fixtures/chromium';
import { acceptance, kazakhNames, receiptNumber, refusal, refusalMissing } from './print-fixtures';
import { loadPrintTranslate } from './print-translations';

/**
 * The documents as they come out of a printer: rendered by Debian's Chromium to PDF (as Electron's
 * printToPDF does), then read back with poppler's pdftotext and pdfinfo.
 */
const timeout = 60_000;
const mmToPt = 72 / 25.4;
let browser: Browser;
let folder: string;

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions);
  folder = mkdtempSync(join(tmpdir(), 'counter-desk-print-'));
}, timeout);

afterAll(async () => {
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const options = (language: PrintLanguage, pageSize: PageSize) => ({
  language,
  t: loadPrintTranslate(language),
  pageSize,
});

interface PrintedPdf {
  /** pdftotext -layout of each page, whitespace collapsed (cells wrap across lines). */
  readonly pages: readonly string[];
  readonly pageWidthPt: number;
  readonly pageHeightPt: number;
}

async function printToPdf(document: PrintDocument, name: string): Promise<PrintedPdf> {
  const page = await browser.newPage();
  try {
    await page.setContent(document.html);
    const file = join(folder, `${name}.pdf`);
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
    const pages = Array.from({ length: pageCount }, (_, index) =>
      execFileSync('pdftotext', ['-layout', '-f', `${index + 1}`, '-l', `${index + 1}`, file, '-'], {
        encoding: 'utf8',
      })
        .replace(/\s+/g, ' ')
        .trim(),
    );
    return { pages, pageWidthPt: Number(size?.[1]), pageHeightPt: Number(size?.[2]) };
  } finally {
    await page.close();
  }
}

describe('printed acceptance receipt', () => {
  it.each([
    { pageSize: 'A4', widthMm: 210, heightMm: 297 },
    { pageSize: 'receipt-80mm', widthMm: 80, heightMm: 297 },
  ] as const)(
    'holds the number, the names with Kazakh letters, the due date and the documents ($pageSize)',
    async ({ pageSize, widthMm, heightMm }) => {
      const pdf = await printToPdf(
        acceptanceReceiptDocument(acceptance, options('kk', pageSize)),
        `acceptance-${pageSize}`,
      );
      expect(pdf.pages).toHaveLength(1);
      const text = pdf.pages[0] ?? '';
      expect(text).toContain(receiptNumber);
      for (const name of kazakhNames) expect(text).toContain(name);
      expect(text).toContain('Нәтиженің дайын болу мерзімі 26.03.2026');
      acceptance.documents.forEach((document, index) =>
        expect(text).toContain(`${index + 1}) ${document.name.kk}`),
      );
      expect(text).toContain('ҚҰЖАТТАРДЫҢ ҚАБЫЛДАНҒАНЫ ТУРАЛЫ ҚОЛХАТ');
      // Chromium rounds the page to whole CSS pixels: within half a point of the paper.
      expect(pdf.pageWidthPt).toBeCloseTo(widthMm * mmToPt, 0);
      expect(pdf.pageHeightPt).toBeCloseTo(heightMm * mmToPt, 0);
    },
    timeout,
  );

  it(
    'marks a reprint as a copy',
    async () => {
      const reprint = { ...acceptance, reprint: { copyNumber: 3, printedAt: '2026-03-10T10:05:00.000Z' } };
      const pdf = await printToPdf(
        acceptanceReceiptDocument(reprint, options('ru', 'receipt-80mm')),
        'reprint',
      );
      expect(pdf.pages[0]).toContain('КОПИЯ № 3');
      expect(pdf.pages[0]).toContain('Копия напечатана 10.03.2026 в 15:05');
    },
    timeout,
  );
});

describe('printed refusal receipt', () => {
  it(
    'prints two copies, one per page, each listing exactly the missing documents',
    async () => {
      const pdf = await printToPdf(refusalReceiptDocument(refusal, options('ru', 'A4')), 'refusal-A4');
      expect(pdf.pages).toHaveLength(2);
      expect(pdf.pageWidthPt).toBeCloseTo(210 * mmToPt, 0);
      const [first = '', second = ''] = pdf.pages;
      expect(first).toContain('Экземпляр 1 — услугополучателю');
      expect(second).toContain('Экземпляр 2 — Государственной корпорации');
      for (const text of pdf.pages) {
        expect(text).toContain('РАСПИСКА ОБ ОТКАЗЕ В ПРИЕМЕ ДОКУМЕНТОВ');
        expect(text).toContain(kazakhNames[0]);
        expect(text).toContain('Алматы қ., Абай даңғылы, 10, 5-пәтер');
        expect(text).toContain('Пункт 2 статьи 20 Закона Республики Казахстан «О государственных услугах»');
        refusalMissing.forEach((document, index) =>
          expect(text).toContain(`${index + 1}) ${document.name.ru}`),
        );
        expect(text).not.toContain(`${refusalMissing.length + 1})`);
        expect(text).toContain('Расписка составлена в двух экземплярах, по одному для каждой стороны.');
        expect(text).toContain('Дата: 02.03.2026');
      }
    },
    timeout,
  );
});

describe('in the Electron print window', () => {
  it(
    "keeps its styles under the window's Content-Security-Policy, with no violation",
    async () => {
      const page = await browser.newPage();
      try {
        const problems: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(message.text());
        });
        const url = 'http://print.test/document.html';
        await page.route(url, (route) =>
          route.fulfill({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            headers: { 'Content-Security-Policy': DOCUMENT_CONTENT_SECURITY_POLICY },
            body: acceptanceReceiptDocument(acceptance, options('kk', 'A4')).html,
          }),
        );
        await page.goto(url);
        const h1 = page.locator('h1');
        await expect(h1.evaluate((element) => getComputedStyle(element).textTransform)).resolves.toBe(
          'uppercase',
        );
        await expect(page.locator('svg.barcode rect').count()).resolves.toBeGreaterThan(10);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    },
    timeout,
  );
});
