import path from 'node:path';
import { app, Menu, session, type BrowserWindow } from 'electron';
import { resolveDeskConfig, type DeskConfig } from './config';
import { createDeskHost } from './host/desk-host';
import { handleHostApi } from './ipc/handle-host-method';
import { registerAppSchemePrivileges, serveRendererBuild } from './protocol/app-protocol';
import { appContentSecurityPolicy } from './security/content-security-policy';
import { hardenWebContents } from './security/harden-web-contents';
import { logDeniedAction } from './security/log-denial';
import { applySessionPolicy } from './security/session-policy';
import { bringToFront, openMainWindow } from './window/main-window';

// Bundled to dist/electron/main/index.cjs; the preload and the renderer build sit beside it.
const PRELOAD_PATH = path.join(__dirname, '../preload/index.cjs');
const RENDERER_ROOT = path.join(__dirname, '../../renderer');

// Everything up to whenReady() must happen before 'ready'.
app.enableSandbox();
registerAppSchemePrivileges();

const { config, warnings } = resolveDeskConfig(process.env, path.isAbsolute);
for (const warning of warnings) console.warn(`[config] ${warning}`);
// Before the single-instance lock, which is held per userData folder.
if (config.userDataDir !== null) app.setPath('userData', config.userDataDir);

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // Another desk already runs on this data folder: it takes the focus (its 'second-instance').
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow !== null && !mainWindow.isDestroyed()) bringToFront(mainWindow);
  });
  // Every WebContents, whoever creates it, is navigation-locked.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, logDeniedAction));
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(() => start(config))
    .catch((error: unknown) => {
      console.error('[main] start-up failed', error);
      app.exit(1);
    });
}

function start(deskConfig: DeskConfig): void {
  const devTools = !app.isPackaged;

  const appSession = session.defaultSession;
  applySessionPolicy(appSession, {
    kind: 'app',
    syncServerOrigin: deskConfig.syncServerOrigin,
    allowDevTools: devTools,
  });
  serveRendererBuild(appSession, RENDERER_ROOT, appContentSecurityPolicy(deskConfig.syncServerOrigin));

  handleHostApi(
    createDeskHost({
      config: deskConfig,
      printerQueryContents: () =>
        mainWindow === null || mainWindow.isDestroyed() ? null : mainWindow.webContents,
    }),
  );

  // The default menu offers reload and DevTools; a packaged counter desk needs neither.
  if (app.isPackaged) Menu.setApplicationMenu(null);

  mainWindow = openMainWindow({ preloadPath: PRELOAD_PATH, devTools });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}
