import type { HostApi } from '../../shared/host';

declare global {
  interface Window {
    /** Exposed by the Electron preload through contextBridge; absent in plain Chromium. */
    readonly desk?: HostApi;
  }
}

/** The Electron host, when the renderer runs inside Electron. The one reader of window.desk. */
export function installedDesk(): HostApi | undefined {
  return typeof window === 'undefined' ? undefined : window.desk;
}
