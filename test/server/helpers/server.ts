import { afterEach } from 'vitest';
import type { DatabaseConfig, DatabaseKind } from '../../../server/db/open';
import { startServer, type RunningServer, type StartOptions } from '../../../server/start';
import { freshDatabase } from './databases';
import { otherSchoolBin, schoolBin } from './events';

const running = new Set<RunningServer>();

afterEach(async () => {
  await Promise.all([...running].map((server) => server.close()));
  running.clear();
});

/** A real server on a free loopback port over a fresh database, with two schools in its directory. */
export async function startTestServer(
  kind: DatabaseKind,
  options: { database?: DatabaseConfig; now?: () => Date; seed?: boolean } & Partial<StartOptions> = {},
): Promise<RunningServer> {
  const database = options.database ?? (await freshDatabase(kind));
  const server = await startServer({ port: 0, logLevel: 'silent', ...options, database });
  running.add(server);
  if (options.seed !== false) {
    await server.admin.addProvider({
      bin: schoolBin,
      name: { kk: '№ 42 мектеп-гимназиясы', ru: 'Школа-гимназия № 42' },
      kind: 'secondary-school',
    });
    await server.admin.addProvider({
      bin: otherSchoolBin,
      name: { kk: '№ 7 жалпы білім беретін мектеп', ru: 'Общеобразовательная школа № 7' },
      kind: 'secondary-school',
    });
  }
  return server;
}

/** Closes a server started by startTestServer before the test ends (e.g. to restart it). */
export async function stopTestServer(server: RunningServer): Promise<void> {
  running.delete(server);
  await server.close();
}
