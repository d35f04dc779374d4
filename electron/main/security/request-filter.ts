import { APP_ORIGIN, DOCUMENT_ORIGIN, originOf } from '../app-origin';

/**
 * Second line behind the CSP: the session cancels any request that leaves the app's own origin
 * and the sync server. (The CSP governs documents; this also covers what no document asked for.)
 */
export type RequestScope =
  | { readonly kind: 'app'; readonly syncServerOrigin: string; readonly allowDevTools: boolean }
  | { readonly kind: 'document' };

export function isRequestAllowed(url: string, scope: RequestScope): boolean {
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  if (scheme === 'data:') return true;
  if (scope.kind === 'document') return originOf(url) === DOCUMENT_ORIGIN;
  if (scheme === 'blob:') return originOf(url.slice('blob:'.length)) === APP_ORIGIN;
  if (scheme === 'devtools:') return scope.allowDevTools;
  const origin = originOf(url);
  return origin === APP_ORIGIN || origin === scope.syncServerOrigin;
}
