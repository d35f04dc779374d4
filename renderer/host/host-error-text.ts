import type { TFunction } from 'i18next';
import type { HostError } from '../../shared/host';

/**
 * The clerk-facing text for a host error. Keys are written out (not built from the code) so the
 * locale tests can see them; the switch makes a new error code a compile error here.
 */
export function hostErrorText(error: HostError, t: TFunction): string {
  switch (error.code) {
    case 'unsupported':
      return t('host:error.unsupported');
    case 'invalid-payload':
      return t('host:error.invalid-payload');
    case 'forbidden-sender':
      return t('host:error.forbidden-sender');
    case 'printer-not-found':
      return t('host:error.printer-not-found');
    case 'print-failed':
      return t('host:error.print-failed');
    case 'cancelled':
      return t('host:error.cancelled');
    case 'io-failed':
      return t('host:error.io-failed');
    case 'internal':
      return t('host:error.internal');
    default:
      return unknownCode(error.code, t);
  }
}

/** Compile time: every code is handled. Run time: an older or newer host may send another one. */
function unknownCode(code: never, t: TFunction): string {
  console.error(`[host] unknown error code: ${String(code)}`);
  return t('host:error.internal');
}
