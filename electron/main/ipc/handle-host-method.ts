import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { hostChannels, hostMethods, type HostMethod } from '../../../shared/host';
import { answerHostCall, type HostMethodImpl } from './answer-host-call';

/**
 * The main side of the typed IPC wrapper: the only place in the main process that touches ipcMain.
 * Registers `impl` for the contract channel of `method`.
 */
export function handleHostMethod<M extends HostMethod>(method: M, impl: HostMethodImpl<M>): void {
  ipcMain.handle(hostChannels[method], (event: IpcMainInvokeEvent, payload: unknown) =>
    answerHostCall(method, impl, { ...describeSender(event), payload }),
  );
}

function describeSender(event: IpcMainInvokeEvent): { senderFrameUrl: string | null; isMainFrame: boolean } {
  const frame = event.senderFrame;
  if (frame === null || frame.isDestroyed()) return { senderFrameUrl: null, isMainFrame: false };
  return { senderFrameUrl: frame.url, isMainFrame: frame.parent === null };
}

/** Every method of the contract, implemented: a missing one is a compile error at the call site. */
export type HostImplementation = { readonly [M in HostMethod]: HostMethodImpl<M> };

export function handleHostApi(implementation: HostImplementation): void {
  for (const method of hostMethods) {
    registerOne(method, implementation);
  }
}

function registerOne<M extends HostMethod>(method: M, implementation: HostImplementation): void {
  handleHostMethod(method, implementation[method]);
}
