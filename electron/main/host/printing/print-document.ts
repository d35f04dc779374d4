import type { WebContents, WebContentsPrintOptions } from 'electron';
import {
  hostFail,
  hostOk,
  type PrintRequest,
  type PrinterInfo,
  type HostResult,
} from '../../../../shared/host';
import { withDocumentWindow } from './document-window';
import { classifyPrintFailure, printOptionsFor } from './page-setup';
import { isPrinterAvailable, toHostPrinters } from './printers';

export async function listPrinters(contents: WebContents): Promise<HostResult<readonly PrinterInfo[]>> {
  return hostOk(toHostPrinters(await contents.getPrintersAsync()));
}

/** Prints through a hidden window: straight to the printer (silent) or via the system dialog. */
export function printDocument(request: PrintRequest): Promise<HostResult<null>> {
  return withDocumentWindow(request.document, async (contents) => {
    const printers = await contents.getPrintersAsync();
    if (!isPrinterAvailable(printers, request.printerName)) {
      return hostFail(
        'printer-not-found',
        request.printerName === undefined
          ? 'no printer is installed'
          : `no printer named "${request.printerName}"`,
      );
    }
    const outcome = await print(contents, printOptionsFor(request));
    if (outcome.success) return hostOk(null);
    return hostFail(classifyPrintFailure(outcome.failureReason), `print failed: ${outcome.failureReason}`);
  });
}

function print(
  contents: WebContents,
  options: WebContentsPrintOptions,
): Promise<{ success: boolean; failureReason: string }> {
  return new Promise((resolve) => {
    contents.print(options, (success, failureReason) => resolve({ success, failureReason }));
  });
}
