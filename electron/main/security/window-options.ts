import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** What differs between the windows the app opens; everything else is fixed by the factory. */
export type SecureWindowSpec =
  | {
      readonly kind: 'main';
      /** Absolute path of the bundled preload (the only one with a bridge). */
      readonly preloadPath: string;
      /** DevTools only in unpackaged builds. */
      readonly devTools: boolean;
    }
  | {
      /** Hidden window that renders one document for printing or PDF; no preload, no scripts. */
      readonly kind: 'document';
      /** In-memory partition that holds nothing of the application's data. */
      readonly partition: string;
    };

/** The hardening every window shares. Callers cannot weaken it: the factory builds it, not them. */
const lockedDownPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
  enableWebSQL: false,
  autoplayPolicy: 'user-gesture-required',
} as const satisfies WebPreferences;

export function secureWebPreferences(spec: SecureWindowSpec): WebPreferences {
  switch (spec.kind) {
    case 'main':
      return {
        ...lockedDownPreferences,
        preload: spec.preloadPath,
        devTools: spec.devTools,
        javascript: true,
      };
    case 'document':
      return { ...lockedDownPreferences, partition: spec.partition, devTools: false, javascript: false };
    default:
      return assertNever(spec);
  }
}

export function secureWindowOptions(spec: SecureWindowSpec): BrowserWindowConstructorOptions {
  const webPreferences = secureWebPreferences(spec);
  switch (spec.kind) {
    case 'main':
      // Shown on 'ready-to-show' so the clerk never sees an empty frame.
      return { width: 1280, height: 800, minWidth: 1024, minHeight: 640, show: false, webPreferences };
    case 'document':
      return { show: false, skipTaskbar: true, focusable: false, webPreferences };
    default:
      return assertNever(spec);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected window spec: ${JSON.stringify(value)}`);
}
