import { describe, expect, it } from 'vitest';
import {
  acceptApplication,
  deleteDraft,
  listDrafts,
  loadDraft,
  saveDraft,
  type IntakeDraft,
} from '../../renderer/db';
import {
  clerkSession,
  duplicateApplication,
  mondayMorning,
  openTestDesk,
  TestClock,
  termCalendar,
  unwrap,
  unwrapErr,
  uuid,
  writeContext,
} from './helpers';
import { readRawRows } from './upgrade-harness';

function wizardDraft(id: string, overrides: Partial<IntakeDraft> = {}): IntakeDraft {
  return {
    id,
    serviceId: 'duplicate-secondary',
    applicantRole: 'self',
    applicant: { iin: '850315300128', surname: 'Сейітқали', givenName: 'Әлия' },
    answers: { nameChanged: true },
    presentedDocumentIds: ['application'],
    consent: { given: true, recordedAt: '2026-03-02T05:01:00.000Z' },
    receiptLanguage: 'kk',
    queueTicket: 'Б-017',
    startedAt: '2026-03-02T05:00:00.000Z',
    ...overrides,
  };
}

describe('drafts', () => {
  it('survive closing and reopening the database', async () => {
    const desk = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const draft = wizardDraft(uuid('a', 1));
    unwrap(await saveDraft(desk.db, draft, { clock, session: clerkSession }));

    const reopened = await desk.reopen();
    expect(await loadDraft(reopened.db, draft.id)).toEqual({
      ...draft,
      updatedAt: mondayMorning,
      savedBy: 'clerk-1',
    });
  });

  it('are saved over as the clerk goes, and listed most recent first', async () => {
    const { db } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const context = { clock, session: clerkSession };
    unwrap(await saveDraft(db, wizardDraft(uuid('a', 1)), context));
    clock.advanceMinutes(1);
    unwrap(await saveDraft(db, wizardDraft(uuid('a', 2)), context));
    clock.advanceMinutes(1);
    unwrap(
      await saveDraft(
        db,
        wizardDraft(uuid('a', 1), { presentedDocumentIds: ['application', 'identity-document'] }),
        context,
      ),
    );

    const drafts = await listDrafts(db);
    expect(drafts.map((draft) => draft.id)).toEqual([uuid('a', 1), uuid('a', 2)]);
    expect(drafts[0]).toMatchObject({
      presentedDocumentIds: ['application', 'identity-document'],
      updatedAt: '2026-03-02T05:02:00.000Z',
    });
  });

  it('are deleted when discarded, and when the application is accepted', async () => {
    const { db } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    unwrap(await saveDraft(db, wizardDraft(uuid('a', 1)), { clock, session: clerkSession }));
    unwrap(await saveDraft(db, wizardDraft(uuid('a', 2)), { clock, session: clerkSession }));
    unwrap(await deleteDraft(db, uuid('a', 1)));
    unwrap(
      await acceptApplication(
        db,
        {
          application: duplicateApplication(uuid('a', 2)),
          startedAt: wizardDraft(uuid('a', 2)).startedAt,
          termCalendar,
        },
        writeContext(clock),
      ),
    );
    expect(await listDrafts(db)).toEqual([]);
  });

  it('a late autosave cannot bring back the draft of an accepted application', async () => {
    const { db, scenario } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const id = uuid('a', 1);
    unwrap(
      await acceptApplication(
        db,
        { application: duplicateApplication(id), startedAt: mondayMorning, termCalendar },
        writeContext(clock),
      ),
    );
    expect(unwrapErr(await saveDraft(db, wizardDraft(id), { clock, session: clerkSession }))).toEqual({
      kind: 'already-decided',
      applicationId: id,
    });
    expect(await readRawRows(scenario, 'drafts')).toEqual([]);
  });

  it('keep only bounded wizard data', async () => {
    const { db, scenario } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const tooLong = wizardDraft(uuid('a', 1), { applicant: { surname: 'Ә'.repeat(101) } });
    expect(unwrapErr(await saveDraft(db, tooLong, { clock, session: clerkSession }))).toMatchObject({
      kind: 'invalid-draft',
      issues: [{ path: 'applicant.surname' }],
    });
    expect(
      unwrapErr(await saveDraft(db, { ...wizardDraft('draft-1') }, { clock, session: clerkSession })),
    ).toMatchObject({
      kind: 'invalid-draft',
      issues: [{ path: 'id', message: 'validation:id.invalid' }],
    });
    expect(await readRawRows(scenario, 'drafts')).toEqual([]);
  });
});
