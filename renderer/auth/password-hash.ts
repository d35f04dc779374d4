/**
 * Salted slow hashes for passwords and PINs, with WebCrypto (the same code in Chromium, Electron's
 * renderer and Node 22's globalThis.crypto). PBKDF2-HMAC-SHA-256 because WebCrypto has no
 * memory-hard function (Argon2, scrypt); the iteration count follows OWASP's current advice for
 * PBKDF2-SHA-256 (600,000) and never goes below the 310,000 the project requires. The count is
 * stored with each hash, so it can be raised later: `needsRehash` tells the caller to re-hash at
 * the next successful sign-in.
 */

export const passwordHashAlgorithm = 'PBKDF2-SHA-256';
export const minimumIterations = 310_000;
export const currentIterations = 600_000;
const saltBytes = 16;
const hashBits = 256;

export interface PasswordHash {
  readonly algorithm: typeof passwordHashAlgorithm;
  readonly iterations: number;
  /** Base64. */
  readonly salt: string;
  /** Base64. */
  readonly hash: string;
}

export interface SecretCheck {
  readonly matches: boolean;
  /** The hash is weaker than today's policy: store a fresh one now that the secret is known. */
  readonly needsRehash: boolean;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

async function derive(
  secret: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  // NFC: the same Kazakh letter typed by two keyboard layouts (precomposed or combining) is one secret.
  const material = new TextEncoder().encode(secret.normalize('NFC'));
  const key = await crypto.subtle.importKey('raw', material, 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    hashBits,
  );
  return new Uint8Array(bits);
}

/** A new hash of `secret` with a fresh random salt. */
export async function hashSecret(
  secret: string,
  options: { readonly iterations?: number } = {},
): Promise<PasswordHash> {
  const iterations = options.iterations ?? currentIterations;
  if (!Number.isInteger(iterations) || iterations < minimumIterations) {
    throw new RangeError(`PBKDF2 needs at least ${minimumIterations} iterations, got ${iterations}`);
  }
  const salt = crypto.getRandomValues(new Uint8Array(saltBytes));
  const hash = await derive(secret, salt, iterations);
  return { algorithm: passwordHashAlgorithm, iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Compares every byte whatever the first difference, so timing does not tell how much matched. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  }
  return difference === 0;
}

/** Whether `secret` is the one `stored` was made from. A malformed record never matches. */
export async function verifySecret(secret: string, stored: PasswordHash): Promise<SecretCheck> {
  const salt = fromBase64(stored.salt);
  const expected = fromBase64(stored.hash);
  const wellFormed =
    stored.algorithm === passwordHashAlgorithm &&
    Number.isInteger(stored.iterations) &&
    stored.iterations >= 1 &&
    salt !== null &&
    salt.length > 0 &&
    expected !== null &&
    expected.length === hashBits / 8;
  if (!wellFormed) return { matches: false, needsRehash: true };
  const actual = await derive(secret, salt, stored.iterations);
  return { matches: constantTimeEqual(actual, expected), needsRehash: stored.iterations < currentIterations };
}
