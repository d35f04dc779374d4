import type { HostApi } from '../../shared/host';
import { browserHost } from './browser';
import { installedDesk } from './window-desk';

export { hostErrorText } from './host-error-text';

let browserFallback: HostApi | undefined;

/** The host the renderer runs in: Electron's preload bridge when present, otherwise the browser. */
export function getHost(): HostApi {
  return installedDesk() ?? (browserFallback ??= browserHost());
}
