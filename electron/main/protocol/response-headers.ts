import { contentTypeFor } from './content-types';

/** Headers on every response of the app protocol; the CSP rides on each, the HTML's being the one that counts. */
export function appResponseHeaders(
  filePath: string | null,
  contentSecurityPolicy: string,
): Record<string, string> {
  return {
    ...(filePath === null ? {} : { 'Content-Type': contentTypeFor(filePath) }),
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}
