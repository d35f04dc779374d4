import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol, type Session } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from '../app-origin';
import { resolveAppPath } from './resolve-app-path';
import { appResponseHeaders } from './response-headers';

/**
 * Must run before 'ready'. standard: real origin (IndexedDB, relative URLs); secure: a secure
 * context like https; supportFetchAPI: fetch() of own assets. No bypassCSP, no service workers.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves app://desk/* from the renderer build in `rootDir`, with the CSP as a response header. */
export function serveRendererBuild(session: Session, rootDir: string, contentSecurityPolicy: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: appResponseHeaders(null, contentSecurityPolicy) });
    }
    const resolved = resolveAppPath(request.url, { rootDir, origin: APP_ORIGIN, path });
    if (resolved.kind === 'refused') {
      console.warn(`[app protocol] ${resolved.status} ${resolved.reason}: ${request.url}`);
      return new Response(null, {
        status: resolved.status,
        headers: appResponseHeaders(null, contentSecurityPolicy),
      });
    }
    try {
      const body = await readFile(resolved.filePath);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: appResponseHeaders(resolved.filePath, contentSecurityPolicy),
      });
    } catch (error) {
      const missing = isMissingFile(error);
      if (!missing) console.error(`[app protocol] cannot read ${resolved.filePath}`, error);
      return new Response(null, {
        status: missing ? 404 : 500,
        headers: appResponseHeaders(null, contentSecurityPolicy),
      });
    }
  });
}

function isMissingFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}
