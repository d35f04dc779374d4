import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSyncEnrolment, systemClock } from '../../../renderer/db';
import { enrolDesk } from '../../../renderer/sync/enrol';
import { openTestDesk } from '../../db/helpers';
import { realTimers, startSyncWorld, type SyncWorld } from './sync-harness';

let world: SyncWorld;
beforeAll(async () => {
  world = await startSyncWorld();
});
afterAll(async () => {
  await world.close();
});

async function enrolAt(serverUrl: string, allowedServerUrl: string, workstationCode: string) {
  const desk = await openTestDesk(undefined);
  const issued = await world.server.admin.issueEnrolmentCode({ centreCode: 'ALM01', workstationCode });
  const result = await enrolDesk(
    { db: desk.db, fetch, clock: systemClock, timers: realTimers },
    {
      serverUrl,
      code: issued.code,
      centreCode: 'ALM01',
      workstationCode,
      deskLabel: `Desk ${workstationCode}`,
      enrolledBy: 'supervisor-1',
      allowedServerUrl,
    },
  );
  return { desk, result };
}

describe('the address a supervisor enrols the desk at', () => {
  it('is refused, with the one it may use, when it is on another server than the desk was set up with', async () => {
    // The desk's Content-Security-Policy lets it reach the configured server only: a request
    // elsewhere would fail as a blocked request, so the form says why before trying.
    const { desk, result } = await enrolAt('https://sync.elsewhere.kz/desk/', world.server.url, '21');
    expect(result).toEqual({
      ok: false,
      error: { kind: 'other-server', allowedOrigin: new URL(world.server.url).origin },
    });
    expect(await getSyncEnrolment(desk.db)).toBeNull();
    const devices = await world.server.database.db.selectFrom('devices').select('workstation_code').execute();
    expect(devices.map((device) => device.workstation_code)).not.toContain('21');
  });

  it('is taken on the configured server, whatever its path', async () => {
    const { desk, result } = await enrolAt(`${world.server.url}/`, `${world.server.url}/desk-config/`, '22');
    expect(result.ok).toBe(true);
    expect((await getSyncEnrolment(desk.db))?.serverUrl).toBe(`${world.server.url}/`);
  });
});
