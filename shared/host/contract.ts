import { z } from 'zod';

/**
 * The HostApi contract between the renderer and whatever hosts it: the Electron preload
 * (IPC to the main process) or the browser implementation in renderer/host/browser.
 * Every call answers a HostResult instead of throwing, so the renderer handles failure as data.
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
  /** English detail for logs; the UI translates `code` (locales: host.error.<code>). */
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
export const pageSizeSchema = z.enum(pageSizes);
export type PageSize = z.infer<typeof pageSizeSchema>;

/** A printable document: complete HTML with its own print CSS; no external resources. */
export const printDocumentSchema = z.object({
  title: z.string().min(1).max(200),
  html: z.string().min(1).max(5_000_000),
  pageSize: pageSizeSchema,
});
export type PrintDocument = z.infer<typeof printDocumentSchema>;

export const printRequestSchema = z.object({
  document: printDocumentSchema,
  /** Omitted: the system default printer. */
  printerName: z.string().min(1).max(256).optional(),
  /** true: print straight to the printer; false: show the system print dialog. */
  silent: z.boolean(),
  copies: z.number().int().min(1).max(10).optional(),
});
export type PrintRequest = z.infer<typeof printRequestSchema>;

export const savePdfRequestSchema = z.object({
  document: printDocumentSchema,
  /** A bare file name; the host decides the folder (and may ask the user). */
  suggestedFileName: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[^/\\:*?"<>|\u0000-\u001f]+\.pdf$/u, 'a bare file name ending in .pdf'),
});
export type SavePdfRequest = z.infer<typeof savePdfRequestSchema>;

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
}

/** One line of the durable journal: written (and flushed to disk) before a receipt prints. */
export const journalEntrySchema = z.object({
  kind: z.string().min(1).max(64),
  id: z.string().min(1).max(128),
  payload: z.string().max(1_000_000),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export interface JournalAck {
  readonly line: number;
}

/** External pages the app may open in the system browser: an allow-list by id, never a URL. */
export const externalLinks = {
  'egov-portal': 'https://egov.kz/',
} as const;
export type ExternalLinkId = keyof typeof externalLinks;
export const externalLinkIdSchema = z.enum(
  Object.keys(externalLinks) as [ExternalLinkId, ...ExternalLinkId[]],
);

export const secretSchema = z.string().min(1).max(10_000);

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

/** The payload each method takes (undefined for none), validated on the main side. */
export const hostPayloadSchemas = {
  getAppInfo: z.undefined(),
  listPrinters: z.undefined(),
  printDocument: printRequestSchema,
  savePdf: savePdfRequestSchema,
  appendJournal: journalEntrySchema,
  protectSecret: secretSchema,
  unprotectSecret: secretSchema,
  openExternal: externalLinkIdSchema,
} as const satisfies Record<HostMethod, z.ZodType>;

export const hostMethods = Object.keys(hostChannels) as HostMethod[];
