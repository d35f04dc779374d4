import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  hostFail,
  hostOk,
  type HostResult,
  type SavedPdf,
  type SavePdfRequest,
} from '../../../../shared/host';
import { withDocumentWindow } from './document-window';
import { pdfOptionsFor } from './page-setup';
import { isSafePdfFileName, numberedFileNames } from './pdf-file-name';

const MAX_NUMBERED_NAMES = 100;

/**
 * Renders the document to PDF and writes it into `folder` (Documents/Counter Desk) without asking:
 * the clerk finds every saved act in one place, and the renderer never chooses a path. An
 * existing file is never overwritten; "name (2).pdf" and so on are tried instead.
 */
export async function savePdf(request: SavePdfRequest, folder: string): Promise<HostResult<SavedPdf>> {
  if (!isSafePdfFileName(request.suggestedFileName)) {
    return hostFail('invalid-payload', 'suggestedFileName is not a safe file name on every platform');
  }
  const pdf = await withDocumentWindow(request.document, (contents) =>
    contents.printToPDF(pdfOptionsFor(request.document.pageSize)),
  );
  try {
    await mkdir(folder, { recursive: true });
    for (const name of numberedFileNames(request.suggestedFileName, MAX_NUMBERED_NAMES)) {
      const target = path.join(folder, name);
      try {
        await writeFile(target, pdf, { flag: 'wx' }); // exclusive create: never replaces a file
        return hostOk({ path: target, bytes: pdf.byteLength });
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
      }
    }
    return hostFail(
      'io-failed',
      `${MAX_NUMBERED_NAMES} files named like ${request.suggestedFileName} already exist`,
    );
  } catch (error) {
    return hostFail(
      'io-failed',
      `cannot write the PDF: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
