import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Starts a throw-away PostgreSQL on loopback for the server's tests: initdb into a temporary folder, pg_ctl
 * start on a free port, torn down at the end. Test files each create their own database in it
 * (helpers/databases.ts). Missing binaries fail loudly in CI; elsewhere the PostgreSQL half of the
 * suite is skipped with a message.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    serverPostgresUrl: string | null;
    /** Where this run's SQLite files go (removed at the end). */
    serverTestDir: string;
  }
}

function findPgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = join(root, version, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** initdb refuses to run as root: run the server binaries as the 'postgres' user then. */
function asPostgresUser(command: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command, args];
  return ['runuser', ['-u', 'postgres', '--', command, ...args]];
}

function run(bin: string, command: string, args: string[], cwd: string): void {
  const [file, argv] = asPostgresUser(join(bin, command), args);
  // cwd: the cluster's own folder — the 'postgres' user may not enter the checkout's (mktemp -d is 0700).
  const result = spawnSync(file, argv, { encoding: 'utf8', cwd });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
}

export interface PostgresCluster {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  readonly url: string;
  stop(): void;
}

/**
 * initdb into a fresh folder of the system's temporary directory (when run as root the cluster
 * belongs to the 'postgres' user, who may not be able to reach the checkout), start on a free
 * loopback port; null when PostgreSQL is not installed.
 */
export async function startPostgresCluster(name = 'server-pg'): Promise<PostgresCluster | null> {
  const bin = findPgBin();
  if (bin === null) return null;
  const dir = mkdtempSync(join(tmpdir(), `counter-desk-${name}-`));
  mkdirSync(join(dir, 'data'), { recursive: true });
  mkdirSync(join(dir, 'socket'), { recursive: true });
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    for (const path of [dir, join(dir, 'data'), join(dir, 'socket')]) chownSync(path, uid, gid);
    chmodSync(join(dir, 'data'), 0o700);
  }
  const port = await freePort();
  run(
    bin,
    'initdb',
    ['-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale'],
    dir,
  );
  run(
    bin,
    'pg_ctl',
    [
      'start',
      '-w',
      '-D',
      join(dir, 'data'),
      '-l',
      join(dir, 'server.log'),
      '-o',
      `-p ${port} -k ${join(dir, 'socket')} -h 127.0.0.1 -c max_connections=200`,
    ],
    dir,
  );
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      run(bin, 'pg_ctl', ['stop', '-m', 'fast', '-D', join(dir, 'data')], dir);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => void> {
  const testDir = resolve('.cache', `server-tests-${process.pid}`);
  mkdirSync(testDir, { recursive: true });
  project.provide('serverTestDir', testDir);
  const removeTestDir = () => rmSync(testDir, { recursive: true, force: true });
  const cluster = await startPostgresCluster();
  if (cluster === null) {
    if (process.env['CI'] === 'true') {
      throw new Error(
        'PostgreSQL is not installed (/usr/lib/postgresql/*/bin): scripts/install-system-packages.sh installs it.',
      );
    }
    process.stderr.write(
      '[server tests] PostgreSQL not found: the PostgreSQL half of the server suite is skipped.\n',
    );
    project.provide('serverPostgresUrl', null);
    return removeTestDir;
  }
  project.provide('serverPostgresUrl', cluster.url);
  return () => {
    cluster.stop();
    removeTestDir();
  };
}
