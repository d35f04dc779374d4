import { contentSecurityPolicy } from '../../../shared/host/csp';

/**
 * Content-Security-Policy values, sent as response headers by the protocol handlers (a header
 * cannot be removed or weakened by markup, unlike a <meta> tag).
 */

/**
 * The application: the policy shared with browser mode (shared/host/csp.ts), minus frames — in
 * Electron documents print in a hidden window, never in a frame of the app.
 */
export function appContentSecurityPolicy(syncServerOrigin: string): string {
  return contentSecurityPolicy([syncServerOrigin], { frames: 'none' });
}

/**
 * A printable document (receipt, act): self-contained HTML with its own <style>, images and fonts
 * inlined as data: URLs. Scripts are off in the print window anyway; the policy says so too.
 */
export const DOCUMENT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
