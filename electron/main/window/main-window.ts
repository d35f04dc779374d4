import type { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from '../app-origin';
import { createSecureWindow } from './secure-window';

export interface MainWindowNeeds {
  readonly preloadPath: string;
  readonly devTools: boolean;
}

/** The clerk's window: the renderer from app://desk with the one preload that exposes window.desk. */
export function openMainWindow({ preloadPath, devTools }: MainWindowNeeds): BrowserWindow {
  const window = createSecureWindow({ kind: 'main', preloadPath, devTools });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[main window] the application page did not load', error);
  });
  return window;
}

/** A second launch brings the existing window forward instead of opening another desk. */
export function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
