import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../electron/main/protocol/resolve-app-path';
import { contentTypeFor } from '../../../electron/main/protocol/content-types';

const posixRoot = {
  rootDir: '/opt/counter-desk/resources/app.asar/dist/renderer',
  origin: 'app://desk',
  path: path.posix,
};
const windowsRoot = {
  rootDir: 'C:\\Program Files\\Counter Desk\\resources\\app.asar\\dist\\renderer',
  origin: 'app://desk',
  path: path.win32,
};

describe('app:// path resolution', () => {
  it.each([
    ['app://desk/index.html', 'index.html'],
    ['app://desk/assets/index-DpKNsgL7.js', 'assets/index-DpKNsgL7.js'],
    ['app://desk/assets/noto%20sans.woff2', 'assets/noto sans.woff2'],
    ['app://desk/assets/app.css?v=3#x', 'assets/app.css'],
  ])('serves %s from inside the renderer build', (url, relative) => {
    expect(resolveAppPath(url, posixRoot)).toEqual({
      kind: 'file',
      filePath: path.posix.join(posixRoot.rootDir, relative),
    });
  });

  it.each(['app://desk/', 'app://desk/intake/new', 'app://desk/shelf/', 'app://desk/?lang=kk'])(
    'answers the client-side route %s with index.html',
    (url) => {
      expect(resolveAppPath(url, posixRoot)).toEqual({
        kind: 'file',
        filePath: path.posix.join(posixRoot.rootDir, 'index.html'),
      });
    },
  );

  it.each([
    ['a dot-dot segment', 'app://desk/../../etc/passwd'],
    ['a dot-dot segment inside', 'app://desk/assets/../../../etc/passwd'],
    ['an encoded dot-dot', 'app://desk/%2e%2e/%2e%2e/etc/passwd'],
    ['a mixed-case encoded dot-dot', 'app://desk/assets/%2E%2e/secret.txt'],
    ['a half-encoded dot-dot', 'app://desk/.%2e/secret.txt'],
    ['an encoded slash', 'app://desk/..%2f..%2fetc%2fpasswd'],
    ['an encoded slash in a name', 'app://desk/assets%2Findex.js'],
    ['a backslash', 'app://desk/..\\..\\windows\\win.ini'],
    ['an encoded backslash', 'app://desk/..%5c..%5cwin.ini'],
    ['an absolute path', 'app://desk//etc/passwd'],
    ['a drive letter', 'app://desk/C:/Windows/win.ini'],
    ['an encoded drive letter', 'app://desk/C%3A%5CWindows%5Cwin.ini'],
    ['a NUL byte', 'app://desk/index.html%00.png'],
    ['a single dot segment', 'app://desk/./index.html'],
    ['a trailing dot (Windows alias)', 'app://desk/index.html.'],
  ])('refuses %s', (_label, url) => {
    const resolved = resolveAppPath(url, posixRoot);
    expect(resolved.kind).toBe('refused');
    const onWindows = resolveAppPath(url, windowsRoot);
    expect(onWindows.kind).toBe('refused');
  });

  it('refuses malformed percent-encoding with 400 and traversal with 403', () => {
    expect(resolveAppPath('app://desk/%E0%A4%A', posixRoot)).toMatchObject({ kind: 'refused', status: 400 });
    expect(resolveAppPath('app://desk/%2e%2e/x.js', posixRoot)).toMatchObject({
      kind: 'refused',
      status: 403,
    });
  });

  it.each([
    'app://evil/index.html',
    'app://desk.evil/index.html',
    'app://user@desk/index.html',
    'file:///etc/passwd',
  ])('answers 404 for %s, which is not the application origin', (url) => {
    expect(resolveAppPath(url, posixRoot)).toMatchObject({ kind: 'refused', status: 404 });
  });

  it('resolves inside the root on Windows too', () => {
    expect(resolveAppPath('app://desk/assets/index.js', windowsRoot)).toEqual({
      kind: 'file',
      filePath: path.win32.join(windowsRoot.rootDir, 'assets', 'index.js'),
    });
  });
});

describe('content types', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index.CSS', 'text/css; charset=utf-8'],
    ['assets/noto.woff2', 'font/woff2'],
    ['assets/blob.bin', 'application/octet-stream'],
    ['LICENSE', 'application/octet-stream'],
  ])('%s is served as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});
