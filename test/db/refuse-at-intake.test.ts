import { describe, expect, it } from 'vitest';
import {
  acceptApplication,
  getApplication,
  loadDraft,
  refuseAtIntake,
  saveDraft,
  type RefuseAtIntakeInput,
} from '../../renderer/db';
import type { ApplicationEvent } from '../../shared/domain';
import {
  clerkSession,
  duplicateApplication,
  mondayMorning,
  openTestDesk,
  SequentialIds,
  TestClock,
  termCalendar,
  unwrap,
  unwrapErr,
  uuid,
  writeContext,
} from './helpers';
import { readRawRows } from './upgrade-harness';

const startedAt = '2026-03-02T04:55:00.000Z';

function refusal(id: string, overrides: Partial<RefuseAtIntakeInput> = {}): RefuseAtIntakeInput {
  return {
    applicationId: id,
    serviceId: 'duplicate-secondary',
    applicantRole: 'self',
    applicant: duplicateApplication(id, { surname: 'Жұмабаев', givenName: 'Әлібек' }).applicant,
    receiptLanguage: 'kk',
    reason: 'incomplete-package',
    missingDocumentIds: ['identity-document'],
    startedAt,
    ...overrides,
  };
}

describe('refuseAtIntake', () => {
  it('records the refusal as two events, outboxed, with a projection for the refusal receipt', async () => {
    const { db, scenario } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const id = uuid('a', 1);
    const draft = {
      id,
      serviceId: 'duplicate-secondary',
      applicant: {},
      answers: {},
      presentedDocumentIds: [],
      consent: { given: true },
      startedAt,
    };
    unwrap(await saveDraft(db, draft, { clock, session: clerkSession }));

    const refused = unwrap(
      await refuseAtIntake(db, refusal(id, { why: 'Жеке куәлік жоқ' }), writeContext(clock)),
    );

    expect(refused.alreadyRefused).toBe(false);
    expect(refused.record).toMatchObject({
      applicationId: id,
      status: 'refused-at-intake',
      refusal: { reason: 'incomplete-package', missingDocumentIds: ['identity-document'] },
      receiptNumber: null,
      dueDate: null,
      content: null,
      applicant: { surname: 'Жұмабаев', givenName: 'Әлібек', address: 'Алматы қ., Абай даңғылы, 10' },
      serviceSeconds: 300,
      syncState: 'pending',
    });
    const history = (await getApplication(db, id))?.history ?? [];
    expect(history.map((event) => event.type)).toEqual(['drafted', 'refused-at-intake']);
    expect(history[1]).toMatchObject({
      why: 'Жеке куәлік жоқ',
      by: { userId: 'clerk-1' },
      where: { kind: 'desk', centreCode: 'ALM01', workstationCode: '03' },
    });
    const outbox = (await readRawRows(scenario, 'outbox')) as {
      deviceSeq: number;
      event: ApplicationEvent;
    }[];
    expect(outbox.map((row) => [row.deviceSeq, row.event.type])).toEqual([
      [1, 'drafted'],
      [2, 'refused-at-intake'],
    ]);
    // A refusal uses no receipt number.
    expect(await readRawRows(scenario, 'counters')).toEqual([{ name: 'deviceSeq', value: 2 }]);
    expect(await loadDraft(db, id)).toBeUndefined();
  });

  it("an incomplete package must name what is missing, from the service's own list", async () => {
    const { db, scenario } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    expect(
      unwrapErr(
        await refuseAtIntake(db, refusal(uuid('a', 1), { missingDocumentIds: [] }), writeContext(clock)),
      ),
    ).toEqual({
      kind: 'invalid-refusal',
      issues: [{ path: 'missingDocumentIds', message: 'validation:event.missingDocumentsRequired' }],
    });
    expect(
      unwrapErr(
        await refuseAtIntake(
          db,
          refusal(uuid('a', 1), { missingDocumentIds: ['a-birthday-cake'] }),
          writeContext(clock),
        ),
      ),
    ).toEqual({
      kind: 'invalid-refusal',
      issues: [
        {
          path: 'missingDocumentIds.0',
          message: 'validation:application.documentUnknown',
          params: { documentId: 'a-birthday-cake' },
        },
      ],
    });
    expect(
      unwrapErr(
        await refuseAtIntake(
          db,
          refusal(uuid('a', 1), {
            applicant: { ...(refusal(uuid('a', 1)).applicant as object), iin: '850315300127' },
          }),
          writeContext(clock),
        ),
      ),
    ).toMatchObject({
      kind: 'invalid-refusal',
      issues: [{ path: 'applicant.iin', message: 'validation:iin.checksum' }],
    });
    expect(await readRawRows(scenario, 'applications')).toEqual([]);
    expect(await readRawRows(scenario, 'outbox')).toEqual([]);
  });

  it('is idempotent, and never turns an accepted application into a refused one', async () => {
    const { db, scenario } = await openTestDesk();
    const clock = new TestClock(mondayMorning);
    const first = unwrap(await refuseAtIntake(db, refusal(uuid('a', 1)), writeContext(clock)));
    const again = unwrap(
      await refuseAtIntake(db, refusal(uuid('a', 1)), writeContext(clock, new SequentialIds('f'))),
    );
    expect(again).toEqual({ record: first.record, alreadyRefused: true });
    expect(await readRawRows(scenario, 'outbox')).toHaveLength(2);

    const id = uuid('a', 2);
    unwrap(
      await acceptApplication(
        db,
        { application: duplicateApplication(id), startedAt, termCalendar },
        writeContext(clock),
      ),
    );
    expect(unwrapErr(await refuseAtIntake(db, refusal(id), writeContext(clock)))).toEqual({
      kind: 'already-accepted',
      applicationId: id,
    });
    expect(await readRawRows(scenario, 'outbox')).toHaveLength(4);
  });
});
