import { hostFail, type HostResult, type PrintRequest } from '../../../shared/host';

/**
 * What a browser cannot do when printing, answered honestly instead of approximated: it prints
 * only through its own dialog, on the printer and with the copies the clerk picks there.
 * Returns undefined when the request can be printed.
 */
export function browserPrintRefusal(request: PrintRequest): HostResult<never> | undefined {
  if (request.printerName !== undefined) {
    return hostFail(
      'unsupported',
      'A browser cannot print to a named printer; only its print dialog chooses one.',
    );
  }
  if (request.silent) {
    return hostFail('unsupported', 'A browser cannot print silently; it always shows its print dialog.');
  }
  if (request.copies !== undefined && request.copies > 1) {
    return hostFail('unsupported', 'A browser cannot preset the number of copies; print once per copy.');
  }
  return undefined;
}
