import { isAppUrl } from '../app-origin';

/** What the main process knows about who sent an IPC message, as plain data. */
export interface IpcSenderFacts {
  /** URL of event.senderFrame; null when the frame is gone (navigated away or destroyed). */
  readonly senderFrameUrl: string | null;
  /** senderFrame is its page's top frame (not an iframe). */
  readonly isMainFrame: boolean;
}

/** Only the application's own page, in its top frame, may call the host. */
export function isTrustedSender(sender: IpcSenderFacts): boolean {
  return sender.isMainFrame && sender.senderFrameUrl !== null && isAppUrl(sender.senderFrameUrl);
}
