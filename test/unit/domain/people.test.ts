import { describe, expect, it } from 'vitest';
import { ageOn, isMinorOn, powerOfAttorneyStatusOn } from '../../../shared/domain';

describe('age', () => {
  it('counts full years, birthday included', () => {
    expect(ageOn('2008-03-15', '2026-03-14')).toBe(17);
    expect(ageOn('2008-03-15', '2026-03-15')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('a minor is under 18', () => {
    expect(isMinorOn('2008-03-15', '2026-03-14')).toBe(true);
    expect(isMinorOn('2008-03-15', '2026-03-15')).toBe(false);
  });
});

describe('power of attorney', () => {
  const poa = { issuedOn: '2026-01-10', validUntil: '2027-01-09' };
  it('is valid from the day of issue through its last day', () => {
    expect(powerOfAttorneyStatusOn(poa, '2026-01-09')).toBe('not-yet-valid');
    expect(powerOfAttorneyStatusOn(poa, '2026-01-10')).toBe('valid');
    expect(powerOfAttorneyStatusOn(poa, '2027-01-09')).toBe('valid');
    expect(powerOfAttorneyStatusOn(poa, '2027-01-10')).toBe('expired');
  });
});
