/**
 * The renderer is served from a custom privileged scheme, never file://. Chromium gives a
 * standard scheme a real origin (app://desk); Node's URL reports "null" for non-special schemes,
 * so origins are computed here by hand rather than with `new URL(...).origin`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Host of the in-memory documents the hidden print window loads (separate session). */
export const DOCUMENT_HOST = 'print';
export const DOCUMENT_ORIGIN = `${APP_SCHEME}://${DOCUMENT_HOST}`;

/** scheme://host[:port] of an absolute URL, or null when it has none (or is not a URL). */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

export function isAppUrl(url: string): boolean {
  return originOf(url) === APP_ORIGIN;
}
