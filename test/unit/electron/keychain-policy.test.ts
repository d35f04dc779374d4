import { describe, expect, it } from 'vitest';
import { decodeStrictBase64, keychainProblem } from '../../../electron/main/host/keychain-policy';

describe('keychain availability', () => {
  it('uses the OS keychain when it is really there', () => {
    expect(keychainProblem({ encryptionAvailable: true, linuxBackend: null })).toBeNull();
    expect(keychainProblem({ encryptionAvailable: true, linuxBackend: 'gnome_libsecret' })).toBeNull();
    expect(keychainProblem({ encryptionAvailable: true, linuxBackend: 'kwallet6' })).toBeNull();
  });

  it('refuses when encryption is unavailable or only the fixed-key fallback exists', () => {
    expect(keychainProblem({ encryptionAvailable: false, linuxBackend: null })).not.toBeNull();
    expect(keychainProblem({ encryptionAvailable: true, linuxBackend: 'basic_text' })).not.toBeNull();
    expect(keychainProblem({ encryptionAvailable: true, linuxBackend: 'unknown' })).not.toBeNull();
  });
});

describe('strict base64', () => {
  it('decodes canonical base64', () => {
    expect(decodeStrictBase64('djEwAAEC')?.toString('hex')).toBe('763130000102');
    expect(decodeStrictBase64('YQ==')?.toString()).toBe('a');
  });

  it.each(['', 'YQ', 'YQ=', 'Y Q==', 'YR==', 'YQ==\n', '-_-_', '****'])('refuses %j', (text) => {
    expect(decodeStrictBase64(text)).toBeNull();
  });
});
