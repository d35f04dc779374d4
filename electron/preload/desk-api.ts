import type { HostApi } from '../../shared/host';
import type { HostInvoke } from '../common/host-call';

/**
 * The object the preload exposes as `window.desk`: one method per contract method, each a plain
 * call through `invoke`. Pure, so its surface can be checked against the contract in Node.
 */
export function createDeskApi(invoke: HostInvoke): HostApi {
  const api = {
    getAppInfo: () => invoke('getAppInfo', undefined),
    listPrinters: () => invoke('listPrinters', undefined),
    printDocument: (request) => invoke('printDocument', request),
    savePdf: (request) => invoke('savePdf', request),
    appendJournal: (entry) => invoke('appendJournal', entry),
    protectSecret: (plain) => invoke('protectSecret', plain),
    unprotectSecret: (protectedBase64) => invoke('unprotectSecret', protectedBase64),
    openExternal: (link) => invoke('openExternal', link),
  } satisfies HostApi;
  return Object.freeze(api);
}
