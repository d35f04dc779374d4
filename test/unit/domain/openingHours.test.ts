import { describe, expect, it } from 'vitest';
import {
  almatyTimeZone,
  dutyCentre,
  dutyCentreHours,
  hoursOn,
  isAfterClosing,
  isTimeOfDay,
  isWithinHours,
  minuteOfDay,
  ordinaryCentre,
  ordinaryCentreHours,
} from '../../../shared/domain';

describe('opening hours', () => {
  it('ordinary centres work Monday–Friday 9:00–18:00', () => {
    expect(hoursOn(ordinaryCentreHours, 1)).toEqual({ open: '09:00', close: '18:00' });
    expect(hoursOn(ordinaryCentreHours, 6)).toBeNull();
    expect(hoursOn(ordinaryCentreHours, 7)).toBeNull();
  });

  it('duty centres also work Saturday 9:00–13:00', () => {
    expect(hoursOn(dutyCentreHours, 5)).toEqual({ open: '09:00', close: '18:00' });
    expect(hoursOn(dutyCentreHours, 6)).toEqual({ open: '09:00', close: '13:00' });
    expect(hoursOn(dutyCentreHours, 7)).toBeNull();
  });

  it('tells whether a minute is inside the hours, closing time excluded', () => {
    expect(isWithinHours(ordinaryCentreHours, 1, minuteOfDay('08:59'))).toBe(false);
    expect(isWithinHours(ordinaryCentreHours, 1, minuteOfDay('09:00'))).toBe(true);
    expect(isWithinHours(ordinaryCentreHours, 1, minuteOfDay('17:59'))).toBe(true);
    expect(isWithinHours(ordinaryCentreHours, 1, minuteOfDay('18:00'))).toBe(false);
    expect(isWithinHours(ordinaryCentreHours, 6, minuteOfDay('10:00'))).toBe(false);
    expect(isWithinHours(dutyCentreHours, 6, minuteOfDay('12:59'))).toBe(true);
  });

  it('tells whether it is after closing (a closed weekday counts as after closing)', () => {
    expect(isAfterClosing(ordinaryCentreHours, 1, minuteOfDay('08:00'))).toBe(false);
    expect(isAfterClosing(ordinaryCentreHours, 1, minuteOfDay('18:00'))).toBe(true);
    expect(isAfterClosing(ordinaryCentreHours, 7, minuteOfDay('10:00'))).toBe(true);
    expect(isAfterClosing(dutyCentreHours, 6, minuteOfDay('13:00'))).toBe(true);
  });

  it('reads HH:MM times strictly', () => {
    expect(minuteOfDay('00:00')).toBe(0);
    expect(minuteOfDay('23:59')).toBe(1439);
    expect(isTimeOfDay('9:00')).toBe(false);
    expect(isTimeOfDay('24:00')).toBe(false);
    expect(() => minuteOfDay('9:00')).toThrow(RangeError);
  });

  it('builds centre profiles with the Almaty zone by default', () => {
    expect(ordinaryCentre('ALM01')).toEqual({
      centreCode: 'ALM01',
      timeZone: almatyTimeZone,
      hours: ordinaryCentreHours,
      week: 'five-day',
    });
    expect(dutyCentre('ALM02')).toMatchObject({ hours: dutyCentreHours, week: 'six-day' });
  });
});
