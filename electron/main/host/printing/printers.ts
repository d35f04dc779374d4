import type { PrinterInfo } from '../../../../shared/host';

/** The part of Electron's PrinterInfo the host uses. */
export interface SystemPrinter {
  readonly name: string;
  readonly displayName: string;
}

/**
 * Electron's PrinterInfo lost `isDefault` (Chromium no longer reports it), so the host cannot tell
 * which printer is the default; `isDefault` is false for all. Omitting printerName in a print
 * request still prints on the system default.
 */
export function toHostPrinters(printers: readonly SystemPrinter[]): PrinterInfo[] {
  return printers.map((printer) => ({
    name: printer.name,
    displayName: printer.displayName === '' ? printer.name : printer.displayName,
    isDefault: false,
  }));
}

/**
 * Whether a print request can go to a printer: a named one must be installed (exact OS name);
 * an unnamed one (the default) needs at least one printer to exist.
 */
export function isPrinterAvailable(
  printers: readonly SystemPrinter[],
  printerName: string | undefined,
): boolean {
  if (printerName === undefined) return printers.length > 0;
  return printers.some((printer) => printer.name === printerName);
}
