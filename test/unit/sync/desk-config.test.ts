import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostOk } from '../../../shared/host';
import {
  createBrowserHost,
  type BrowserEnvironment,
} from '../../../renderer/host/browser/create-browser-host';

function environment(loadSyncServerUrl?: BrowserEnvironment['loadSyncServerUrl']): BrowserEnvironment {
  return {
    appName: 'Counter Desk',
    version: '1.0.0',
    platform: 'Linux',
    syncServerUrl: 'http://127.0.0.1:8787/',
    printHtml: async () => hostOk(null),
    openUrl: () => undefined,
    ...(loadSyncServerUrl === undefined ? {} : { loadSyncServerUrl }),
  };
}

const syncServerUrlOf = async (env: BrowserEnvironment) => {
  const info = await createBrowserHost(env).getAppInfo();
  return info.ok ? info.value.syncServerUrl : null;
};

describe('browser mode learns the configured sync server', () => {
  it('getAppInfo answers the configured address, and the default when there is none or it is unusable', async () => {
    expect(await syncServerUrlOf(environment(async () => 'https://sync.example.kz/'))).toBe(
      'https://sync.example.kz/',
    );
    expect(await syncServerUrlOf(environment(async () => null))).toBe('http://127.0.0.1:8787/');
    expect(await syncServerUrlOf(environment(async () => 'javascript:alert(1)'))).toBe(
      'http://127.0.0.1:8787/',
    );
    expect(
      await syncServerUrlOf(
        environment(async () => {
          throw new TypeError('offline');
        }),
      ),
    ).toBe('http://127.0.0.1:8787/');
    expect(await syncServerUrlOf(environment())).toBe('http://127.0.0.1:8787/');
  });

  it('serve-renderer serves /desk-config.json from COUNTER_DESK_SERVER_URL, and its CSP lets the desk reach it', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'desk-config-'));
    mkdirSync(dist, { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>desk</title>');
    const port = await freePort();
    const script = path.resolve('scripts/serve-renderer.mjs');
    expect(existsSync(script)).toBe(true);
    const child = spawn(process.execPath, [script, '--port', String(port)], {
      env: { ...process.env, CD_RENDERER_DIST: dist, COUNTER_DESK_SERVER_URL: 'http://127.0.0.1:9911' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        child.once('exit', (code) => reject(new Error(`serve-renderer exited with ${code}`)));
        child.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('http://')) resolve();
        });
      });
      const response = await fetch(`http://127.0.0.1:${port}/desk-config.json`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ syncServerUrl: 'http://127.0.0.1:9911/' });
      expect(response.headers.get('content-security-policy')).toContain(
        "connect-src 'self' http://127.0.0.1:9911",
      );
    } finally {
      child.kill('SIGTERM');
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
