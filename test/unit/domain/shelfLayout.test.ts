import { describe, expect, it } from 'vitest';
import { defaultShelfLayout, normalizeSlot, shelfSlots, slotCode } from '../../../shared/domain';

describe('shelf layout', () => {
  const layout = {
    racks: [
      { code: 'A', rows: 2, slotsPerRow: 3 },
      { code: 'B1', rows: 1, slotsPerRow: 12 },
    ],
  };

  it('names every slot rack by rack, row by row, with two-digit slot numbers', () => {
    expect(shelfSlots(layout)).toEqual([
      'A-1-01',
      'A-1-02',
      'A-1-03',
      'A-2-01',
      'A-2-02',
      'A-2-03',
      ...Array.from({ length: 12 }, (_, i) => slotCode('B1', 1, i + 1)),
    ]);
    expect(shelfSlots(defaultShelfLayout)).toHaveLength(100);
  });

  it('reads a typed or scanned slot label, and refuses one the shelf does not have', () => {
    expect(normalizeSlot(layout, ' a-2-3 ')).toBe('A-2-03');
    expect(normalizeSlot(layout, 'B1-1-12')).toBe('B1-1-12');
    expect(normalizeSlot(layout, 'A-3-01')).toBeNull();
    expect(normalizeSlot(layout, 'A-1-04')).toBeNull();
    expect(normalizeSlot(layout, 'C-1-01')).toBeNull();
    expect(normalizeSlot(layout, 'A-0-01')).toBeNull();
    expect(normalizeSlot(layout, 'A 1 01')).toBeNull();
  });
});
