import { safeStorage } from 'electron';
import { hostFail, hostOk, type HostResult } from '../../../shared/host';
import { decodeStrictBase64, keychainProblem } from './keychain-policy';

function currentProblem(): string | null {
  return keychainProblem({
    encryptionAvailable: safeStorage.isEncryptionAvailable(),
    linuxBackend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null,
  });
}

export async function protectSecret(plain: string): Promise<HostResult<string>> {
  const problem = currentProblem();
  if (problem !== null) return hostFail('unsupported', problem);
  return hostOk(safeStorage.encryptString(plain).toString('base64'));
}

export async function unprotectSecret(protectedBase64: string): Promise<HostResult<string>> {
  const problem = currentProblem();
  if (problem !== null) return hostFail('unsupported', problem);
  const sealed = decodeStrictBase64(protectedBase64);
  if (sealed === null) return hostFail('invalid-payload', 'not base64');
  try {
    return hostOk(safeStorage.decryptString(sealed));
  } catch {
    // Another machine's or another user's key, or damaged bytes: the secret is not recoverable here.
    return hostFail('invalid-payload', 'cannot decrypt with this OS account');
  }
}
