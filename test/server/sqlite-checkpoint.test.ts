import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../server/start';
import { tempDir } from './helpers/databases';
import { TestDesk } from './helpers/desk';
import { applicationAt, schoolBin } from './helpers/events';

const place = { centreCode: 'ALM01', workstationCode: '07' };

describe('the embedded SQLite file', () => {
  it('has its WAL checkpointed in the background, not only at the server connection’s 8,000-page fallback', async () => {
    const portsBefore = process.getActiveResourcesInfo().filter((kind) => kind === 'MessagePort');
    const file = join(tempDir('checkpoint'), 'server.sqlite');
    const server = await startServer({ port: 0, logLevel: 'silent', database: { kind: 'sqlite', file } });
    try {
      await server.admin.addProvider({
        bin: schoolBin,
        name: { kk: 'Мектеп', ru: 'Школа' },
        kind: 'secondary-school',
      });
      const desk = await TestDesk.enrol(server, place);
      const before = statSync(file).size;
      // ~200 applications: a few hundred WAL pages, far below the server connection's own checkpoint.
      for (let page = 0; page < 4; page += 1) {
        const apps = Array.from({ length: 50 }, () => applicationAt(place));
        const answer = await desk.push(apps.flatMap((app) => [app.drafted(), app.accepted()]));
        expect(answer.status).toBe(200);
      }
      // The committed pages reach the database file itself (only a checkpoint writes it in WAL mode).
      let size = statSync(file).size;
      for (let wait = 0; wait < 100 && size < before + 200_000; wait += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        size = statSync(file).size;
      }
      expect(size).toBeGreaterThan(before + 200_000);
    } finally {
      await server.close();
    }
    // Closed means closed: the checkpoint worker has let go of the file too (and its thread is
    // gone), so nothing of this server touches the file once its lock is released.
    expect(process.getActiveResourcesInfo().filter((kind) => kind === 'MessagePort')).toEqual(portsBefore);
  });
});
