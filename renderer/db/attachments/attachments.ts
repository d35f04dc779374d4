import { err, type Instant, type Result } from '../../../shared/domain';
import { nowFrom, type Clock } from '../context';
import { dexieOf, type DeskDatabase } from '../database';
import { readTransaction, writeTransaction, type StorageError } from '../internal/transactions';
import type { AttachmentRecord } from '../records';

/**
 * Scans of the presented documents (optional), kept in the attachments table by the SHA-256 of
 * their content: the same file attached twice is stored once. Each belongs to one application (the
 * intake's id, which the application keeps) and names the catalogue document it shows. They may be
 * removed only while the application is undecided.
 */
export const attachmentLimits = {
  /** A phone photo or a scanned page fits comfortably; a whole archive does not. */
  maxBytes: 10 * 1024 * 1024,
  mediaTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'],
} as const;

export const attachmentMessages = {
  tooLarge: 'forms:attachment.tooLarge',
  mediaType: 'forms:attachment.mediaType',
  empty: 'forms:attachment.empty',
  elsewhere: 'forms:attachment.elsewhere',
  decided: 'forms:attachment.decided',
} as const;

export interface AttachmentSummary {
  readonly sha256: string;
  readonly applicationId: string;
  readonly documentId: string | null;
  readonly fileName: string | null;
  readonly mediaType: string;
  readonly byteLength: number;
  readonly addedAt: Instant;
}

export interface AddAttachmentInput {
  readonly applicationId: string;
  readonly documentId: string | null;
  readonly fileName: string | null;
  readonly blob: Blob;
}

/** Each error carries its i18n key ('forms:attachment.…') and the values it names. */
export type AddAttachmentError =
  | {
      readonly kind: 'too-large';
      readonly message: string;
      readonly params: { readonly maxMb: number };
    }
  | { readonly kind: 'media-type'; readonly message: string }
  | { readonly kind: 'empty'; readonly message: string }
  | { readonly kind: 'attached-elsewhere'; readonly message: string }
  | { readonly kind: 'already-decided'; readonly message: string }
  | StorageError;

export type RemoveAttachmentError =
  { readonly kind: 'already-decided'; readonly message: string } | StorageError;

/** The lower-case hex SHA-256 of the content (Web Crypto: the renderer and Node both have it). */
export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function summaryOf(row: AttachmentRecord): AttachmentSummary {
  return {
    sha256: row.sha256,
    applicationId: row.applicationId ?? '',
    documentId: row.documentId ?? null,
    fileName: row.fileName ?? null,
    mediaType: row.mediaType,
    byteLength: row.byteLength,
    addedAt: row.addedAt,
  };
}

/** Checks the file, hashes it and stores it once; attaching the same content again returns it. */
export async function addAttachment(
  db: DeskDatabase,
  input: AddAttachmentInput,
  context: { readonly clock: Clock },
): Promise<Result<AttachmentSummary & { readonly alreadyStored: boolean }, AddAttachmentError>> {
  const { blob } = input;
  const mediaType = blob.type.toLowerCase();
  if (blob.size === 0) return err({ kind: 'empty', message: attachmentMessages.empty });
  if (!(attachmentLimits.mediaTypes as readonly string[]).includes(mediaType))
    return err({ kind: 'media-type', message: attachmentMessages.mediaType });
  if (blob.size > attachmentLimits.maxBytes) {
    const maxMb = attachmentLimits.maxBytes / (1024 * 1024);
    return err({ kind: 'too-large', message: attachmentMessages.tooLarge, params: { maxMb } });
  }
  // Hashing awaits outside IndexedDB: before the transaction, never inside it.
  const sha256 = await sha256Hex(blob);
  const row: AttachmentRecord = {
    sha256,
    blob,
    mediaType,
    byteLength: blob.size,
    applicationId: input.applicationId,
    documentId: input.documentId,
    fileName: input.fileName,
    addedAt: nowFrom(context.clock),
    uploadState: 'pending',
  };
  return writeTransaction<AttachmentSummary & { alreadyStored: boolean }, AddAttachmentError>(
    dexieOf(db),
    ['attachments', 'applications'],
    async (tables, abort) => {
      if ((await tables.applications.get(input.applicationId)) !== undefined)
        abort({ kind: 'already-decided', message: attachmentMessages.decided });
      const existing = await tables.attachments.get(sha256);
      if (existing !== undefined) {
        if (existing.applicationId !== input.applicationId)
          abort({ kind: 'attached-elsewhere', message: attachmentMessages.elsewhere });
        return { ...summaryOf(existing), alreadyStored: true };
      }
      await tables.attachments.add(row);
      return { ...summaryOf(row), alreadyStored: false };
    },
  );
}

/** The application's scans, oldest first (without their content). */
export async function listAttachments(db: DeskDatabase, applicationId: string): Promise<AttachmentSummary[]> {
  const rows = await dexieOf(db).attachments.where('applicationId').equals(applicationId).toArray();
  return rows
    .map(summaryOf)
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.sha256.localeCompare(b.sha256));
}

/** The content of one scan, to show or open. */
export async function getAttachmentBlob(db: DeskDatabase, sha256: string): Promise<Blob | undefined> {
  return (await dexieOf(db).attachments.get(sha256))?.blob;
}

/** Removes one scan of an undecided application (a decided one keeps its scans). */
export async function removeAttachment(
  db: DeskDatabase,
  applicationId: string,
  sha256: string,
): Promise<Result<boolean, RemoveAttachmentError>> {
  return writeTransaction<boolean, RemoveAttachmentError>(
    dexieOf(db),
    ['attachments', 'applications'],
    async (tables, abort) => {
      if ((await tables.applications.get(applicationId)) !== undefined)
        abort({ kind: 'already-decided', message: attachmentMessages.decided });
      const existing = await tables.attachments.get(sha256);
      if (existing?.applicationId !== applicationId) return false;
      await tables.attachments.delete(sha256);
      return true;
    },
  );
}

/** Removes every scan of an intake that is discarded (nothing when it was decided after all). */
export async function removeAttachmentsOf(
  db: DeskDatabase,
  applicationId: string,
): Promise<Result<number, RemoveAttachmentError>> {
  return writeTransaction<number, RemoveAttachmentError>(
    dexieOf(db),
    ['attachments', 'applications'],
    async (tables, abort) => {
      if ((await tables.applications.get(applicationId)) !== undefined)
        abort({ kind: 'already-decided', message: attachmentMessages.decided });
      return tables.attachments.where('applicationId').equals(applicationId).delete();
    },
  );
}

/** How many scans an application has (a consistent read for the screens). */
export function countAttachments(db: DeskDatabase, applicationId: string): Promise<number> {
  return readTransaction(dexieOf(db), ['attachments'], (tables) =>
    tables.attachments.where('applicationId').equals(applicationId).count(),
  );
}
