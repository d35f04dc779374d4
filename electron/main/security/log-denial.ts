import type { DeniedAction } from './harden-web-contents';

/** Denials are expected to be rare; each one is worth a line in the log when support looks into it. */
export function logDeniedAction(action: DeniedAction, url: string): void {
  console.warn(`[security] denied ${action}${url === '' ? '' : `: ${url}`}`);
}
