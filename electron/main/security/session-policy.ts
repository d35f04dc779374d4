import type { Session } from 'electron';
import { isRequestAllowed, type RequestScope } from './request-filter';
import { shouldGrantPermissionCheck, shouldGrantPermissionRequest } from './permission-policy';

/**
 * Applies the permission allow-list, the request filter and the no-download rule to a session.
 * The document (print) session grants nothing at all.
 */
export function applySessionPolicy(session: Session, scope: RequestScope): void {
  const grants = scope.kind === 'app';

  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted =
      grants &&
      shouldGrantPermissionRequest({
        permission,
        requestingUrl: details.requestingUrl,
        isMainFrame: details.isMainFrame,
        mediaTypes: 'mediaTypes' in details ? details.mediaTypes : undefined,
      });
    if (!granted)
      console.warn(`[security] denied permission request ${permission} from ${details.requestingUrl}`);
    callback(granted);
  });
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin, details) =>
      grants &&
      shouldGrantPermissionCheck({
        permission,
        requestingOrigin,
        isMainFrame: details.isMainFrame,
        mediaType: details.mediaType,
      }),
  );
  // HID, serial, USB: never.
  session.setDevicePermissionHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url, scope);
    if (!allowed) console.warn(`[security] cancelled request to ${details.url}`);
    callback({ cancel: !allowed });
  });

  // Nothing in the app downloads files; saving PDFs goes through the host, not the browser.
  session.on('will-download', (event) => event.preventDefault());
  session.setSpellCheckerEnabled(false);
}
