/**
 * The sync protocol between a desk and the server (see ARCHITECTURE.md, "Sync protocol"): the
 * paths, limits and error codes both sides share. Bodies are JSON; every request except
 * enrolment and health carries `Authorization: Bearer <deviceToken>`.
 */
export const syncPaths = {
  health: '/health',
  enrol: '/v1/enrol',
  push: '/v1/sync/push',
  /** GET with `?cursor=<serverSeq>&limit=<n>`. */
  pull: '/v1/sync/pull',
  directory: '/v1/directory',
  /** PUT/HEAD `/v1/blobs/<sha256 hex>`, the raw bytes as the body. */
  blob: (sha256: string) => `/v1/blobs/${sha256}`,
} as const;

export const syncLimits = {
  /** Events per push page; the desk pages its outbox by this and by bytes. */
  maxPushEvents: 1000,
  /** Request body limit for JSON requests (push pages are cut below this). */
  maxJsonBodyBytes: 2 * 1024 * 1024,
  /** One scan. */
  maxBlobBytes: 20 * 1024 * 1024,
  maxPullLimit: 1000,
  defaultPullLimit: 500,
} as const;

/**
 * Error codes of non-2xx answers: `{ error: code, message, ...details }`. The desk shows a
 * translated text per code ('sync:errors.<code>'); `message` is English, for logs.
 */
export const syncErrorCodes = [
  /** 400: the body or query does not parse; nothing was changed. `issues` lists what. */
  'malformed',
  /** 401: no token, or an unknown one. */
  'unauthenticated',
  /** 403: the device was revoked by an administrator. */
  'device-revoked',
  /** 409: this device once pushed the same deviceSeq with different content; all its pushes are held. */
  'device-quarantined',
  /** 409: the push repeats a deviceSeq with a different event or hash (a cloned device?). Quarantines the device. */
  'sequence-conflict',
  /** 409: the push does not start at the next sequence the server expects; `expectedSeq` says which. */
  'sequence-gap',
  /** 409: the push names another server epoch (the server was restored); re-push from `lastDeviceSeq + 1`. */
  'epoch-mismatch',
  /** 404/410/409 at enrolment: the code is unknown, used or expired, or names another centre or workstation. */
  'enrolment-code-invalid',
  'enrolment-code-mismatch',
  /** 413: the body is over the limit. */
  'too-large',
  /** 422: the uploaded bytes do not hash to the named sha256. */
  'blob-hash-mismatch',
  /** 429 / 503 with Retry-After. */
  'busy',
  'not-found',
  'internal',
] as const;
export type SyncErrorCode = (typeof syncErrorCodes)[number];

/** Why the server stored a desk's event but could not act on it (answered as an 'event-rejected' server event). */
export const eventRejectionReasons = [
  /** The event does not pass applicationEventSchema (a newer or broken desk). */
  'invalid-event',
  /** The application's provider BIN is not in the server's directory. */
  'unknown-provider',
  /** The event does not follow from the application's history (e.g. issued before result-ready). */
  'illegal-transition',
  /** The event's application was never accepted on the server. */
  'unknown-application',
] as const;
export type EventRejectionReason = (typeof eventRejectionReasons)[number];

/** Exponential backoff with full jitter and a cap; `random` in [0, 1) is passed in (no hidden inputs). */
export function backoffDelayMs(
  attempt: number,
  random: number,
  options: { readonly baseMs: number; readonly capMs: number } = { baseMs: 1000, capMs: 5 * 60_000 },
): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, attempt));
  return Math.floor(random * ceiling);
}

/**
 * A Retry-After header's wait in milliseconds (delta-seconds or an HTTP date, relative to `now`),
 * or null when absent or unreadable.
 */
export function retryAfterMs(header: string | null, nowMs: number): number | null {
  if (header === null) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - nowMs);
}
