import { describe, expect, it } from 'vitest';
import { isRequestAllowed, type RequestScope } from '../../../electron/main/security/request-filter';

const app: RequestScope = { kind: 'app', syncServerOrigin: 'http://127.0.0.1:8787', allowDevTools: false };

describe('session request filter', () => {
  it.each([
    'app://desk/index.html',
    'app://desk/assets/index-abc.js',
    'http://127.0.0.1:8787/sync/push',
    'data:image/png;base64,AAAA',
    'blob:app://desk/0b7e9c1e-4c1e-4b5e-9d5a-1f2e3d4c5b6a',
  ])('lets the application load %s', (url) => {
    expect(isRequestAllowed(url, app)).toBe(true);
  });

  it.each([
    'https://cdn.example/font.woff2',
    'http://127.0.0.1:8788/',
    'https://127.0.0.1:8787/',
    'file:///etc/passwd',
    'app://print/0b7e9c1e.html',
    'blob:https://evil.example/0b7e9c1e',
    'devtools://devtools/bundled/inspector.html',
    'ws://127.0.0.1:8787/',
  ])('cancels %s for the application', (url) => {
    expect(isRequestAllowed(url, app)).toBe(false);
  });

  it('allows DevTools only when they are enabled', () => {
    expect(
      isRequestAllowed('devtools://devtools/bundled/inspector.html', { ...app, allowDevTools: true }),
    ).toBe(true);
  });

  it('keeps the document window on its own in-memory documents', () => {
    const documents: RequestScope = { kind: 'document' };
    expect(isRequestAllowed('app://print/0b7e9c1e-aaaa.html', documents)).toBe(true);
    expect(isRequestAllowed('data:font/woff2;base64,AAAA', documents)).toBe(true);
    expect(isRequestAllowed('app://desk/index.html', documents)).toBe(false);
    expect(isRequestAllowed('http://127.0.0.1:8787/', documents)).toBe(false);
  });
});
