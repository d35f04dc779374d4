import { describe, expect, it } from 'vitest';
import type { PrintRequest } from '../../../shared/host';
import { DocumentJobs } from '../../../electron/main/host/printing/document-jobs';
import {
  classifyPrintFailure,
  pdfOptionsFor,
  printOptionsFor,
} from '../../../electron/main/host/printing/page-setup';
import { isSafePdfFileName, numberedFileNames } from '../../../electron/main/host/printing/pdf-file-name';
import { isPrinterAvailable, toHostPrinters } from '../../../electron/main/host/printing/printers';

const receipt: PrintRequest = {
  document: { title: 'Қолхат', html: '<p>Құжаттар қабылданды</p>', pageSize: 'receipt-80mm' },
  printerName: 'XP-80C',
  silent: true,
  copies: 2,
};

describe('page setup', () => {
  it('prints receipts on an 80 mm roll (microns), silently to the named printer', () => {
    expect(printOptionsFor(receipt)).toMatchObject({
      silent: true,
      deviceName: 'XP-80C',
      copies: 2,
      pageSize: { width: 80_000, height: 297_000 },
      margins: { marginType: 'none' },
    });
  });

  it('prints A4 with the system dialog and lets the default printer be chosen', () => {
    const options = printOptionsFor({
      document: { ...receipt.document, pageSize: 'A4' },
      silent: false,
    });
    expect(options).toMatchObject({ silent: false, pageSize: 'A4' });
    expect('deviceName' in options).toBe(false);
    expect('copies' in options).toBe(false);
  });

  it('sizes PDFs in inches: 80 mm receipts and A4', () => {
    const pageSize = pdfOptionsFor('receipt-80mm').pageSize;
    expect(typeof pageSize === 'object' && pageSize.width).toBeCloseTo(80 / 25.4, 6);
    expect(pdfOptionsFor('A4').pageSize).toBe('A4');
  });

  it('tells a cancelled dialog from a failed print', () => {
    expect(classifyPrintFailure('Print job canceled')).toBe('cancelled');
    expect(classifyPrintFailure('Print job failed')).toBe('print-failed');
    expect(classifyPrintFailure('Invalid printer settings')).toBe('print-failed');
  });
});

describe('printers', () => {
  const installed = [
    { name: 'XP-80C', displayName: 'XPrinter 80' },
    { name: 'HP_LaserJet', displayName: '' },
  ];

  it('lists printers for the renderer, falling back to the OS name for display', () => {
    expect(toHostPrinters(installed)).toEqual([
      { name: 'XP-80C', displayName: 'XPrinter 80', isDefault: false },
      { name: 'HP_LaserJet', displayName: 'HP_LaserJet', isDefault: false },
    ]);
  });

  it('finds a named printer only by its exact OS name', () => {
    expect(isPrinterAvailable(installed, 'XP-80C')).toBe(true);
    expect(isPrinterAvailable(installed, 'XPrinter 80')).toBe(false);
    expect(isPrinterAvailable(installed, 'xp-80c')).toBe(false);
  });

  it('needs at least one printer for the default', () => {
    expect(isPrinterAvailable(installed, undefined)).toBe(true);
    expect(isPrinterAvailable([], undefined)).toBe(false);
  });
});

describe('document jobs served to the print window', () => {
  const ids = ['0b7e9c1e-4c1e-4b5e-9d5a-1f2e3d4c5b6a', 'ffffffff-0000-4000-8000-000000000000'];

  it('serves a document once added, and not after it is removed', () => {
    const jobs = new DocumentJobs(() => ids[0] ?? '');
    const job = jobs.add('<p>act</p>');
    expect(job.url).toBe(`app://print/${ids[0]}.html`);
    expect(jobs.lookup(job.url)).toBe('<p>act</p>');
    jobs.remove(job.id);
    expect(jobs.lookup(job.url)).toBeNull();
    expect(jobs.size).toBe(0);
  });

  it.each([
    `app://desk/${ids[0]}.html`,
    `app://print/${ids[1]}.html`,
    `app://print/../${ids[0]}.html`,
    `app://print/${ids[0]}.html/x`,
    `app://print/${ids[0]}.htm`,
  ])('serves nothing for %s', (url) => {
    const jobs = new DocumentJobs(() => ids[0] ?? '');
    jobs.add('<p>act</p>');
    expect(jobs.lookup(url)).toBeNull();
  });

  it('accepts only opaque ids', () => {
    expect(() => new DocumentJobs(() => '../x').add('<p/>')).toThrow();
  });
});

describe('PDF file names', () => {
  it.each(['Қолхат 2026-001.pdf', 'act.pdf', 'Акт приёма-передачи №12.PDF'])('accepts %s', (name) => {
    expect(isSafePdfFileName(name)).toBe(true);
  });

  it.each([
    '../act.pdf',
    'sub/act.pdf',
    'C:act.pdf',
    'act.txt',
    '.pdf',
    ' .pdf',
    'act..pdf',
    'act .pdf',
    '.hidden.pdf',
    'CON.pdf',
    'nul.pdf',
    'com1.pdf',
    'LPT9.pdf',
    'aux.receipt.pdf',
    'a\u0000b.pdf',
  ])('refuses %s', (name) => {
    expect(isSafePdfFileName(name)).toBe(false);
  });

  it('numbers alternatives instead of overwriting', () => {
    expect(numberedFileNames('act.pdf', 3)).toEqual(['act.pdf', 'act (2).pdf', 'act (3).pdf']);
  });
});
