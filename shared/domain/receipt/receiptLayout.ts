/**
 * How a receipt was printed: on an office A4 printer or on an 80 mm receipt roll.
 * The same names as the host's page sizes (shared/host pageSizes; a test keeps them in step).
 */
export const receiptLayouts = ['A4', 'receipt-80mm'] as const;
export type ReceiptLayout = (typeof receiptLayouts)[number];

/** The copy number of the first print; every later print of the same receipt is a reprint. */
export const firstReceiptCopy = 1;
/** A sanity bound for the copy number (a hundred reprints of one receipt is a slip, not a need). */
export const maxReceiptCopy = 99;
