import { BrowserWindow } from 'electron';
import { hardenWebContents } from '../security/harden-web-contents';
import { secureWindowOptions, type SecureWindowSpec } from '../security/window-options';
import { logDeniedAction } from '../security/log-denial';

/** The one way the app creates a window: options from the pure policy, navigation locked at birth. */
export function createSecureWindow(spec: SecureWindowSpec): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(spec));
  hardenWebContents(window.webContents, logDeniedAction);
  return window;
}
