import { isAppUrl, originOf, APP_ORIGIN } from '../app-origin';

/**
 * Permissions the application may hold. Everything else (notifications, geolocation, clipboard
 * read, HID/USB/serial, screen capture, MIDI, …) is denied.
 *
 * - 'media', video only: the document camera that photographs applicants' papers at the counter
 *   (getUserMedia({video})). No microphone: nothing in the job records sound.
 *
 * Typing is done in the app, copying uses the user's own Ctrl+C, files come from <input type=file>
 * (which needs no permission), so none of those need a grant.
 */
export const grantablePermissions = ['media'] as const;

export interface PermissionRequestFacts {
  readonly permission: string;
  readonly requestingUrl: string;
  readonly isMainFrame: boolean;
  /** For 'media': the kinds of device asked for; absent for other permissions. */
  readonly mediaTypes?: readonly string[] | undefined;
}

export interface PermissionCheckFacts {
  readonly permission: string;
  readonly requestingOrigin: string;
  readonly isMainFrame: boolean;
  readonly mediaType?: string | undefined;
}

/** setPermissionRequestHandler: a page asks for a permission (e.g. getUserMedia). */
export function shouldGrantPermissionRequest(facts: PermissionRequestFacts): boolean {
  if (!facts.isMainFrame || !isAppUrl(facts.requestingUrl)) return false;
  if (facts.permission !== 'media') return false;
  const kinds = facts.mediaTypes ?? [];
  return kinds.length > 0 && kinds.every((kind) => kind === 'video');
}

/** setPermissionCheckHandler: a page asks whether it holds a permission (e.g. enumerateDevices). */
export function shouldGrantPermissionCheck(facts: PermissionCheckFacts): boolean {
  if (!facts.isMainFrame || originOf(facts.requestingOrigin) !== APP_ORIGIN) return false;
  return facts.permission === 'media' && facts.mediaType === 'video';
}
