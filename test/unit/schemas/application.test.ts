import { describe, expect, it } from 'vitest';
import { applicationSchema } from '../../../shared/schemas';
import { duplicateApplication, externatApplication, representative } from './fixtures';
import { issuesOf } from './issues';

const check = (input: unknown) => issuesOf(applicationSchema.safeParse(input));

describe('application schema', () => {
  it('accepts a complete duplicate application and an externat one by a parent', () => {
    expect(check(duplicateApplication)).toEqual([]);
    expect(check(externatApplication)).toEqual([]);
  });

  it('lists each missing required document', () => {
    const issues = applicationSchema.safeParse({
      ...duplicateApplication,
      presentedDocumentIds: ['application'],
    });
    expect(issuesOf(issues)).toEqual([
      'presentedDocumentIds: validation:application.documentMissing',
      'presentedDocumentIds: validation:application.documentMissing',
    ]);
    expect(issues.error?.issues.map((i) => (i as { params?: unknown }).params)).toEqual([
      { documentId: 'identity-document' },
      { documentId: 'original-education-document' },
    ]);
  });

  it('does not ask for the original when the document was lost rather than damaged', () => {
    expect(
      check({
        ...duplicateApplication,
        answers: { documentDamaged: false },
        presentedDocumentIds: ['application', 'identity-document'],
      }),
    ).toEqual([]);
  });

  it('asks for the answers the document list depends on', () => {
    expect(check({ ...duplicateApplication, answers: {} })).toEqual([
      'answers.documentDamaged: validation:application.answerRequired',
      'answers.nameChanged: validation:application.answerRequired',
    ]);
    const { birthDate: _birthDate, ...noBirthDate } = externatApplication.applicant;
    expect(check({ ...externatApplication, applicant: noBirthDate })).toEqual([
      'applicant.birthDate: validation:application.answerRequired',
    ]);
  });

  it('rejects documents the service does not know', () => {
    expect(
      check({
        ...duplicateApplication,
        presentedDocumentIds: [...duplicateApplication.presentedDocumentIds, 'diploma-photo'],
      }),
    ).toEqual(['presentedDocumentIds.3: validation:application.documentUnknown']);
  });

  it('needs consent', () => {
    expect(
      check({ ...duplicateApplication, consent: { given: false, recordedAt: '2026-03-02T05:00:00Z' } }),
    ).toEqual(['consent.given: validation:consent.required']);
  });

  it('refuses a portal-only service at the counter', () => {
    expect(
      check({
        ...duplicateApplication,
        serviceId: 'education-data-correction',
        answers: {},
        presentedDocumentIds: ['application', 'education-document-copy'],
      }),
    ).toEqual(['serviceId: validation:application.portalOnly']);
    expect(
      check({
        ...duplicateApplication,
        serviceId: 'education-data-correction',
        applicantRole: 'legal-representative',
        representative,
        answers: {},
        presentedDocumentIds: ['application', 'education-document-copy'],
      }),
    ).toEqual([
      'serviceId: validation:application.portalOnly',
      'applicantRole: validation:application.roleNotAllowed',
    ]);
    expect(check({ ...duplicateApplication, serviceId: 'no-such-service' })).toEqual([
      'serviceId: validation:application.serviceUnknown',
    ]);
  });

  it('wants a representative exactly when a parent applies', () => {
    expect(check({ ...externatApplication, representative: undefined })).toEqual([
      'representative: validation:representative.required',
    ]);
    expect(check({ ...duplicateApplication, representative })).toEqual([
      'representative: validation:representative.notExpected',
    ]);
  });

  it('checks externat grounds and the school year', () => {
    expect(
      check({
        ...externatApplication,
        answers: { grounds: [] },
        presentedDocumentIds: ['application', 'representative-authority'],
      }),
    ).toEqual(['answers.grounds: validation:application.groundRequired']);
    expect(check({ ...externatApplication, answers: { grounds: ['health', 'boredom'] } })).toEqual([
      'answers.grounds: validation:application.groundUnknown',
    ]);
    expect(
      check({ ...duplicateApplication, answers: { ...duplicateApplication.answers, grounds: ['health'] } }),
    ).toEqual(['answers.grounds: validation:application.groundsNotApplicable']);
    expect(check({ ...externatApplication, schoolYearStart: undefined })).toEqual([
      'schoolYearStart: validation:application.schoolYearRequired',
    ]);
    expect(check({ ...externatApplication, schoolYearStart: 1999 })).toEqual([
      'schoolYearStart: validation:application.schoolYear',
    ]);
  });

  it('asks for the birth-certificate copy of those born before 2008', () => {
    const older = {
      ...externatApplication,
      applicant: { ...externatApplication.applicant, birthDate: '2007-08-01' },
    };
    expect(check(older)).toEqual(['presentedDocumentIds: validation:application.documentMissing']);
    expect(
      check({ ...older, presentedDocumentIds: [...older.presentedDocumentIds, 'birth-certificate-copy'] }),
    ).toEqual([]);
  });

  it('reports shape errors with keys', () => {
    expect(
      check({ ...duplicateApplication, id: 'not-a-uuid', receiptLanguage: 'en', applicantRole: 'friend' }),
    ).toEqual([
      'id: validation:id.invalid',
      'applicantRole: validation:common.choice',
      'receiptLanguage: validation:common.choice',
    ]);
    expect(check(null)).toEqual([': validation:common.invalid']);
  });
});
