import { expect, it } from 'vitest';
import { pullResponseSchema } from '../../shared/sync';
import { describeOnDatabases } from './helpers/databases';
import { TestDesk } from './helpers/desk';
import { applicationAt, otherSchoolBin, schoolBin } from './helpers/events';
import { startTestServer } from './helpers/server';

const front = { centreCode: 'ALM01', workstationCode: '1' };
const back = { centreCode: 'ALM01', workstationCode: '2' };
const elsewhere = { centreCode: 'SHY07', workstationCode: '1' };

describeOnDatabases('pull', (kind) => {
  it("gives a desk its centre's events it did not push, the provider's statuses, and only its own rejections, in server order", async () => {
    const server = await startTestServer(kind);
    const [deskA, deskB, deskC] = [
      await TestDesk.enrol(server, front),
      await TestDesk.enrol(server, back),
      await TestDesk.enrol(server, elsewhere),
    ];
    const app = applicationAt(front);
    await deskA.push([app.drafted(), app.accepted(), app.placedOnShelf()]); // the last is rejected
    const other = applicationAt(elsewhere);
    await deskC.push([other.drafted(), other.accepted()]);
    expect(
      await server.admin.recordProviderEvent(schoolBin, app.providerEvent('taken-into-work')),
    ).toMatchObject({ ok: true });
    expect(
      await server.admin.recordProviderEvent(schoolBin, other.providerEvent('taken-into-work')),
    ).toMatchObject({ ok: true });

    const forA = await deskA.pullAll();
    expect(
      forA.map((e) => [e['kind'], (e['event'] as { type?: string } | undefined)?.type ?? e['reason']]),
    ).toEqual([
      ['application-event', 'sent-to-provider'],
      ['event-rejected', 'illegal-transition'],
      ['application-event', 'taken-into-work'],
    ]);
    const forB = await deskB.pullAll();
    expect(forB.map((e) => (e['event'] as { type: string }).type)).toEqual([
      'drafted',
      'accepted',
      'sent-to-provider',
      'taken-into-work',
    ]);
    expect(
      forB.every((e) => (e['event'] as { applicationId: string }).applicationId === app.applicationId),
    ).toBe(true);
    const seqs = forB.map((e) => e['serverSeq'] as number);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);

    const forC = await deskC.pullAll();
    expect(forC.map((e) => (e['event'] as { type: string }).type)).toEqual([
      'sent-to-provider',
      'taken-into-work',
    ]);
  });

  it('pages by cursor with hasMore, and the answer matches the shared schema', async () => {
    const server = await startTestServer(kind);
    const writer = await TestDesk.enrol(server, front);
    const reader = await TestDesk.enrol(server, back);
    const events = Array.from({ length: 7 }, () => applicationAt(front).drafted());
    await writer.push(events);
    const first = await reader.pull(0, 3);
    const page = pullResponseSchema.parse(first.body);
    expect(page.entries).toHaveLength(3);
    expect(page.hasMore).toBe(true);
    expect(page.cursor).toBe(page.entries[2]?.serverSeq);
    const rest = await reader.pullAll(page.cursor, 3);
    expect([
      ...page.entries.map((e) => e.kind === 'application-event' && e.event.id),
      ...rest.map((e) => (e['event'] as { id: string }).id),
    ]).toEqual(events.map((e) => e.id));
    const last = pullResponseSchema.parse((await reader.pull(100)).body);
    expect(last).toMatchObject({ entries: [], cursor: 100, hasMore: false });
  });

  it("records a provider's batch all or nothing", async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, front);
    const [one, two] = [applicationAt(front), applicationAt(front)];
    await desk.push([one.drafted(), one.accepted(), two.drafted(), two.accepted()]);
    const refused = await server.admin.recordProviderEvents(schoolBin, [
      one.providerEvent('taken-into-work'),
      two.providerEvent('result-ready'),
    ]);
    expect(refused).toMatchObject({ ok: false, index: 1, rejection: { reason: 'illegal-transition' } });
    expect(await desk.pullAll()).toHaveLength(2); // the two sent-to-provider events only
    const taken = await server.admin.recordProviderEvents(schoolBin, [
      one.providerEvent('taken-into-work'),
      two.providerEvent('taken-into-work'),
    ]);
    expect(taken).toMatchObject({ ok: true });
    const ready = one.providerEvent('result-ready');
    expect(await server.admin.recordProviderEvent(schoolBin, ready)).toMatchObject({ ok: true });
    expect(await server.admin.recordProviderEvent(schoolBin, ready)).toMatchObject({
      ok: false,
      rejection: { detail: 'this event id is already recorded' },
    });
    expect(
      await server.admin.recordProviderEvent(
        otherSchoolBin,
        one.providerEvent('result-ready', otherSchoolBin),
      ),
    ).toMatchObject({
      ok: false,
      rejection: { reason: 'unknown-application' },
    });
    const statuses = await server.database.db.selectFrom('applications').select('status').execute();
    expect(statuses.map((s) => s.status).sort()).toEqual(['in-progress', 'result-ready']);
  });

  it('refuses a malformed cursor or limit', async () => {
    const server = await startTestServer(kind);
    const desk = await TestDesk.enrol(server, front);
    for (const query of ['', '?cursor=-1', '?cursor=abc', '?cursor=0&limit=0', '?cursor=0&limit=1001']) {
      const answer = await fetch(`${server.url}/v1/sync/pull${query}`, {
        headers: { authorization: `Bearer ${desk.token}` },
      });
      expect(answer.status, query).toBe(400);
      expect(await answer.json()).toMatchObject({ error: 'malformed' });
    }
  });
});
