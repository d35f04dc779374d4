import { describe, expect, it } from 'vitest';
import {
  applicantSchema,
  emailSchema,
  iinSchema,
  personNameSchema,
  phoneSchema,
  powerOfAttorneySchema,
  representativeSchema,
} from '../../../shared/schemas';
import { applicant, powerOfAttorney, representative } from './fixtures';
import { issuesOf } from './issues';

describe('IIN schema', () => {
  it('accepts the valid vectors and the suspicious one (a warning, not an error)', () => {
    for (const iin of [
      '850315300128',
      '910712400453',
      '051120500780',
      '040229601238',
      '850315301801',
      '020229601234',
    ]) {
      expect(issuesOf(iinSchema.safeParse(iin)), iin).toEqual([]);
    }
  });

  it('rejects a wrong check digit and a wrong length with their own keys', () => {
    expect(issuesOf(iinSchema.safeParse('850315300127'))).toEqual([': validation:iin.checksum']);
    expect(issuesOf(iinSchema.safeParse('850315700120'))).toEqual([': validation:iin.checksum']);
    expect(issuesOf(iinSchema.safeParse('85031530012'))).toEqual([': validation:iin.format']);
    expect(issuesOf(iinSchema.safeParse(undefined))).toEqual([': validation:common.required']);
    expect(issuesOf(iinSchema.safeParse(850315300128))).toEqual([': validation:common.invalid']);
  });
});

describe('applicant and representative', () => {
  it('accept well-formed people with Kazakh letters, hyphens and apostrophes', () => {
    expect(issuesOf(applicantSchema.safeParse(applicant))).toEqual([]);
    expect(issuesOf(representativeSchema.safeParse(representative))).toEqual([]);
  });

  it('normalise the phone number', () => {
    expect(applicantSchema.parse(applicant).phone).toBe('+77012345678');
    expect(phoneSchema.parse('8 (701) 234-56-78')).toBe('+77012345678');
    expect(issuesOf(phoneSchema.safeParse('+7 495 123 45 67'))).toEqual([': validation:phone.format']);
  });

  it('reject a wrong check digit unless a supervisor overrode it — never a wrong format', () => {
    const wrongCheck = { ...applicant, iin: '850315300127' };
    expect(issuesOf(applicantSchema.safeParse(wrongCheck))).toEqual(['iin: validation:iin.checksum']);
    const override = {
      supervisorUserId: 'sup-1',
      reason: 'IIN as printed in the passport',
      at: '2026-03-02T05:10:00Z',
    };
    expect(issuesOf(applicantSchema.safeParse({ ...wrongCheck, iinChecksumOverride: override }))).toEqual([]);
    expect(
      issuesOf(applicantSchema.safeParse({ ...applicant, iin: '8503153001', iinChecksumOverride: override })),
    ).toEqual(['iin: validation:iin.format']);
    expect(
      issuesOf(
        applicantSchema.safeParse({ ...wrongCheck, iinChecksumOverride: { ...override, reason: ' ' } }),
      ),
    ).toContain('iinChecksumOverride.reason: validation:common.required');
  });

  it('explain name, date and relation problems with keys', () => {
    expect(issuesOf(personNameSchema.safeParse('Ali2'))).toEqual([': validation:name.characters']);
    expect(issuesOf(personNameSchema.safeParse('-Ali'))).toEqual([': validation:name.characters']);
    expect(issuesOf(personNameSchema.safeParse('  '))).toEqual([': validation:common.required']);
    expect(issuesOf(personNameSchema.safeParse('Ә'.repeat(101)))).toEqual([': validation:common.tooLong']);
    expect(issuesOf(applicantSchema.safeParse({ ...applicant, birthDate: '2002-02-29' }))).toEqual([
      'birthDate: validation:date.invalid',
    ]);
    expect(issuesOf(representativeSchema.safeParse({ ...representative, relation: 'uncle' }))).toEqual([
      'relation: validation:representative.relation',
    ]);
    expect(issuesOf(emailSchema.safeParse('not-an-email'))).toEqual([': validation:email.invalid']);
  });
});

describe('notarised power of attorney', () => {
  it('has a number, a notary, a date of issue and a last day', () => {
    expect(issuesOf(powerOfAttorneySchema.safeParse(powerOfAttorney))).toEqual([]);
    expect(issuesOf(powerOfAttorneySchema.safeParse({}))).toEqual([
      'number: validation:common.required',
      'notary: validation:common.required',
      'issuedOn: validation:common.required',
      'validUntil: validation:common.required',
    ]);
  });

  it('cannot expire before it was issued', () => {
    expect(
      issuesOf(powerOfAttorneySchema.safeParse({ ...powerOfAttorney, validUntil: '2026-01-09' })),
    ).toEqual(['validUntil: validation:powerOfAttorney.validUntilBeforeIssued']);
    expect(
      issuesOf(powerOfAttorneySchema.safeParse({ ...powerOfAttorney, validUntil: '2026-01-10' })),
    ).toEqual([]);
  });
});
