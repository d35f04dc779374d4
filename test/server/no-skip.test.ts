import { expect, it } from 'vitest';
import { describeOnDatabases } from './helpers/databases';
import { TestDesk } from './helpers/desk';
import { applicationAt } from './helpers/events';
import { startTestServer } from './helpers/server';

const writers = 8;
const pagesPerWriter = 6;
const pageSize = 15;

describeOnDatabases('pull never skips', (kind) => {
  it('a reader paging while many desks push sees every entry exactly once, in server order', async () => {
    const server = await startTestServer(kind);
    const desks = await Promise.all(
      Array.from({ length: writers }, (_, i) =>
        TestDesk.enrol(server, { centreCode: 'ALM01', workstationCode: String(i + 1) }),
      ),
    );
    const reader = await TestDesk.enrol(server, { centreCode: 'ALM01', workstationCode: 'R' });
    let writing = true;
    const seen: number[] = [];
    const reading = (async () => {
      let cursor = 0;
      while (writing) {
        const page = await reader.pull(cursor, 50);
        for (const entry of page.body['entries'] as { serverSeq: number }[]) seen.push(entry.serverSeq);
        cursor = page.body['cursor'] as number;
      }
      seen.push(...(await reader.pullAll(cursor)).map((e) => e['serverSeq'] as number));
    })();
    await Promise.all(
      desks.map(async (desk) => {
        for (let page = 0; page < pagesPerWriter; page += 1) {
          const events = Array.from({ length: pageSize }, () => applicationAt(desk.place).drafted());
          expect((await desk.push(events)).status).toBe(200);
        }
      }),
    );
    writing = false;
    await reading;

    const total = writers * pagesPerWriter * pageSize;
    expect(seen).toHaveLength(total);
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const all = await server.database.db
      .selectFrom('events')
      .select('server_seq')
      .orderBy('server_seq')
      .execute();
    expect(all.map((e) => Number(e.server_seq))).toEqual(seen);
  });
});
