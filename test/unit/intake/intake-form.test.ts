import { describe, expect, it } from 'vitest';
import { intakeDraftSchema } from '../../../renderer/db';
import {
  applicationOf,
  draftOf,
  newIntakeValues,
  noProvider,
  valuesOfDraft,
  type IntakeFormValues,
} from '../../../renderer/features/intake/intake-form';
import { resumeStep } from '../../../renderer/features/intake/intake-steps';
import { formatElapsed } from '../../../renderer/features/intake/use-intake-timer';
import { blockerText } from '../../../renderer/features/intake/intake-check';
import { stepIssues, unconfirmedSuspiciousIins } from '../../../renderer/features/intake/step-checks';
import { applicationSchema } from '../../../shared/schemas';

const id = '0b9a4a52-5f38-4d3e-9a43-3f0a4b3c2d11';
const startedAt = '2026-11-20T04:15:00.000Z';

/** A school from the directory, with its names in both receipt languages. */
const school42 = {
  bin: '050140001238',
  name: { kk: '№ 42 мектеп-гимназиясы', ru: 'Школа-гимназия № 42' },
  kind: 'secondary-school' as const,
};

function filledDuplicate(): IntakeFormValues {
  const values = newIntakeValues({ id, startedAt, queueTicket: ' Б-017 ', receiptLanguage: 'kk' });
  return {
    ...values,
    serviceId: 'duplicate-secondary',
    provider: school42,
    applicant: {
      ...values.applicant,
      iin: '850315300128 ',
      surname: 'Оспанов',
      givenName: 'Ерлан',
      phone: '8 (701) 234-56-78',
    },
    answers: { nameChanged: 'no', documentDamaged: 'no', grounds: [] },
    presentedDocumentIds: ['application', 'identity-document'],
    consent: { given: true, recordedAt: '2026-11-20T04:20:00.000Z' },
  };
}

describe('the intake form model', () => {
  it('turns a filled form into an application the schema accepts (blank optional fields absent)', () => {
    const application = applicationOf(filledDuplicate());
    const parsed = applicationSchema.safeParse(application);
    expect(parsed.success).toBe(true);
    expect(application.applicant.patronymic).toBeUndefined();
    expect(application.applicant.iin).toBe('850315300128');
    expect(application.representative).toBeUndefined();
    expect(application.answers.grounds).toBeUndefined();
    expect(application.provider).toEqual({ bin: '050140001238', name: '№ 42 мектеп-гимназиясы' });
  });

  it("names the provider in the receipt's language, and a missing provider is the schema's error", () => {
    const values = filledDuplicate();
    expect(applicationOf({ ...values, receiptLanguage: 'ru' }).provider).toEqual({
      bin: '050140001238',
      name: 'Школа-гимназия № 42',
    });
    const parsed = applicationSchema.safeParse(applicationOf({ ...values, provider: noProvider }));
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['provider.bin', 'validation:bin.format'],
      ['provider.name', 'validation:common.required'],
    ]);
  });

  it('reports a question that decides the documents, unanswered, on its own field', () => {
    const values = filledDuplicate();
    const parsed = applicationSchema.safeParse(
      applicationOf({ ...values, answers: { ...values.answers, documentDamaged: 'yes', nameChanged: '' } }),
    );
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain('answers.nameChanged');
  });

  it('drops answers the service does not ask, and documents it does not know', () => {
    const values = filledDuplicate();
    const application = applicationOf({
      ...values,
      serviceId: 'externat-permission',
      presentedDocumentIds: ['application', 'identity-document'],
    });
    expect(application.answers.nameChanged).toBeUndefined();
    expect(application.presentedDocumentIds).toEqual(['application']);
  });

  it('saves a draft the database accepts and restores the same form from it', () => {
    const values = { ...filledDuplicate(), applicantRole: 'legal-representative' as const };
    values.representative = { ...values.representative, iin: '910712400453', relation: 'parent' };
    const draft = draftOf(values);
    expect(intakeDraftSchema.safeParse(draft).success).toBe(true);
    expect(draft.queueTicket).toBe('Б-017');
    const restored = valuesOfDraft(draft);
    expect(restored.applicant).toEqual(values.applicant);
    expect(restored.representative.relation).toBe('parent');
    expect(restored.answers).toEqual(values.answers);
    expect(restored.consent).toEqual(values.consent);
    expect(draft.provider).toEqual(school42);
    expect(restored.provider).toEqual(school42);
    expect(valuesOfDraft(draftOf({ ...values, provider: noProvider })).provider).toEqual(noProvider);
  });

  it('resumes a restored draft at the first step not yet done', () => {
    const values = filledDuplicate();
    expect(resumeStep(newIntakeValues({ id, startedAt, queueTicket: '', receiptLanguage: 'ru' }))).toBe(
      'service',
    );
    expect(resumeStep({ ...values, provider: noProvider })).toBe('provider');
    expect(resumeStep({ ...values, applicant: { ...values.applicant, iin: '' } })).toBe('applicant');
    expect(resumeStep({ ...values, consent: { given: false, recordedAt: '' } })).toBe('documents');
    expect(resumeStep(values)).toBe('review');
  });
});

