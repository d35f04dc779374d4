import { describe, expect, it } from 'vitest';
import {
  constantTimeEqual,
  currentIterations,
  hashSecret,
  minimumIterations,
  verifySecret,
} from '../../renderer/auth/password-hash';

describe('password hashing (PBKDF2-SHA-256, WebCrypto)', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashSecret('Қазақстан-2026!');
    expect(stored).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: currentIterations });
    expect(currentIterations).toBeGreaterThanOrEqual(310_000);
    expect(await verifySecret('Қазақстан-2026!', stored)).toEqual({ matches: true, needsRehash: false });
    expect(await verifySecret('қазақстан-2026!', stored)).toEqual({ matches: false, needsRehash: false });
    expect(await verifySecret('', stored)).toMatchObject({ matches: false });
  });

  it('salts every hash with 16 fresh random bytes and stores no trace of the secret', async () => {
    const first = await hashSecret('1234');
    const second = await hashSecret('1234');
    expect(atob(first.salt)).toHaveLength(16);
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(JSON.stringify(first)).not.toContain('1234');
    expect((await verifySecret('1234', second)).matches).toBe(true);
  });

  it('treats the two Unicode spellings of one letter as one secret', async () => {
    const composed = 'й'; // U+0439
    const decomposed = 'и\u0306'; // и + combining breve
    expect(composed).not.toBe(decomposed);
    const stored = await hashSecret(`пароль-${composed}-2026`);
    expect((await verifySecret(`пароль-${decomposed}-2026`, stored)).matches).toBe(true);
  });

  it('refuses to hash with fewer iterations than the policy, and asks to re-hash old hashes', async () => {
    await expect(hashSecret('secret', { iterations: minimumIterations - 1 })).rejects.toThrow(RangeError);
    await expect(hashSecret('secret', { iterations: 310_000.5 })).rejects.toThrow(RangeError);
    const old = await hashSecret('secret-password', { iterations: minimumIterations });
    expect(await verifySecret('secret-password', old)).toEqual({ matches: true, needsRehash: true });
  });

  it('never matches a malformed record', async () => {
    const stored = await hashSecret('secret-password');
    for (const broken of [
      { ...stored, hash: 'not base64 !' },
      { ...stored, salt: '' },
      { ...stored, hash: btoa('short') },
      { ...stored, iterations: 0 },
      { ...stored, algorithm: 'MD5' as never },
    ]) {
      expect(await verifySecret('secret-password', broken)).toEqual({ matches: false, needsRehash: true });
    }
  });

  it('compares in constant time over the longer input', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2, 0]), new Uint8Array([1, 2]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([]), new Uint8Array([]))).toBe(true);
  });
});
