import { describe, expect, it } from 'vitest';
import {
  applicantRoleLabels,
  checkIntake,
  counterServices,
  evaluateCondition,
  findService,
  groundsProblems,
  intakeQuestionLabels,
  intakeRefusalReasons,
  isAcceptedAtCounter,
  isCompleteLocalizedText,
  mayApplyAs,
  missingDocuments,
  providerKindLabels,
  refusalReceiptTexts,
  representativeRelationLabels,
  requiredDocuments,
  resultFormLabels,
  resultKindLabels,
  serviceCatalogue,
  serviceChannelLabels,
  type ServiceDefinition,
} from '../../../shared/domain';
import { serviceDefinitionSchema } from '../../../shared/schemas';

function service(id: string): ServiceDefinition {
  const found = findService(id);
  if (found === undefined) throw new Error(`No service ${id}`);
  return found;
}

/** Every object that looks like a label (has a kk, ru or en key), wherever it sits in the data. */
function labelsIn(value: unknown, path = '$'): { path: string; label: unknown }[] {
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if ('kk' in record || 'ru' in record || 'en' in record) return [{ path, label: value }];
  return Object.entries(record).flatMap(([key, child]) => labelsIn(child, `${path}.${key}`));
}

const ids = (documents: readonly { id: string }[]) => documents.map((d) => d.id);

