import { canonicalJson } from '../../shared/sync';

const encoder = new TextEncoder();

/** The hash the push carries: lowercase hex SHA-256 of the event's canonical JSON (WebCrypto). */
export async function eventHash(event: unknown): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(canonicalJson(event)));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
