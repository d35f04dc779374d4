import type { HostApi } from '../../../shared/host';
import { defaultSyncServerOrigin } from '../../../shared/host/csp';
import { productName, version } from '../../../package.json';
import { createBrowserHost } from './create-browser-host';
import { printInHiddenFrame } from './print-frame';

/** Chromium's User-Agent Client Hints; not yet in TypeScript's DOM library. */
interface NavigatorWithClientHints {
  readonly userAgentData?: { readonly platform: string };
}

/** The browser host wired to the real window and document. */
export function browserHost(): HostApi {
  const clientHints = (navigator as NavigatorWithClientHints).userAgentData;
  return createBrowserHost({
    appName: productName,
    version,
    platform: clientHints?.platform || 'unknown',
    // The origin the browser-mode server's CSP allows by default (scripts/serve-renderer.mjs).
    syncServerUrl: new URL('/', defaultSyncServerOrigin).href,
    // scripts/serve-renderer.mjs says which server COUNTER_DESK_SERVER_URL configured.
    loadSyncServerUrl: async () => {
      const response = await fetch('/desk-config.json', { cache: 'no-cache' });
      if (!response.ok) return null;
      const config = (await response.json()) as { readonly syncServerUrl?: unknown };
      return typeof config.syncServerUrl === 'string' ? config.syncServerUrl : null;
    },
    printHtml: (html, pageSize) => printInHiddenFrame(document, html, pageSize),
    // noopener: the opened page gets no handle on the desk's window.
    openUrl: (url) => void window.open(url, '_blank', 'noopener,noreferrer'),
  });
}
