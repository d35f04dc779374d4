import { expect, it } from 'vitest';
import { openForAdmin } from '../../server/start';
import { eventHash } from '../../server/store/ids';
import { describeOnDatabases, freshDatabase } from './helpers/databases';
import { TestDesk } from './helpers/desk';
import { applicationAt, schoolBin } from './helpers/events';
import { spawnServer } from './helpers/child-server';
import { syncPaths } from '../../shared/sync';

const place = { centreCode: 'ALM01', workstationCode: '9' };
const pageSize = 25;

describeOnDatabases('a server killed with SIGKILL mid-push', (kind) => {
  it('loses no acknowledged event, and the desk finishes its queue exactly once after the restart', async () => {
    const database = await freshDatabase(kind);
    const admin = await openForAdmin(database);
    try {
      await admin.admin.addProvider({
        bin: schoolBin,
        name: { kk: 'Мектеп', ru: 'Школа' },
        kind: 'secondary-school',
      });
      let child = await spawnServer(database);
      const { code } = await admin.admin.issueEnrolmentCode(place);
      const enrolled = await fetch(`${child.url}${syncPaths.enrol}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, ...place, deskLabel: 'kill test' }),
      });
      const body = (await enrolled.json()) as { deviceId: string; deviceToken: string; serverEpoch: string };
      const desk = new TestDesk(child.url, place, body.deviceId, body.deviceToken, body.serverEpoch);

      // The desk's outbox: each event keeps its sequence whatever happens.
      const outbox = Array.from({ length: 40 * pageSize }, () => applicationAt(place).drafted());
      let acked = 0;
      for (let round = 0; round < 3; round += 1) {
        // Push pages until a few are acknowledged, then kill the server while the next page is in flight.
        let pushes = 0;
        for (;;) {
          const page = desk.entries(outbox.slice(acked, acked + pageSize), acked + 1);
          const inFlight = desk.pushEntries(page).catch(() => null);
          pushes += 1;
          if (pushes === 4) {
            await new Promise((resolve) => setTimeout(resolve, 2 * round));
            child.process.kill('SIGKILL');
            await inFlight;
            break;
          }
          const answer = await inFlight;
          expect(answer?.status).toBe(200);
          acked = answer?.body['ackedThroughSeq'] as number;
        }
        await child.exited;

        // Every acknowledged event is there, with its hash.
        const stored = await admin.database.db
          .selectFrom('events')
          .select(['device_seq', 'hash'])
          .where('device_id', '=', desk.deviceId)
          .where('device_seq', '<=', acked)
          .orderBy('device_seq')
          .execute();
        expect(stored.map((e) => [Number(e.device_seq), e.hash])).toEqual(
          outbox.slice(0, acked).map((e, i) => [i + 1, eventHash(e)]),
        );

        child = await spawnServer(database);
        desk.url = child.url;
        // The desk resends from its last acknowledgement: the killed page was either committed whole or not at all.
        const resend = await desk.pushEntries(desk.entries(outbox.slice(acked, acked + pageSize), acked + 1));
        expect(resend.status).toBe(200);
        const before = acked;
        acked = resend.body['ackedThroughSeq'] as number;
        expect(acked).toBe(before + pageSize);
      }
      child.process.kill('SIGTERM');
      expect(await child.exited).toBe(0);

      const all = await admin.database.db
        .selectFrom('events')
        .select(['device_seq', 'event_id'])
        .where('device_id', '=', desk.deviceId)
        .orderBy('device_seq')
        .execute();
      expect(all.map((e) => Number(e.device_seq))).toEqual(Array.from({ length: acked }, (_, i) => i + 1));
      expect(new Set(all.map((e) => e.event_id)).size).toBe(acked);
      expect(all.map((e) => e.event_id)).toEqual(outbox.slice(0, acked).map((e) => e.id));
    } finally {
      await admin.close();
    }
  });
});
