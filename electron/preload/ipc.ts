import { ipcRenderer } from 'electron';
import { hostChannels, hostFail } from '../../shared/host/api';
import type { HostInvoke } from '../common/host-call';

/**
 * The renderer side of the typed IPC wrapper: the only place in the preload that touches
 * ipcRenderer. The main side always answers a HostResult; a rejected invoke (no handler, the
 * window closing) is turned into one too, so the renderer never sees a throw.
 */
export const invokeHost: HostInvoke = async (method, payload) => {
  try {
    return await ipcRenderer.invoke(hostChannels[method], payload);
  } catch (error) {
    return hostFail(
      'internal',
      `IPC ${method} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
};
