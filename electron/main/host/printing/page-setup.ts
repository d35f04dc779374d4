import type { PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import type { PageSize, PrintRequest } from '../../../../shared/host';

/**
 * Paper the centre prints on. Receipt rolls are 80 mm wide; the page is cut at A4 height, which
 * holds a full receipt (a longer one continues on the next "page" of the roll).
 */
const RECEIPT_WIDTH_MM = 80;
const RECEIPT_HEIGHT_MM = 297;
const MICRONS_PER_MM = 1000;
const MM_PER_INCH = 25.4;

/** Options for webContents.print (custom sizes in microns). */
export function printOptionsFor(request: PrintRequest): WebContentsPrintOptions {
  const receipt = request.document.pageSize === 'receipt-80mm';
  return {
    silent: request.silent,
    printBackground: true,
    color: !receipt,
    ...(request.printerName === undefined ? {} : { deviceName: request.printerName }),
    ...(request.copies === undefined ? {} : { copies: request.copies }),
    pageSize: receipt
      ? { width: RECEIPT_WIDTH_MM * MICRONS_PER_MM, height: RECEIPT_HEIGHT_MM * MICRONS_PER_MM }
      : 'A4',
    // Roll printers have no unprintable border worth keeping; the document's own CSS pads it.
    margins: { marginType: receipt ? 'none' : 'default' },
  };
}

/** Options for webContents.printToPDF (custom sizes in inches). */
export function pdfOptionsFor(pageSize: PageSize): PrintToPDFOptions {
  const receipt = pageSize === 'receipt-80mm';
  return {
    printBackground: true,
    pageSize: receipt
      ? { width: RECEIPT_WIDTH_MM / MM_PER_INCH, height: RECEIPT_HEIGHT_MM / MM_PER_INCH }
      : 'A4',
    margins: receipt
      ? { top: 0, bottom: 0, left: 0, right: 0 }
      : { top: 0.4, bottom: 0.4, left: 0.4, right: 0.4 },
    generateTaggedPDF: true,
  };
}

/** Chromium's failure reasons for print(); a closed dialog is the clerk's choice, not a fault. */
export function classifyPrintFailure(failureReason: string): 'cancelled' | 'print-failed' {
  return /cancel/iu.test(failureReason) ? 'cancelled' : 'print-failed';
}
