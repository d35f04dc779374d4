import { randomUUID } from 'node:crypto';
import { session as sessions, type Session, type WebContents } from 'electron';
import type { PrintDocument } from '../../../../shared/host';
import { APP_SCHEME } from '../../app-origin';
import { DOCUMENT_CONTENT_SECURITY_POLICY } from '../../security/content-security-policy';
import { applySessionPolicy } from '../../security/session-policy';
import { createSecureWindow } from '../../window/secure-window';
import { DocumentJobs } from './document-jobs';

/** In-memory partition (no "persist:" prefix): nothing the print window sees reaches the disk. */
const DOCUMENT_PARTITION = 'counter-desk-documents';

const jobs = new DocumentJobs(randomUUID);
let documentSession: Session | null = null;

function ensureDocumentSession(): Session {
  if (documentSession !== null) return documentSession;
  const session = sessions.fromPartition(DOCUMENT_PARTITION, { cache: false });
  applySessionPolicy(session, { kind: 'document' });
  session.protocol.handle(APP_SCHEME, (request) => {
    const html = request.method === 'GET' ? jobs.lookup(request.url) : null;
    const headers = {
      'Content-Security-Policy': DOCUMENT_CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    };
    return html === null
      ? new Response(null, { status: 404, headers })
      : new Response(html, {
          status: 200,
          headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
        });
  });
  documentSession = session;
  return session;
}

/**
 * Renders `document` in a hidden, script-less window from the secure factory, hands its
 * WebContents to `use` (print or printToPDF), and always destroys the window afterwards.
 */
export async function withDocumentWindow<T>(
  document: PrintDocument,
  use: (contents: WebContents) => Promise<T>,
): Promise<T> {
  ensureDocumentSession();
  const job = jobs.add(document.html);
  const window = createSecureWindow({ kind: 'document', partition: DOCUMENT_PARTITION });
  try {
    window.setTitle(document.title);
    await window.loadURL(job.url);
    return await use(window.webContents);
  } finally {
    jobs.remove(job.id);
    if (!window.isDestroyed()) window.destroy();
  }
}
