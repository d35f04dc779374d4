import { hash, randomBytes, randomUUID } from 'node:crypto';
import { canonicalJson } from '../../shared/sync';

/** One-shot `crypto.hash`: a third of `createHash(…).update(…).digest()`'s time on an event-sized string. */
export function sha256Hex(data: string | Uint8Array): string {
  return hash('sha256', data, 'hex');
}

/** The hash the protocol names an event by: SHA-256 of its canonical JSON. */
export function eventHash(event: unknown): string {
  return sha256Hex(canonicalJson(event));
}

/** A secret for a bearer token: 32 random bytes, base64url. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function newId(): string {
  return randomUUID();
}

/** A UUID (version 5 layout) derived from a name, so a server event gets the same id if made again. */
export function derivedUuid(name: string): string {
  const bytes = hash('sha256', `counter-desk-server:${name}`, 'buffer').subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
