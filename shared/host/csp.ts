/**
 * The renderer's Content-Security-Policy, one definition for every host: the Electron protocol
 * handler and the browser-mode static server. Nothing may load from outside the app itself,
 * except requests to the configured sync server.
 */
export function contentSecurityPolicy(syncServerOrigins: readonly string[]): string {
  const connect = ["'self'", ...syncServerOrigins].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "font-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    `connect-src ${connect}`,
    "frame-src 'self' blob: data:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Where the desk finds its sync server when nothing is configured. */
export const defaultSyncServerOrigin = 'http://127.0.0.1:8787';
