import { parseArgs } from 'node:util';
import { defaultSqliteFile, type DatabaseConfig } from './db/open';
import { openForAdmin, startServer, type RunningServer } from './start';
import type { ProviderKind } from './db/schema';

/**
 * `npm run server -- [command] [options]`
 *   serve (default)            --host 127.0.0.1 --port 8787
 *   issue-enrolment-code       --centre ALM01 --workstation 03 [--ttl-hours 24]
 *   add-provider               --bin 050140001238 --name-kk … --name-ru … --kind secondary-school
 *   add-provider-user          --provider <bin> --login … --name … --password …
 *   revoke-device              --device <id>
 *   list-devices
 *   new-epoch                  (after restoring a backup)
 * Database: DATABASE_URL=postgres://… for PostgreSQL; otherwise the SQLite file
 * --data <file> or COUNTER_DESK_SERVER_DATA (default ./data/counter-desk-server.sqlite).
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    data: { type: 'string' },
    'database-url': { type: 'string' },
    'log-level': { type: 'string' },
    'cors-origins': { type: 'string' },
    centre: { type: 'string' },
    workstation: { type: 'string' },
    'ttl-hours': { type: 'string' },
    bin: { type: 'string' },
    'name-kk': { type: 'string' },
    'name-ru': { type: 'string' },
    kind: { type: 'string' },
    provider: { type: 'string' },
    login: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    device: { type: 'string' },
  },
});

function required(name: keyof typeof values): string {
  const value = values[name];
  if (typeof value !== 'string' || value.length === 0) throw new Error(`--${name} is required`);
  return value;
}

function databaseConfig(): DatabaseConfig {
  const url = values['database-url'] ?? process.env['DATABASE_URL'];
  if (url !== undefined && url !== '') return { kind: 'postgres', url };
  return {
    kind: 'sqlite',
    file: values.data ?? process.env['COUNTER_DESK_SERVER_DATA'] ?? defaultSqliteFile,
  };
}

async function serve(): Promise<void> {
  // Signals are handled from the first moment: one during start-up closes the server once it is up.
  let stopping: string | null = null;
  let server: RunningServer | null = null;
  const stop = (signal: string) => {
    if (stopping !== null) return;
    stopping = signal;
    process.stdout.write(`${JSON.stringify({ msg: 'shutting down', signal })}\n`);
    if (server === null) return;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  const corsOrigins = values['cors-origins'] ?? process.env['COUNTER_DESK_SERVER_CORS_ORIGINS'];
  server = await startServer({
    host: values.host ?? process.env['COUNTER_DESK_SERVER_HOST'] ?? '127.0.0.1',
    port: Number(values.port ?? process.env['COUNTER_DESK_SERVER_PORT'] ?? 8787),
    database: databaseConfig(),
    logLevel: values['log-level'] ?? process.env['COUNTER_DESK_SERVER_LOG_LEVEL'] ?? 'info',
    ...(corsOrigins !== undefined ? { corsOrigins: corsOrigins.split(',') } : {}),
  });
  process.stdout.write(
    `${JSON.stringify({ msg: 'listening', url: server.url, database: server.database.kind })}\n`,
  );
  if (stopping !== null) {
    const signal: string = stopping;
    stopping = null;
    stop(signal);
  }
}

async function admin(command: string): Promise<void> {
  const handle = await openForAdmin(databaseConfig());
  try {
    const out = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    switch (command) {
      case 'issue-enrolment-code':
        out(
          await handle.admin.issueEnrolmentCode({
            centreCode: required('centre'),
            workstationCode: required('workstation'),
            ttlMs: Number(values['ttl-hours'] ?? 24) * 3_600_000,
          }),
        );
        return;
      case 'add-provider':
        await handle.admin.addProvider({
          bin: required('bin'),
          name: { kk: required('name-kk'), ru: required('name-ru') },
          kind: required('kind') as ProviderKind,
        });
        out({ added: required('bin') });
        return;
      case 'add-provider-user':
        out({
          userId: await handle.admin.addProviderUser({
            providerBin: required('provider'),
            login: required('login'),
            displayName: required('name'),
            password: required('password'),
          }),
        });
        return;
      case 'revoke-device':
        out({ revoked: await handle.admin.revokeDevice(required('device')) });
        return;
      case 'list-devices':
        out((await handle.admin.listDevices()).map(({ token_sha256: _token, ...device }) => device));
        return;
      case 'new-epoch':
        out({ serverEpoch: await handle.admin.newEpoch() });
        return;
      default:
        throw new Error(`Unknown command '${command}'`);
    }
  } finally {
    await handle.close();
  }
}

const command = positionals[0] ?? 'serve';
(command === 'serve' ? serve() : admin(command)).catch((error: unknown) => {
  process.stderr.write(`counter-desk-server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
