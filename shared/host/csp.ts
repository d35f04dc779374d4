/**
 * The renderer's Content-Security-Policy, one definition for every host: the Electron protocol
 * handler and the browser-mode static server. Nothing may load from outside the app itself,
 * except requests to the configured sync server.
 */
export interface ContentSecurityPolicyOptions {
  /**
   * Frames the page may show. The browser host prints through a same-origin/blob frame (the
   * default); the Electron shell prints in a hidden window of its own and allows no frame at all.
   */
  readonly frames?: 'print-frames' | 'none';
}

export function contentSecurityPolicy(
  syncServerOrigins: readonly string[],
  options: ContentSecurityPolicyOptions = {},
): string {
  const connect = ["'self'", ...syncServerOrigins].join(' ');
  const frames = options.frames === 'none' ? "'none'" : "'self' blob: data:";
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "font-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    `connect-src ${connect}`,
    `frame-src ${frames}`,
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
