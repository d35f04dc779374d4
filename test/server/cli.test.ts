import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { syncPaths } from '../../shared/sync';
import { openForAdmin } from '../../server/start';
import { describeOnDatabases, freshDatabase } from './helpers/databases';
import { spawnServer } from './helpers/child-server';
import { request } from './helpers/desk';
import { schoolBin } from './helpers/events';
import type { DatabaseConfig } from '../../server/db/open';

function cli(
  database: DatabaseConfig,
  ...args: string[]
): { status: number | null; out: Record<string, unknown> | unknown[]; err: string } {
  const where = database.kind === 'sqlite' ? ['--data', database.file] : ['--database-url', database.url];
  const result = spawnSync(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      '--import',
      'tsx',
      join('server', 'main.ts'),
      ...args,
      ...where,
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '' },
    },
  );
  return {
    status: result.status,
    out: result.stdout.trim() === '' ? {} : (JSON.parse(result.stdout) as Record<string, unknown>),
    err: result.stderr,
  };
}

describeOnDatabases('the admin CLI', (kind) => {
  it('adds providers and users, issues codes, revokes devices and starts a new epoch — beside a running server', async () => {
    const database = await freshDatabase(kind);
    const server = await spawnServer(database);
    try {
      expect(
        cli(
          database,
          'add-provider',
          '--bin',
          schoolBin,
          '--name-kk',
          '№ 42 мектеп',
          '--name-ru',
          'Школа № 42',
          '--kind',
          'secondary-school',
        ).status,
      ).toBe(0);
      const user = cli(
        database,
        'add-provider-user',
        '--provider',
        schoolBin,
        '--login',
        'Secretary42',
        '--name',
        'Марат Ахметов',
        '--password',
        'correct horse battery',
      );
      expect(user.out).toMatchObject({ userId: expect.any(String) });
      const issued = cli(database, 'issue-enrolment-code', '--centre', 'ALM01', '--workstation', '05');
      expect(issued.out).toMatchObject({
        code: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
        centreCode: 'ALM01',
      });
      const enrolled = await request(server.url, 'POST', syncPaths.enrol, {
        body: {
          code: (issued.out as { code: string }).code,
          centreCode: 'ALM01',
          workstationCode: '05',
          deskLabel: 'cli',
        },
      });
      expect(enrolled.status).toBe(201);
      const listed = cli(database, 'list-devices').out as { id: string; status: string }[];
      expect(listed).toMatchObject([{ id: enrolled.body['deviceId'], status: 'active' }]);
      expect(JSON.stringify(listed)).not.toContain('token');

      const before = (await request(server.url, 'GET', syncPaths.health)).body['serverEpoch'];
      const epoch = cli(database, 'new-epoch').out as { serverEpoch: string };
      expect(epoch.serverEpoch).not.toBe(before);
      expect((await request(server.url, 'GET', syncPaths.health)).body['serverEpoch']).toBe(
        epoch.serverEpoch,
      );

      expect(cli(database, 'revoke-device', '--device', enrolled.body['deviceId'] as string).out).toEqual({
        revoked: true,
      });
      const refused = await request(server.url, 'GET', syncPaths.directory, {
        token: enrolled.body['deviceToken'] as string,
      });
      expect(refused.body['error']).toBe('device-revoked');

      const admin = await openForAdmin(database);
      try {
        const { authenticateProviderUser } = await import('../../server/store/provider-users');
        expect(
          await authenticateProviderUser(admin.database.db, 'secretary42', 'correct horse battery'),
        ).toMatchObject({ provider_bin: schoolBin });
        expect(await authenticateProviderUser(admin.database.db, 'secretary42', 'wrong')).toBeNull();
      } finally {
        await admin.close();
      }

      const bad = cli(database, 'issue-enrolment-code', '--centre', 'ALM01');
      expect(bad.status).toBe(1);
      expect(bad.err).toMatch(/--workstation is required/);
    } finally {
      server.process.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  });
});
