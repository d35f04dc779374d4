import type { ExternalLinkId, JournalEntry, PrintRequest, SavePdfRequest } from './schemas';

/**
 * The HostApi contract between the renderer and whatever hosts it: the Electron preload
 * (IPC to the main process) or the browser implementation in renderer/host/browser.
 * Every call answers a HostResult instead of throwing, so the renderer handles failure as data.
 * This file has no runtime dependency (the sandboxed preload bundles it); payload schemas are
 * in ./schemas.
 */

export const hostErrorCodes = [
  'unsupported',
  'invalid-payload',
  'forbidden-sender',
  'printer-not-found',
  'print-failed',
  'cancelled',
  'io-failed',
  'internal',
] as const;
export type HostErrorCode = (typeof hostErrorCodes)[number];

export interface HostError {
  readonly code: HostErrorCode;
  /** English detail for logs; the UI translates `code` (locales: host:error.<code>). */
  readonly message: string;
}

export type HostResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HostError };

export const hostOk = <T>(value: T): HostResult<T> => ({ ok: true, value });
export const hostFail = (code: HostErrorCode, message: string): HostResult<never> => ({
  ok: false,
  error: { code, message },
});

/** Page sizes the centre prints on: office A4 and 80 mm receipt rolls. */
export const pageSizes = ['A4', 'receipt-80mm'] as const;
export type PageSize = (typeof pageSizes)[number];

export interface SavedPdf {
  readonly path: string;
  readonly bytes: number;
}

export interface PrinterInfo {
  readonly name: string;
  readonly displayName: string;
  readonly isDefault: boolean;
}

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly host: 'electron' | 'browser';
  readonly platform: string;
  /**
   * Base URL of the sync server this desk talks to. In Electron it is fixed at start-up (the CSP's
   * connect-src allows only its origin), so the renderer must take it from here, not from elsewhere.
   */
  readonly syncServerUrl: string;
}

export interface JournalAck {
  readonly line: number;
}

/** External pages the app may open in the system browser: an allow-list by id, never a URL. */
export const externalLinks = {
  'egov-portal': 'https://egov.kz/',
} as const;

export interface HostApi {
  getAppInfo(): Promise<HostResult<AppInfo>>;
  listPrinters(): Promise<HostResult<readonly PrinterInfo[]>>;
  printDocument(request: PrintRequest): Promise<HostResult<null>>;
  savePdf(request: SavePdfRequest): Promise<HostResult<SavedPdf>>;
  appendJournal(entry: JournalEntry): Promise<HostResult<JournalAck>>;
  /** Encrypts with the OS keychain (Electron safeStorage); answers base64. */
  protectSecret(plain: string): Promise<HostResult<string>>;
  unprotectSecret(protectedBase64: string): Promise<HostResult<string>>;
  openExternal(link: ExternalLinkId): Promise<HostResult<null>>;
}

export type HostMethod = keyof HostApi;

/** IPC channel of each method: one place, used by preload and main alike. */
export const hostChannels = {
  getAppInfo: 'desk:get-app-info',
  listPrinters: 'desk:list-printers',
  printDocument: 'desk:print-document',
  savePdf: 'desk:save-pdf',
  appendJournal: 'desk:append-journal',
  protectSecret: 'desk:protect-secret',
  unprotectSecret: 'desk:unprotect-secret',
  openExternal: 'desk:open-external',
} as const satisfies Record<HostMethod, `desk:${string}`>;

export const hostMethods = Object.keys(hostChannels) as HostMethod[];
