import { iinCheckDigit } from '../iin/iin';

/**
 * BIN (БСН / БИН), the 12-digit business identification number of an organisation — how the
 * server knows which school or college an application goes to. Its check digit is computed like
 * the IIN's (weights 1..11, then 3..11,1,2; no "use 0" rule).
 */
export function hasValidBinChecksum(bin: string): boolean {
  if (!/^\d{12}$/.test(bin)) return false;
  return iinCheckDigit(bin.slice(0, 11)) === Number(bin[11]);
}

/** The provider an application is addressed to: its BIN routes it, its name is printed and shown. */
export interface ProviderRef {
  readonly bin: string;
  readonly name: string;
}
