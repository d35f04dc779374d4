import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { DatabaseConfig } from '../../../server/db/open';

/** The real server as its own process (`node --import tsx server/main.ts`), to kill it for real. */
export interface ChildServer {
  readonly url: string;
  readonly process: ChildProcess;
  readonly exited: Promise<number | null>;
}

export async function spawnServer(database: DatabaseConfig): Promise<ChildServer> {
  const args = [
    '--disable-warning=ExperimentalWarning',
    '--import',
    'tsx',
    'server/main.ts',
    'serve',
    '--port',
    '0',
    '--log-level',
    'warn',
  ];
  if (database.kind === 'sqlite') args.push('--data', database.file);
  else args.push('--database-url', database.url);
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: '' },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const message = JSON.parse(line) as { msg?: string; url?: string };
        if (message.msg === 'listening' && message.url !== undefined) resolve(message.url);
      } catch {
        // Not a JSON line.
      }
    });
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening: ${stderr}`)));
  });
  return { url, process: child, exited };
}
