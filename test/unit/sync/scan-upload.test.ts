import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptApplication,
  addAttachment,
  getApplication,
  refuseAtIntake,
  systemClock,
} from '../../../renderer/db';
import { runSyncPass } from '../../../renderer/sync/sync-pass';
import { duplicateApplication, termCalendar, TestClock, unwrap, uuid, writeContext } from '../../db/helpers';
import { enrolledDesk, passDeps, providerBin, startSyncWorld, type SyncWorld } from './sync-harness';

const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let world: SyncWorld;
beforeAll(async () => {
  world = await startSyncWorld();
});
afterAll(() => world.close());

describe('scans of the presented documents', () => {
  it('travel by hash in the accepted content and upload to the server before the events; a refusal keeps its scans home', async () => {
    const desk = await enrolledDesk(world);
    const clock = new TestClock('2026-03-02T05:00:00.000Z');
    const accepted = uuid('a', 7_001);
    const refused = uuid('a', 7_002);
    const passport = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode('passport page')]);
    const form = new TextEncoder().encode('%PDF-1.7 application form');
    const secret = new TextEncoder().encode('a refused applicant’s birth certificate');
    for (const [applicationId, documentId, bytes, type] of [
      [accepted, 'identity-document', passport, 'image/jpeg'],
      [accepted, 'application', form, 'application/pdf'],
      [refused, 'application', secret, 'image/png'],
    ] as const) {
      unwrap(
        await addAttachment(
          desk.db,
          { applicationId, documentId, fileName: null, blob: new Blob([bytes], { type }) },
          { clock },
        ),
      );
    }
    unwrap(
      await acceptApplication(
        desk.db,
        { application: duplicateApplication(accepted), startedAt: '2026-03-02T04:52:30.000Z', termCalendar },
        writeContext(clock),
      ),
    );
    unwrap(
      await refuseAtIntake(
        desk.db,
        {
          applicationId: refused,
          serviceId: 'duplicate-secondary',
          applicantRole: 'self',
          applicant: duplicateApplication(refused).applicant,
          receiptLanguage: 'kk',
          reason: 'incomplete-package',
          missingDocumentIds: ['identity-document'],
          startedAt: '2026-03-02T04:55:00.000Z',
        },
        writeContext(clock),
      ),
    );

    // The accepted content names its scans (sorted by document), in the event and on the record.
    const scans = [
      {
        sha256: hex(form),
        documentId: 'application',
        mediaType: 'application/pdf',
        byteLength: form.byteLength,
      },
      {
        sha256: hex(passport),
        documentId: 'identity-document',
        mediaType: 'image/jpeg',
        byteLength: passport.byteLength,
      },
    ];
    const acceptedEvent = (await getApplication(desk.db, accepted))?.history.find(
      (event) => event.type === 'accepted',
    );
    expect(acceptedEvent).toMatchObject({ application: { scans } });
    expect((await getApplication(desk.db, accepted))?.record.content?.scans).toEqual(scans);

    expect(await runSyncPass(passDeps(desk.db, fetch, systemClock))).toMatchObject({ kind: 'synced' });
    const head = (bytes: Uint8Array) =>
      fetch(`${world.server.url}/v1/blobs/${hex(bytes)}`, { method: 'HEAD' });
    const stored = await world.server.database.db
      .selectFrom('blobs')
      .select(['sha256', 'media_type', 'length'])
      .execute();
    expect(stored.map((row) => [row.sha256, row.media_type, Number(row.length)]).sort()).toEqual(
      [
        [hex(form), 'application/pdf', form.byteLength],
        [hex(passport), 'image/jpeg', passport.byteLength],
      ].sort(),
    );
    // Only an enrolled desk may even ask.
    expect((await head(passport)).status).toBe(401);
    // Nothing of the refused application left the desk.
    expect(stored.map((row) => row.sha256)).not.toContain(hex(secret));
    // The server's copy of the application lists the same scans for the provider.
    const row = await world.server.database.db
      .selectFrom('applications')
      .select(['snapshot', 'provider_bin'])
      .where('id', '=', accepted)
      .executeTakeFirstOrThrow();
    expect(row.provider_bin).toBe(providerBin);
    expect(JSON.parse(row.snapshot ?? '{}')).toMatchObject({ scans });

    // A second pass uploads nothing again.
    let puts = 0;
    const counting: typeof fetch = (input, init) => {
      if (init?.method === 'PUT') puts += 1;
      return fetch(input, init);
    };
    expect(await runSyncPass(passDeps(desk.db, counting, systemClock))).toMatchObject({ kind: 'synced' });
    expect(puts).toBe(0);
  });
});
