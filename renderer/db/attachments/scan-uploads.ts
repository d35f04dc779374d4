import type { Result } from '../../../shared/domain';
import { dexieOf, type DeskDatabase } from '../database';
import { readTransaction, writeTransaction, type StorageError } from '../internal/transactions';

/** A scan whose bytes the server does not have yet. */
export interface PendingScanUpload {
  readonly sha256: string;
  readonly mediaType: string;
  readonly blob: Blob;
}

/**
 * Scans to upload (renderer/sync): those of ACCEPTED applications only. An intake still open may
 * drop its scans, and the scans of an application refused at intake never leave the desk — the
 * server keeps no personal data it has no use for.
 */
export async function pendingScanUploads(db: DeskDatabase, limit: number): Promise<PendingScanUpload[]> {
  return readTransaction(dexieOf(db), ['attachments', 'applications'], async (tables) => {
    const pending = await tables.attachments.where('uploadState').equals('pending').toArray();
    const uploads: PendingScanUpload[] = [];
    for (const scan of pending) {
      if (uploads.length >= limit) break;
      if (scan.applicationId === null) continue;
      const application = await tables.applications.get(scan.applicationId);
      if (application === undefined || application.receiptNumber === null) continue;
      uploads.push({ sha256: scan.sha256, mediaType: scan.mediaType, blob: scan.blob });
    }
    return uploads;
  });
}

/** The server holds the bytes now (it answered 200/201 to the PUT). */
export async function markScanUploaded(
  db: DeskDatabase,
  sha256: string,
): Promise<Result<void, StorageError>> {
  return writeTransaction<void, StorageError>(dexieOf(db), ['attachments'], async (tables) => {
    await tables.attachments.update(sha256, { uploadState: 'uploaded' });
  });
}
