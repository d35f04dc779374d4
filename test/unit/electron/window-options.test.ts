import { describe, expect, it } from 'vitest';
import { secureWebPreferences, secureWindowOptions } from '../../../electron/main/security/window-options';

const mainSpec = {
  kind: 'main',
  preloadPath: '/app/dist/electron/preload/index.cjs',
  devTools: false,
} as const;
const documentSpec = { kind: 'document', partition: 'counter-desk-documents' } as const;

describe('secure window factory options', () => {
  it.each([mainSpec, documentSpec])('locks down every window ($kind)', (spec) => {
    expect(secureWebPreferences(spec)).toMatchObject({
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
    });
  });

  it('gives only the main window a preload, and DevTools only when asked', () => {
    expect(secureWebPreferences(mainSpec)).toMatchObject({ preload: mainSpec.preloadPath, devTools: false });
    expect(secureWebPreferences({ ...mainSpec, devTools: true }).devTools).toBe(true);
    expect(secureWebPreferences(documentSpec).preload).toBeUndefined();
  });

  it('renders documents without scripts or DevTools, in their own partition', () => {
    expect(secureWebPreferences(documentSpec)).toMatchObject({
      javascript: false,
      devTools: false,
      partition: 'counter-desk-documents',
    });
  });

  it('never shows a window before it is ready, and never shows the document window', () => {
    expect(secureWindowOptions(mainSpec).show).toBe(false);
    expect(secureWindowOptions(documentSpec)).toMatchObject({ show: false, skipTaskbar: true });
  });

  it('never enables Blink features or a weaker partition on request', () => {
    const preferences = secureWebPreferences(mainSpec);
    expect(preferences.enableBlinkFeatures).toBeUndefined();
    expect(preferences.partition).toBeUndefined();
  });
});
