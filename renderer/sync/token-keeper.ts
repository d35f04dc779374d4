import type { HostApi } from '../../shared/host';

/** How the device token is kept at rest: encrypted by the OS keychain, or as it came. */
export type TokenProtection = 'keychain' | 'none';

/**
 * Keeps the device token — the desk's whole identity on the server — out of plain storage where
 * the host can: Electron encrypts it with the OS keychain (safeStorage). A browser has no
 * keychain; there the token stays as it came, in the profile's IndexedDB.
 */
export interface TokenKeeper {
  protect(token: string): Promise<{ readonly protection: TokenProtection; readonly stored: string }>;
  /** The token, or null when the keychain can no longer open it (another OS user, a new machine). */
  reveal(stored: string, protection: TokenProtection): Promise<string | null>;
}

export const plainTokenKeeper: TokenKeeper = {
  protect: async (token) => ({ protection: 'none', stored: token }),
  reveal: async (stored, protection) => (protection === 'none' ? stored : null),
};

export function hostTokenKeeper(host: Pick<HostApi, 'protectSecret' | 'unprotectSecret'>): TokenKeeper {
  return {
    async protect(token) {
      const sealed = await host.protectSecret(token);
      if (sealed.ok) return { protection: 'keychain', stored: sealed.value };
      // 'unsupported' (a browser): kept as is. Any other failure too — enrolment must not be lost
      // for want of a keychain; the supervisor can enrol again once it works.
      return { protection: 'none', stored: token };
    },
    async reveal(stored, protection) {
      if (protection === 'none') return stored;
      const opened = await host.unprotectSecret(stored);
      return opened.ok ? opened.value : null;
    },
  };
}
