import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  almatyTimeZone,
  compareInstants,
  epochMillisOf,
  fixedOffsetZone,
  formatInstant,
  isInstant,
  localDateOf,
  parseInstant,
  startOfLocalDay,
  toLocalDateTime,
  utcOffsetMinutesAt,
} from '../../../shared/domain';

describe('instants', () => {
  it('reads UTC ISO strings with or without seconds and fractions', () => {
    expect(parseInstant('2026-03-02T05:00:00.000Z')).toBe(Date.UTC(2026, 2, 2, 5));
    expect(parseInstant('2026-03-02T05:00Z')).toBe(Date.UTC(2026, 2, 2, 5));
    expect(parseInstant('2026-03-02T05:00:07.5Z')).toBe(Date.UTC(2026, 2, 2, 5, 0, 7, 500));
  });

  it('rejects local times, offsets and impossible moments', () => {
    for (const text of [
      '2026-03-02T05:00:00',
      '2026-03-02T10:00:00+05:00',
      '2026-02-30T00:00Z',
      '2026-03-02T24:00Z',
      '2026-03-02T23:60Z',
      '2026-03-02T23:59:60Z',
      'now',
    ]) {
      expect(isInstant(text), text).toBe(false);
    }
    expect(() => epochMillisOf('2026-03-02')).toThrow(RangeError);
    expect(() => formatInstant(1.5)).toThrow(RangeError);
  });

  it('formats canonically and round-trips', () => {
    expect(formatInstant(0)).toBe('1970-01-01T00:00:00.000Z');
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }), (ms) => {
        const text = formatInstant(ms);
        expect(text).toBe(new Date(ms).toISOString());
        expect(parseInstant(text)).toBe(ms);
      }),
    );
  });

  it('orders instants by time, not by text', () => {
    expect(compareInstants('2026-01-01T00:00Z', '2026-01-01T00:00:00.001Z')).toBe(-1);
    expect(compareInstants('2026-01-01T00:00:00.000Z', '2026-01-01T00:00Z')).toBe(0);
  });
});

describe('centre time zone', () => {
  it('is UTC+6 before 1 March 2024 local midnight and UTC+5 from then on', () => {
    expect(utcOffsetMinutesAt(almatyTimeZone, '2024-02-29T17:59:59.999Z')).toBe(360);
    expect(utcOffsetMinutesAt(almatyTimeZone, '2024-02-29T18:00:00.000Z')).toBe(300);
    expect(toLocalDateTime('2024-02-29T17:59:00Z', almatyTimeZone)).toMatchObject({
      date: '2024-02-29',
      minuteOfDay: 23 * 60 + 59,
    });
    // The clocks went back to 23:00 of 29 February.
    expect(toLocalDateTime('2024-02-29T18:00:00Z', almatyTimeZone)).toMatchObject({
      date: '2024-02-29',
      minuteOfDay: 23 * 60,
    });
  });

  it('puts late UTC evenings on the next local day', () => {
    expect(localDateOf('2026-03-31T18:59:00Z', almatyTimeZone)).toBe('2026-03-31');
    expect(localDateOf('2026-03-31T19:00:00Z', almatyTimeZone)).toBe('2026-04-01');
    expect(toLocalDateTime('2026-03-02T04:00:00Z', almatyTimeZone)).toEqual({
      date: '2026-03-02',
      minuteOfDay: 540,
      weekday: 1,
    });
  });

  it('agrees with the host time-zone database for Asia/Almaty', () => {
    const hostSays = (ms: number) =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Asia/Almaty',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(ms);
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 3, 1), max: Date.UTC(2030, 0, 1) }), (ms) => {
        expect(localDateOf(formatInstant(ms), almatyTimeZone)).toBe(hostSays(ms));
      }),
    );
  });

  it('finds the instant a local day starts', () => {
    expect(startOfLocalDay('2026-03-02', almatyTimeZone)).toBe('2026-03-01T19:00:00.000Z');
    expect(startOfLocalDay('2024-02-29', almatyTimeZone)).toBe('2024-02-28T18:00:00.000Z');
    expect(startOfLocalDay('2024-03-01', almatyTimeZone)).toBe('2024-02-29T19:00:00.000Z');
    expect(startOfLocalDay('2026-03-02', fixedOffsetZone('UTC', 0))).toBe('2026-03-02T00:00:00.000Z');
  });

  it('reports a local midnight that a clock change skipped', () => {
    const jumpForward = {
      id: 'test',
      offsets: [
        { since: null, offsetMinutes: 0 },
        { since: '2026-01-01T00:00:00Z', offsetMinutes: 60 },
      ],
    };
    expect(() => startOfLocalDay('2026-01-01', jumpForward)).toThrow(RangeError);
    expect(() => utcOffsetMinutesAt({ id: 'empty', offsets: [] }, '2026-01-01T00:00Z')).toThrow(RangeError);
  });
});
