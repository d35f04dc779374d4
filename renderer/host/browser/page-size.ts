import type { PageSize } from '../../../shared/host';

/** CSS pixels per millimetre (CSS fixes 96 px to the inch). */
const pxPerMm = 96 / 25.4;

/** The width the document is laid out at before printing, so its height can be measured. */
export function pageWidthMm(pageSize: PageSize): number {
  switch (pageSize) {
    case 'A4':
      return 210;
    case 'receipt-80mm':
      return 80;
    default:
      return unknownPageSize(pageSize);
  }
}

/**
 * The @page rule for a document. A receipt roll has no fixed length, so its page is as long as
 * the laid-out content (measured in the print frame) instead of wasting a full sheet of paper.
 */
export function pageSizeRule(pageSize: PageSize, contentHeightPx: number): string {
  switch (pageSize) {
    case 'A4':
      return '@page { size: A4 portrait; }';
    case 'receipt-80mm': {
      const heightMm = Math.max(pageWidthMm(pageSize), Math.ceil(contentHeightPx / pxPerMm));
      return `@page { size: 80mm ${heightMm}mm; }`;
    }
    default:
      return unknownPageSize(pageSize);
  }
}

function unknownPageSize(pageSize: never): never {
  throw new Error(`Unknown page size: ${String(pageSize)}`);
}
