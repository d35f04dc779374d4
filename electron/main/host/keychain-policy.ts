/**
 * Whether Electron's safeStorage really protects secrets here. On Linux without a keyring it
 * falls back to 'basic_text' — a fixed, public key — and still reports encryption as available;
 * that is obfuscation, not protection, so the host answers 'unsupported' instead.
 */
export interface KeychainFacts {
  readonly encryptionAvailable: boolean;
  /** safeStorage.getSelectedStorageBackend() on Linux; null on other platforms. */
  readonly linuxBackend: string | null;
}

export function keychainProblem(facts: KeychainFacts): string | null {
  if (!facts.encryptionAvailable) return 'the OS keychain is not available';
  if (facts.linuxBackend === 'basic_text' || facts.linuxBackend === 'unknown') {
    return `no usable keyring (backend: ${facts.linuxBackend})`;
  }
  return null;
}

/** Strict base64: the canonical encoding of some bytes, nothing else (no whitespace, no URL alphabet). */
export function decodeStrictBase64(text: string): Buffer | null {
  if (text.length === 0 || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/u.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}