describe('service catalogue', () => {
  it('has one entry per service of the specification', () => {
    expect(serviceCatalogue.map((s) => s.id)).toEqual([
      'duplicate-secondary',
      'duplicate-tvet',
      'externat-permission',
      'education-data-correction',
    ]);
  });

  it.each(serviceCatalogue.map((s) => [s.id, s] as const))('%s passes the catalogue schema', (_id, entry) => {
    const parsed = serviceDefinitionSchema.safeParse(entry);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('labels every service, vocabulary entry and refusal text in kk, ru and en', () => {
    const data = {
      serviceCatalogue,
      serviceChannelLabels,
      providerKindLabels,
      resultKindLabels,
      resultFormLabels,
      applicantRoleLabels,
      intakeQuestionLabels,
      intakeRefusalReasons,
      refusalReceiptTexts,
      representativeRelationLabels,
    };
    const labels = labelsIn(data);
    expect(labels.length).toBeGreaterThan(50); // the walker really finds them
    for (const { path, label } of labels) expect(isCompleteLocalizedText(label), path).toBe(true);
  });

  it('writes Kazakh labels in Kazakh and Russian ones in Russian (not copies of each other)', () => {
    for (const entry of serviceCatalogue) {
      expect(entry.name.kk).not.toBe(entry.name.ru);
      expect(entry.name.kk).toMatch(/[әғқңөұүһі]/i);
      expect(entry.name.ru).toMatch(/[а-яё]/i);
      expect(entry.name.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('knows the terms, channels and results of each service', () => {
    expect(service('duplicate-secondary')).toMatchObject({
      term: { workingDays: 15 },
      channels: ['provider-office', 'counter', 'portal'],
      fee: 'free',
    });
    expect(service('duplicate-tvet').resultForms).toEqual(['paper', 'electronic']);
    expect(service('externat-permission')).toMatchObject({
      channels: ['counter', 'portal'],
      applicationCutoff: { month: 12, day: 1 },
      resultKinds: ['externat-order-copy'],
    });
    expect(service('education-data-correction')).toMatchObject({
      channels: ['portal'],
      term: { workingDays: 3 },
    });
  });

  it('marks the portal-only service and gives guidance instead', () => {
    const portalOnly = service('education-data-correction');
    expect(isAcceptedAtCounter(portalOnly)).toBe(false);
    expect(
      portalOnly.availability.kind === 'portal-only' &&
        isCompleteLocalizedText(portalOnly.availability.guidance),
    ).toBe(true);
    expect(counterServices().map((s) => s.id)).toEqual([
      'duplicate-secondary',
      'duplicate-tvet',
      'externat-permission',
    ]);
  });

  it('refusal receipts follow the annex named by each standard', () => {
    const annex = (id: string) => {
      const availability = service(id).availability;
      return availability.kind === 'counter' ? availability.refusalReceiptAnnex : null;
    };
    expect([annex('duplicate-secondary'), annex('externat-permission'), annex('duplicate-tvet')]).toEqual([
      2, 3, 4,
    ]);
  });

  it('needs consent to personal data for every service', () => {
    expect(serviceCatalogue.every((s) => s.consentRequired)).toBe(true);
  });

  it('finds nothing for an unknown id', () => {
    expect(findService('no-such-service')).toBeUndefined();
  });
});

describe('required documents', () => {
  it('duplicates: the original only when the name changed AND the document is damaged', () => {
    for (const id of ['duplicate-secondary', 'duplicate-tvet']) {
      const docs = (nameChanged: boolean, documentDamaged: boolean) =>
        ids(
          requiredDocuments(service(id), { applicantRole: 'self', nameChanged, documentDamaged }).documents,
        );
      expect(docs(true, true)).toEqual(['application', 'identity-document', 'original-education-document']);
      expect(docs(true, false)).toEqual(['application', 'identity-document']);
      expect(docs(false, true)).toEqual(['application', 'identity-document']);
      expect(docs(false, false)).toEqual(['application', 'identity-document']);
    }
  });

  it('asks only the questions whose answers can still change the list', () => {
    const dup = service('duplicate-secondary');
    expect(requiredDocuments(dup, {}).unanswered).toEqual(['documentDamaged', 'nameChanged']);
    // A lost (not damaged) document never needs the original: the name question no longer matters.
    expect(requiredDocuments(dup, { documentDamaged: false }).unanswered).toEqual([]);
    expect(requiredDocuments(dup, { documentDamaged: true }).unanswered).toEqual(['nameChanged']);
  });

  it('externat: each ground claimed brings its own document', () => {
    const ext = service('externat-permission');
    const docs = (grounds: string[]) =>
      ids(requiredDocuments(ext, { applicantRole: 'self', grounds, birthYear: 2012 }).documents);
    expect(docs(['health'])).toEqual(['application', 'medical-commission-conclusion']);
    expect(docs(['abroad-with-parents'])).toEqual(['application', 'parents-residence-abroad-certificate']);
    expect(docs(['abroad-without-parents'])).toEqual(['application', 'study-abroad-confirmation']);
    expect(docs(['health', 'abroad-without-parents'])).toEqual([
      'application',
      'medical-commission-conclusion',
      'study-abroad-confirmation',
    ]);
  });

  it('externat: a birth-certificate copy only for those born before 2008', () => {
    const ext = service('externat-permission');
    const needsCopy = (answers: { birthYear?: number; birthDate?: string }) =>
      ids(
        requiredDocuments(ext, { applicantRole: 'self', grounds: ['health'], ...answers }).documents,
      ).includes('birth-certificate-copy');
    expect(needsCopy({ birthYear: 2007 })).toBe(true);
    expect(needsCopy({ birthDate: '2007-12-31' })).toBe(true);
    expect(needsCopy({ birthYear: 2008 })).toBe(false);
    expect(needsCopy({ birthDate: '2008-01-01' })).toBe(false);
    expect(requiredDocuments(ext, { applicantRole: 'self', grounds: [] }).unanswered).toEqual(['birthYear']);
  });

  it('externat: a representative brings documents confirming their authority', () => {
    const ext = service('externat-permission');
    const answers = { grounds: ['health'], birthYear: 2012 };
    expect(
      ids(requiredDocuments(ext, { ...answers, applicantRole: 'legal-representative' }).documents),
    ).toContain('representative-authority');
    expect(ids(requiredDocuments(ext, { ...answers, applicantRole: 'self' }).documents)).not.toContain(
      'representative-authority',
    );
    expect(requiredDocuments(ext, answers).unanswered).toEqual(['applicantRole']);
  });

  it('lists exactly what is missing for the refusal receipt', () => {
    const result = missingDocuments(
      service('duplicate-secondary'),
      { applicantRole: 'self', nameChanged: true, documentDamaged: true },
      ['application'],
    );
    expect(ids(result.missing)).toEqual(['identity-document', 'original-education-document']);
    expect(result.unanswered).toEqual([]);
  });
});

describe('document conditions (three-valued)', () => {
  const nameChanged = { kind: 'answer-is', question: 'nameChanged', value: true } as const;
  const damaged = { kind: 'answer-is', question: 'documentDamaged', value: true } as const;

  it('"any of" holds as soon as one part holds, even with unknown parts', () => {
    const condition = { kind: 'any-of', conditions: [nameChanged, damaged] } as const;
    expect(evaluateCondition(condition, { documentDamaged: true })).toEqual({ known: true, holds: true });
    expect(evaluateCondition(condition, { documentDamaged: false })).toEqual({
      known: false,
      questions: ['nameChanged'],
    });
    expect(evaluateCondition(condition, { documentDamaged: false, nameChanged: false })).toEqual({
      known: true,
      holds: false,
    });
  });

  it('"all of" fails as soon as one part fails, and merges the open questions', () => {
    const condition = { kind: 'all-of', conditions: [nameChanged, damaged] } as const;
    expect(evaluateCondition(condition, { nameChanged: false })).toEqual({ known: true, holds: false });
    expect(evaluateCondition(condition, {})).toEqual({
      known: false,
      questions: ['nameChanged', 'documentDamaged'],
    });
  });

  it('rejects an unknown condition kind loudly', () => {
    expect(() => evaluateCondition({ kind: 'sometimes' } as never, {})).toThrow(TypeError);
  });
});

describe('intake rules', () => {
  it('checks the grounds against the service', () => {
    const ext = service('externat-permission');
    expect(groundsProblems(ext, ['health'])).toEqual([]);
    expect(groundsProblems(ext, [])).toEqual([{ kind: 'too-few-grounds', minimum: 1 }]);
    expect(groundsProblems(ext, ['boredom'])).toEqual([{ kind: 'unknown-ground', ground: 'boredom' }]);
    expect(groundsProblems(service('duplicate-secondary'), ['health'])).toEqual([
      { kind: 'grounds-not-applicable' },
    ]);
    expect(groundsProblems(service('duplicate-secondary'), [])).toEqual([]);
  });

  it('lets a parent or legal representative apply only for a minor', () => {
    const dup = service('duplicate-secondary');
    expect(mayApplyAs(dup, 'self', false)).toBe(true);
    expect(mayApplyAs(dup, 'legal-representative', true)).toBe(true);
    expect(mayApplyAs(dup, 'legal-representative', undefined)).toBe(true);
    expect(mayApplyAs(dup, 'legal-representative', false)).toBe(false);
    expect(mayApplyAs(service('education-data-correction'), 'legal-representative', true)).toBe(false);
  });
});

describe('refusal at intake', () => {
  it('cites art. 20 p. 2 of the Law on public services for an incomplete package, in kk, ru and en', () => {
    const reason = intakeRefusalReasons['incomplete-package'];
    expect(reason.issuesRefusalReceipt).toBe(true);
    expect(reason.legalGround?.ru).toContain('статьи 20');
    expect(reason.legalGround?.ru).toContain('«О государственных услугах»');
    expect(reason.legalGround?.kk).toContain('20-бабының 2-тармағы');
    expect(reason.legalGround?.en).toContain('Article 20, paragraph 2');
  });

  it('titles the receipt as the law names it', () => {
    expect(refusalReceiptTexts.title.ru).toBe('Расписка об отказе в приеме документов');
    expect(refusalReceiptTexts.title.kk).toBe('Құжаттарды қабылдаудан бас тарту туралы қолхат');
  });

  it('uses placeholders the UI fills in for the externat cut-off reasons', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      expect(intakeRefusalReasons['externat-cutoff-passed'].text[lang]).toContain('{{lastDay}}');
      expect(intakeRefusalReasons['externat-school-year-not-open'].text[lang]).toContain('{{opensOn}}');
    }
  });
});

describe('intake check (what the wizard shows before "accept")', () => {
  const dup = service('duplicate-secondary');
  const ext = service('externat-permission');
  const complete = {
    service: dup,
    answers: { applicantRole: 'self', nameChanged: false, documentDamaged: true } as const,
    presentedDocumentIds: ['application', 'identity-document'],
    consentGiven: true,
    acceptedOn: '2026-03-02',
  };

  it('lets a complete application through', () => {
    expect(checkIntake(complete)).toEqual({ canAccept: true, blockers: [], unanswered: [] });
  });

  it('lists exactly the missing documents for the refusal receipt', () => {
    const check = checkIntake({
      ...complete,
      answers: { ...complete.answers, nameChanged: true },
      presentedDocumentIds: ['application'],
    });
    expect(check.canAccept).toBe(false);
    expect(check.blockers).toHaveLength(1);
    const [blocker] = check.blockers;
    expect(blocker?.reason).toBe('incomplete-package');
    expect(blocker?.reason === 'incomplete-package' && ids(blocker.missing)).toEqual([
      'identity-document',
      'original-education-document',
    ]);
    expect(intakeRefusalReasons[blocker?.reason ?? 'portal-only'].issuesRefusalReceipt).toBe(true);
  });

  it('waits for answers that decide the documents', () => {
    expect(checkIntake({ ...complete, answers: { applicantRole: 'self' } })).toEqual({
      canAccept: false,
      blockers: [],
      unanswered: ['documentDamaged', 'nameChanged'],
    });
  });

  it('stops at once for a portal-only service', () => {
    expect(checkIntake({ ...complete, service: service('education-data-correction') })).toEqual({
      canAccept: false,
      blockers: [{ reason: 'portal-only' }],
      unanswered: [],
    });
  });

  it('needs consent', () => {
    expect(checkIntake({ ...complete, consentGiven: false }).blockers).toEqual([{ reason: 'no-consent' }]);
  });

  it('lets a parent apply only for a minor (age on the day of acceptance)', () => {
    const parent = (birthDate: string) =>
      checkIntake({
        ...complete,
        answers: { ...complete.answers, applicantRole: 'legal-representative', birthDate },
      });
    expect(parent('2010-05-05').blockers).toEqual([]);
    expect(parent('2008-03-02').blockers).toEqual([{ reason: 'representative-not-allowed' }]);
  });

  it('applies the externat cut-off to the school year named', () => {
    const externat = {
      ...complete,
      service: ext,
      answers: { applicantRole: 'self', grounds: ['health'], birthYear: 2012 } as const,
      presentedDocumentIds: ['application', 'medical-commission-conclusion'],
      acceptedOn: '2026-12-02',
    };
    expect(checkIntake(externat).unanswered).toEqual(['schoolYear']);
    expect(checkIntake({ ...externat, schoolYearStart: 2026 }).blockers).toEqual([
      { reason: 'externat-cutoff-passed', lastDay: '2026-12-01' },
    ]);
    expect(checkIntake({ ...externat, schoolYearStart: 2028 }).blockers).toEqual([
      { reason: 'externat-school-year-not-open', opensOn: '2027-09-01' },
    ]);
    expect(checkIntake({ ...externat, schoolYearStart: 2027 })).toEqual({
      canAccept: true,
      blockers: [],
      unanswered: [],
    });
    const withGrounds = (grounds: string[]) =>
      checkIntake({ ...externat, schoolYearStart: 2027, answers: { ...externat.answers, grounds } });
    expect(withGrounds([]).unanswered).toEqual(['grounds']);
    expect(withGrounds(['health', 'boredom']).unanswered).toEqual(['grounds']);
  });
});

describe('localized text check', () => {
  it('needs all three languages, non-blank', () => {
    expect(isCompleteLocalizedText({ kk: 'а', ru: 'б', en: 'c' })).toBe(true);
    expect(isCompleteLocalizedText({ kk: 'а', ru: 'б', en: ' ' })).toBe(false);
    expect(isCompleteLocalizedText({ kk: 'а', ru: 'б' })).toBe(false);
    expect(isCompleteLocalizedText(null)).toBe(false);
    expect(isCompleteLocalizedText('text')).toBe(false);
  });
});
