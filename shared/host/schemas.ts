import { z } from 'zod';
import { externalLinks, pageSizes, type HostMethod } from './api';

/** Payload schemas of the HostApi: the main process validates every IPC payload with these. */

export const pageSizeSchema = z.enum(pageSizes);

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

/** Characters no file name may hold on Windows or Linux, control characters included. */
function isBareFileName(name: string): boolean {
  return ![...name].some((char) => char.charCodeAt(0) < 0x20 || '/\\:*?"<>|'.includes(char));
}

export const savePdfRequestSchema = z.object({
  document: printDocumentSchema,
  /** A bare file name; the host decides the folder (and may ask the user). */
  suggestedFileName: z
    .string()
    .min(1)
    .max(120)
    .refine((name) => isBareFileName(name) && name.endsWith('.pdf'), 'a bare file name ending in .pdf'),
});
export type SavePdfRequest = z.infer<typeof savePdfRequestSchema>;

/** One line of the durable journal: written (and flushed to disk) before a receipt prints. */
export const journalEntrySchema = z.object({
  kind: z.string().min(1).max(64),
  id: z.string().min(1).max(128),
  payload: z.string().max(1_000_000),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export type ExternalLinkId = keyof typeof externalLinks;
export const externalLinkIdSchema = z.enum(
  Object.keys(externalLinks) as [ExternalLinkId, ...ExternalLinkId[]],
);

export const secretSchema = z.string().min(1).max(10_000);

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
