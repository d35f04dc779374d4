#!/usr/bin/env node
// Browser mode: serves the built renderer (dist/renderer) on loopback with the same CSP the
// Electron shell sends, so the renderer runs unchanged in any Chromium.
// Usage: node scripts/serve-renderer.mjs [--port 4173]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentSecurityPolicy, defaultSyncServerOrigin } from '../shared/host/csp.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' } } });
// CD_RENDERER_DIST lets parallel work (benchmarks, e2e runs) serve its own build.
const root = process.env.CD_RENDERER_DIST
  ? path.resolve(process.env.CD_RENDERER_DIST)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'renderer');
const syncOrigin = process.env.COUNTER_DESK_SERVER_URL
  ? new URL(process.env.COUNTER_DESK_SERVER_URL).origin
  : defaultSyncServerOrigin;
const csp = contentSecurityPolicy([syncOrigin]);
// What the renderer cannot know in a browser: the sync server it may reach (renderer/host/browser reads it).
const deskConfig = JSON.stringify({
  syncServerUrl: process.env.COUNTER_DESK_SERVER_URL
    ? new URL(process.env.COUNTER_DESK_SERVER_URL).href
    : new URL('/', defaultSyncServerOrigin).href,
});

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`No renderer build in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

/** Maps a URL path to a file inside root, or undefined for anything that tries to leave it. */
function resolveInsideRoot(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : undefined;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = resolveInsideRoot(url.pathname);
  const headers = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, headers).end();
    return;
  }
  if (url.pathname === '/desk-config.json') {
    response.writeHead(200, { ...headers, 'Content-Type': types['.json'], 'Cache-Control': 'no-cache' });
    response.end(request.method === 'HEAD' ? undefined : deskConfig);
    return;
  }
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const type = types[path.extname(file)] ?? 'application/octet-stream';
  const cache = file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable';
  response.writeHead(200, { ...headers, 'Content-Type': type, 'Cache-Control': cache });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Counter Desk (browser mode): http://127.0.0.1:${values.port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
