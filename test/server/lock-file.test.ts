import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DataFileLockedError } from '../../server/db/lock-file';
import { startServer } from '../../server/start';
import { tempDir } from './helpers/databases';

const start = (file: string) =>
  startServer({ port: 0, logLevel: 'silent', database: { kind: 'sqlite', file } });

describe('the embedded SQLite file', () => {
  it('is opened durable: WAL, synchronous=FULL, foreign keys on', async () => {
    const server = await start(join(tempDir('pragmas'), 'server.sqlite'));
    try {
      const pragma = async (name: string) =>
        Object.values(
          (await sql.raw(`pragma ${name}`).execute(server.database.db)).rows[0] as object,
        )[0] as unknown;
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(2);
      expect(await pragma('foreign_keys')).toBe(1);
    } finally {
      await server.close();
    }
  });
});

describe('the SQLite data file lock', () => {
  it('refuses a second server on the same file, and frees the file when the first closes', async () => {
    const file = join(tempDir('lock'), 'server.sqlite');
    const first = await start(file);
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    await expect(start(file)).rejects.toThrow(DataFileLockedError);
    await expect(start(file)).rejects.toThrow(/in use by another Counter Desk server \(pid \d+/);
    await first.close();
    expect(existsSync(`${file}.lock`)).toBe(false);
    const second = await start(file);
    await second.close();
  });

  it('refuses a lock held by another live process, and takes over one whose process is gone', async () => {
    const file = join(tempDir('lock'), 'server.sqlite');
    const sleeper = spawn('sleep', ['30']);
    try {
      writeFileSync(
        `${file}.lock`,
        JSON.stringify({ pid: sleeper.pid, host: (await import('node:os')).hostname() }),
      );
      await expect(start(file)).rejects.toThrow(DataFileLockedError);
    } finally {
      sleeper.kill('SIGKILL');
      await new Promise((resolve) => sleeper.once('exit', resolve));
    }
    // Now the owner is gone: the lock is stale.
    const server = await start(file);
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    await server.close();
  });
});
