import path from 'node:path';
import { app, type WebContents } from 'electron';
import { hostFail, hostOk } from '../../../shared/host';
import type { DeskConfig } from '../config';
import type { HostImplementation } from '../ipc/handle-host-method';
import { openExternalLink } from './external-links';
import { DurableJournal } from './journal/durable-journal';
import { protectSecret, unprotectSecret } from './keychain';
import { listPrinters, printDocument } from './printing/print-document';
import { savePdf } from './printing/save-pdf';

export interface DeskHostNeeds {
  readonly config: DeskConfig;
  /** Any live WebContents to ask for the printer list (the main window's). */
  readonly printerQueryContents: () => WebContents | null;
}

/** The main-process implementation of every HostApi method. */
export function createDeskHost({ config, printerQueryContents }: DeskHostNeeds): HostImplementation {
  const journal = new DurableJournal(path.join(app.getPath('userData'), 'journal'), () => new Date());
  const pdfFolder = path.join(app.getPath('documents'), 'Counter Desk');

  return {
    getAppInfo: async () =>
      hostOk({
        name: app.getName(),
        version: app.getVersion(),
        host: 'electron',
        platform: process.platform,
        syncServerUrl: config.syncServerUrl,
      }),
    listPrinters: async () => {
      const contents = printerQueryContents();
      return contents === null
        ? hostFail('unsupported', 'no window to query printers from')
        : listPrinters(contents);
    },
    printDocument,
    savePdf: (request) => savePdf(request, pdfFolder),
    appendJournal: async (entry) => {
      try {
        return hostOk(await journal.append(entry));
      } catch (error) {
        return hostFail('io-failed', `journal: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    protectSecret,
    unprotectSecret,
    openExternal: openExternalLink,
  };
}
