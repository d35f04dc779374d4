/**
 * The centre's storage shelf: racks (a short code each), each with numbered rows and numbered
 * slots per row. A slot's code — "A-2-07": rack A, row 2, slot 7 — is what the clerk writes on
 * the item's label and what the slot map shows.
 */
export interface ShelfRack {
  readonly code: string;
  readonly rows: number;
  readonly slotsPerRow: number;
}

export interface ShelfLayout {
  readonly racks: readonly ShelfRack[];
}

/** One rack, five rows of twenty: a reasonable start until the supervisor describes the real shelf. */
export const defaultShelfLayout: ShelfLayout = { racks: [{ code: 'A', rows: 5, slotsPerRow: 20 }] };

export const shelfLimits = { racks: 50, rows: 50, slotsPerRow: 200 } as const;

export function slotCode(rack: string, row: number, slot: number): string {
  return `${rack}-${row}-${String(slot).padStart(2, '0')}`;
}

/** Every slot of the layout, rack by rack, row by row. */
export function shelfSlots(layout: ShelfLayout): string[] {
  const slots: string[] = [];
  for (const rack of layout.racks)
    for (let row = 1; row <= rack.rows; row += 1)
      for (let slot = 1; slot <= rack.slotsPerRow; slot += 1) slots.push(slotCode(rack.code, row, slot));
  return slots;
}

/** "a-2-7" or "A-2-07" → "A-2-07" when the layout has that slot; null otherwise. */
export function normalizeSlot(layout: ShelfLayout, input: string): string | null {
  const match = /^\s*([A-Za-z0-9]{1,3})-(\d{1,3})-(\d{1,3})\s*$/.exec(input);
  if (match === null) return null;
  const [, rackCode = '', rowText = '', slotText = ''] = match;
  const rack = layout.racks.find((candidate) => candidate.code === rackCode.toUpperCase());
  const row = Number(rowText);
  const slot = Number(slotText);
  if (rack === undefined || row < 1 || row > rack.rows || slot < 1 || slot > rack.slotsPerRow) return null;
  return slotCode(rack.code, row, slot);
}