describe('the service clock and the reasons', () => {
  it('shows mm:ss and keeps counting minutes past an hour', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(12 * 60 + 5)).toBe('12:05');
    expect(formatElapsed(75 * 60)).toBe('75:00');
  });

  it('fills the cut-off date into the reason in every language', () => {
    const text = blockerText({ reason: 'externat-cutoff-passed', lastDay: '2025-12-01' });
    expect(text.kk).toContain('01.12.2025');
    expect(text.ru).toContain('01.12.2025');
    expect(text.en).not.toContain('{{');
  });
});

describe('the catalogue checks of each step', () => {
  const blank = () => newIntakeValues({ id, startedAt, queueTicket: '', receiptLanguage: 'kk' });

  it('stops a portal-only service on the service step', () => {
    expect(stepIssues('service', { ...blank(), serviceId: 'education-data-correction' })).toEqual([
      { path: 'serviceId', message: 'validation:application.portalOnly' },
    ]);
    expect(stepIssues('service', { ...blank(), serviceId: 'duplicate-secondary' })).toEqual([]);
  });

  it('requires a provider of the kind the service goes to on the provider step', () => {
    const values = { ...blank(), serviceId: 'duplicate-secondary' };
    expect(stepIssues('provider', values)).toEqual([
      { path: 'provider.bin', message: 'intake:provider.required' },
    ]);
    expect(stepIssues('provider', { ...values, provider: school42 })).toEqual([]);
    expect(stepIssues('provider', { ...values, serviceId: 'duplicate-tvet', provider: school42 })).toEqual([
      { path: 'provider.bin', message: 'intake:provider.wrongKind' },
    ]);
  });

  it('asks the questions that decide the documents on the conditions step', () => {
    const values = { ...blank(), serviceId: 'duplicate-secondary' };
    expect(stepIssues('conditions', values).map((issue) => issue.path)).toEqual([
      'answers.documentDamaged',
      'answers.nameChanged',
    ]);
    // Not damaged (lost): the original is never required, so the name question no longer matters.
    const lost = { ...values, answers: { ...values.answers, documentDamaged: 'no' as const } };
    expect(stepIssues('conditions', lost)).toEqual([]);
    const damaged = { ...values, answers: { ...values.answers, documentDamaged: 'yes' as const } };
    expect(stepIssues('conditions', damaged).map((issue) => issue.path)).toEqual(['answers.nameChanged']);
  });

  it('requires an externat ground and school year, and the birth date on the applicant step', () => {
    const values = { ...blank(), serviceId: 'externat-permission' };
    expect(stepIssues('conditions', values).map((issue) => issue.message)).toEqual([
      'validation:application.groundRequired',
      'validation:application.schoolYearRequired',
    ]);
    expect(stepIssues('applicant', values)).toEqual([
      { path: 'applicant.birthDate', message: 'validation:application.answerRequired' },
    ]);
  });
});

describe('suspicious IINs', () => {
  it('holds an IIN with an impossible date until it is confirmed, for the representative too', () => {
    const values = newIntakeValues({ id, startedAt, queueTicket: '', receiptLanguage: 'kk' });
    const suspicious = { ...values, applicant: { ...values.applicant, iin: '020229601234' } };
    expect(unconfirmedSuspiciousIins(suspicious)).toEqual(['applicant']);
    expect(unconfirmedSuspiciousIins({ ...suspicious, confirmedIins: ['020229601234'] })).toEqual([]);
    const parent = {
      ...values,
      applicantRole: 'legal-representative' as const,
      representative: { ...values.representative, iin: '020229601234' },
    };
    expect(unconfirmedSuspiciousIins(parent)).toEqual(['representative']);
    expect(
      unconfirmedSuspiciousIins({ ...values, applicant: { ...values.applicant, iin: '850315300128' } }),
    ).toEqual([]);
  });
});
