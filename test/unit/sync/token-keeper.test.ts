import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSyncEnrolment, getSyncProgress, systemClock } from '../../../renderer/db';
import { enrolDesk } from '../../../renderer/sync/enrol';
import { runSyncPass } from '../../../renderer/sync/sync-pass';
import { hostTokenKeeper, plainTokenKeeper } from '../../../renderer/sync/token-keeper';
import { hostFail, type HostResult } from '../../../shared/host';
import { openTestDesk, unwrap } from '../../db/helpers';
import { passDeps, realTimers, startSyncWorld, withDesk, type SyncWorld } from './sync-harness';

/**
 * A keychain like Electron's safeStorage: AES-GCM under a key only this "OS user" holds. Real
 * encryption, so a sealed token is useless to whoever copies the desk's IndexedDB.
 */
function keychain(key: CryptoKey) {
  return {
    async protectSecret(plain: string): Promise<HostResult<string>> {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv },
        key,
        new TextEncoder().encode(plain),
      );
      return { ok: true, value: Buffer.concat([iv, new Uint8Array(sealed)]).toString('base64') };
    },
    async unprotectSecret(stored: string): Promise<HostResult<string>> {
      const bytes = Buffer.from(stored, 'base64');
      try {
        const plain = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: bytes.subarray(0, 12) },
          key,
          bytes.subarray(12),
        );
        return { ok: true, value: new TextDecoder().decode(plain) };
      } catch {
        return hostFail('internal', 'the keychain cannot decrypt this secret');
      }
    },
  };
}

const newKey = () =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

let world: SyncWorld;
beforeAll(async () => {
  world = await startSyncWorld();
});
afterAll(() => world.close());

async function enrolWith(tokens: ReturnType<typeof hostTokenKeeper>, workstationCode: string) {
  const desk = await openTestDesk(undefined);
  const issued = await world.server.admin.issueEnrolmentCode({ centreCode: 'ALM01', workstationCode });
  const enrolled = unwrap(
    await enrolDesk(
      { db: desk.db, fetch, clock: systemClock, timers: realTimers, tokens },
      {
        serverUrl: world.server.url,
        code: issued.code,
        centreCode: 'ALM01',
        workstationCode,
        deskLabel: `Keychain desk ${workstationCode}`,
        enrolledBy: 'supervisor-1',
      },
    ),
  );
  return { desk: withDesk(desk, world.server.url, workstationCode), enrolled };
}

describe('the device token at rest', () => {
  it('is sealed by the host keychain, and the desk still syncs with it', async () => {
    const tokens = hostTokenKeeper(keychain(await newKey()));
    const { desk, enrolled } = await enrolWith(tokens, '11');
    expect(enrolled.tokenProtection).toBe('keychain');
    const stored = await getSyncEnrolment(desk.db);
    // What IndexedDB holds is not a token the server takes.
    const answer = await fetch(`${world.server.url}/v1/sync/pull?cursor=0`, {
      headers: { authorization: `Bearer ${stored?.deviceToken ?? ''}` },
    });
    expect(answer.status).toBe(401);
    await desk.accept(1);
    expect(await runSyncPass({ ...passDeps(desk.db, fetch, systemClock), tokens })).toMatchObject({
      kind: 'synced',
      pushed: 2,
    });
  });

  it('stays as it came where the host has no keychain (browser mode)', async () => {
    const browser = hostTokenKeeper({
      protectSecret: async () => hostFail('unsupported', 'A browser has no access to the OS keychain.'),
      unprotectSecret: async () => hostFail('unsupported', 'A browser has no access to the OS keychain.'),
    });
    const { desk, enrolled } = await enrolWith(browser, '12');
    expect(enrolled.tokenProtection).toBe('none');
    expect(await runSyncPass({ ...passDeps(desk.db, fetch, systemClock), tokens: browser })).toMatchObject({
      kind: 'synced',
    });
    expect(await runSyncPass(passDeps(desk.db, fetch, systemClock))).toMatchObject({ kind: 'synced' });
  });

  it('when the keychain can no longer open it, the desk stops and asks to be enrolled again', async () => {
    const { desk } = await enrolWith(hostTokenKeeper(keychain(await newKey())), '13');
    // Another OS user (or the profile copied to another machine): a different keychain.
    const elsewhere = hostTokenKeeper(keychain(await newKey()));
    expect(await runSyncPass({ ...passDeps(desk.db, fetch, systemClock), tokens: elsewhere })).toEqual({
      kind: 'refused',
      code: 'unauthenticated',
    });
    expect(await getSyncProgress(desk.db)).toMatchObject({
      access: 'unauthenticated',
      lastError: { code: 'unauthenticated' },
    });
    // A plain keeper cannot use a sealed token either.
    expect(await plainTokenKeeper.reveal('sealed', 'keychain')).toBeNull();
  });
});
