import type { AddressInfo } from 'node:net';
import { adminApi, type AdminApi } from './admin/api';
import { migrate } from './db/migrate';
import { openDatabase, type DatabaseConfig, type ServerDatabase } from './db/open';
import { buildApp } from './http/app';
import { defaultCorsOrigins } from './http/cors';
import { ensureEpoch } from './store/meta';
import { serverVersion } from './version';

export interface StartOptions {
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly database: DatabaseConfig;
  /** pino level: 'silent', 'error', 'info'… */
  readonly logLevel?: string;
  readonly corsOrigins?: readonly string[];
  readonly now?: () => Date;
}

export interface RunningServer {
  readonly url: string;
  readonly database: ServerDatabase;
  readonly admin: AdminApi;
  /** Stops accepting, finishes the requests in flight, closes the database (and frees its lock). */
  close(): Promise<void>;
}

/** Opens (and migrates) the database, then listens. Throws with a clear message when it cannot. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const now = options.now ?? (() => new Date());
  const database = openDatabase(options.database);
  try {
    await migrate(database);
    await ensureEpoch(database, now());
    await database.openConnections();
    const app = buildApp(
      { database, now, version: serverVersion },
      { logLevel: options.logLevel ?? 'info', corsOrigins: options.corsOrigins ?? defaultCorsOrigins },
    );
    await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 8787 });
    const address = app.server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    let closing: Promise<void> | null = null;
    return {
      url: `http://${host}:${address.port}`,
      database,
      admin: adminApi(database, now),
      close: () => {
        closing ??= app.close().then(() => database.close());
        return closing;
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Opens (and migrates) the database without listening: for the admin commands. */
export async function openForAdmin(config: DatabaseConfig, now: () => Date = () => new Date()) {
  const database = openDatabase(config, { lock: false });
  try {
    await migrate(database);
    await ensureEpoch(database, now());
  } catch (error) {
    await database.close();
    throw error;
  }
  return { database, admin: adminApi(database, now), close: () => database.close() };
}
