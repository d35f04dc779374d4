import { z } from 'zod';
import {
  externalLinkIdSchema,
  externalLinks,
  hostFail,
  hostOk,
  printRequestSchema,
  type AppInfo,
  type HostApi,
  type HostResult,
  type PageSize,
} from '../../../shared/host';
import { browserPrintRefusal } from './print-support';

/** What the browser host needs from its surroundings; tests pass plain functions. */
export interface BrowserEnvironment {
  readonly appName: string;
  readonly version: string;
  readonly platform: string;
  /** The sync server when nothing else says (the browser-mode server's default). */
  readonly syncServerUrl: string;
  /** The configured sync server (browser mode: /desk-config.json); null or a failure keeps the default. */
  readonly loadSyncServerUrl?: () => Promise<string | null>;
  /** Shows the print dialog for a complete HTML document. */
  printHtml(html: string, pageSize: PageSize): Promise<HostResult<null>>;
  /** Opens a URL in a new browsing context that cannot reach back into the desk. */
  openUrl(url: string): void;
}

const configuredUrlSchema = z.url({ protocol: /^https?$/ });

async function configuredSyncServerUrl(environment: BrowserEnvironment): Promise<string> {
  if (environment.loadSyncServerUrl === undefined) return environment.syncServerUrl;
  try {
    const loaded = configuredUrlSchema.safeParse(await environment.loadSyncServerUrl());
    return loaded.success ? loaded.data : environment.syncServerUrl;
  } catch {
    return environment.syncServerUrl;
  }
}

/**
 * The HostApi in plain Chromium. What only the Electron host can do (printer choice, PDF files,
 * the durable journal, the OS keychain) answers `unsupported` instead of pretending.
 */
export function createBrowserHost(environment: BrowserEnvironment): HostApi {
  return {
    getAppInfo: answer(async () =>
      hostOk<AppInfo>({
        name: environment.appName,
        version: environment.version,
        host: 'browser',
        platform: environment.platform,
        syncServerUrl: await configuredSyncServerUrl(environment),
      }),
    ),
    listPrinters: answer(() => unsupported('A browser cannot list the printers of the computer.')),
    printDocument: answer((request: unknown) => {
      const parsed = printRequestSchema.safeParse(request);
      if (!parsed.success) return invalidPayload(parsed.error);
      return (
        browserPrintRefusal(parsed.data) ??
        environment.printHtml(parsed.data.document.html, parsed.data.document.pageSize)
      );
    }),
    savePdf: answer(() => unsupported('A browser cannot save a PDF file without its print dialog.')),
    appendJournal: answer(() => unsupported('A browser has no durable journal file.')),
    protectSecret: answer(() => unsupported('A browser has no access to the OS keychain.')),
    unprotectSecret: answer(() => unsupported('A browser has no access to the OS keychain.')),
    openExternal: answer((link: unknown) => {
      const parsed = externalLinkIdSchema.safeParse(link);
      if (!parsed.success) return invalidPayload(parsed.error);
      environment.openUrl(externalLinks[parsed.data]);
      return hostOk(null);
    }),
  };
}

const unsupported = (message: string): HostResult<never> => hostFail('unsupported', message);

const invalidPayload = (error: z.ZodError): HostResult<never> =>
  hostFail('invalid-payload', z.prettifyError(error));

/** Keeps the contract's promise that a host call answers a HostResult and never throws. */
function answer<Args extends unknown[], T>(
  call: (...args: Args) => HostResult<T> | Promise<HostResult<T>>,
): (...args: Args) => Promise<HostResult<T>> {
  return async (...args) => {
    try {
      return await call(...args);
    } catch (error) {
      return hostFail('internal', `The browser host failed: ${String(error)}`);
    }
  };
}
