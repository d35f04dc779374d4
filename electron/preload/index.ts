import { contextBridge } from 'electron';
import { createDeskApi } from './desk-api';
import { invokeHost } from './ipc';

// Sandboxed preload: only `electron` can be required, so this file is bundled to one CJS file.
// Exactly one object crosses the bridge; ipcRenderer itself never does.
contextBridge.exposeInMainWorld('desk', createDeskApi(invokeHost));
