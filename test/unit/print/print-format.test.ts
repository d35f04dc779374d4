import { describe, expect, it } from 'vitest';
import { almatyTimeZone, fixedOffsetZone } from '../../../shared/domain';
import { formatPrintDate, formatPrintDateTime } from '../../../renderer/print';

describe('formatPrintDate', () => {
  it('writes DD.MM.YYYY', () => {
    expect(formatPrintDate('2026-03-02')).toBe('02.03.2026');
    expect(formatPrintDate('2026-12-31')).toBe('31.12.2026');
  });

  it('refuses a malformed date (validated at the boundary, so a programmer error)', () => {
    expect(() => formatPrintDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('formatPrintDateTime', () => {
  it("reads the centre's clock, UTC+5 since 1 March 2024", () => {
    expect(formatPrintDateTime('2026-03-02T04:15:00.000Z', almatyTimeZone)).toEqual({
      date: '02.03.2026',
      time: '09:15',
    });
  });

  it('moves to the next local day after 19:00 UTC', () => {
    expect(formatPrintDateTime('2026-03-01T19:30:00.000Z', almatyTimeZone)).toEqual({
      date: '02.03.2026',
      time: '00:30',
    });
  });

  it('uses the offset in force at the instant (UTC+6 before March 2024)', () => {
    expect(formatPrintDateTime('2024-02-29T17:59:00.000Z', almatyTimeZone)).toEqual({
      date: '29.02.2024',
      time: '23:59',
    });
  });

  it("follows the zone it is given, not the machine's", () => {
    expect(formatPrintDateTime('2026-03-02T04:15:00.000Z', fixedOffsetZone('UTC', 0)).time).toBe('04:15');
  });
});
