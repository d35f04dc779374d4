// Small helpers shared by the benchmarks: statistics and a browser-mode server on a free port.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export const round = (value, digits = 1) => Number(value.toFixed(digits));

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Where the benchmarks build their own renderer copy (never dist/renderer, which others may be using). */
export function benchDist(root) {
  return process.env.CD_BENCH_DIST
    ? path.resolve(root, process.env.CD_BENCH_DIST)
    : path.join(root, '.cache', 'dist-bench');
}

/**
 * Builds the renderer into `dist` (the app exactly as `npm run build:renderer` builds it, only in
 * another folder) and the bench harness (test/bench/harness) into `dist`/bench-harness, so the
 * harness is served from the app's origin and can open the app's IndexedDB database.
 */
export async function buildBenchDist(root, dist = benchDist(root)) {
  const { build } = await import('vite');
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: dist, emptyOutDir: true },
  });
  await build({
    configFile: false,
    root: path.join(root, 'test', 'bench', 'harness'),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: path.join(dist, 'bench-harness'),
      emptyOutDir: true,
      target: 'chrome130',
      assetsInlineLimit: 0,
    },
  });
  return dist;
}

/** Whether `dist` holds both the renderer and the bench harness. */
export function hasBenchDist(dist) {
  return (
    existsSync(path.join(dist, 'index.html')) && existsSync(path.join(dist, 'bench-harness', 'index.html'))
  );
}

/**
 * Starts scripts/serve-renderer.mjs; resolves with its URL and a stop function. `dist` defaults to
 * dist/renderer; `port` to a free one (IndexedDB is per origin: a benchmark that reuses a stored
 * profile needs the same port every time).
 */
export async function startRendererServer(root, { dist, port: fixedPort } = {}) {
  const port = fixedPort ?? (await freePort());
  const child = spawn(
    process.execPath,
    [path.join(root, 'scripts', 'serve-renderer.mjs'), '--port', String(port)],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: dist === undefined ? process.env : { ...process.env, CD_RENDERER_DIST: dist },
    },
  );
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`renderer server exited with ${code}`)));
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('http://')) resolve();
    });
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

export const chromiumLaunchOptions = {
  executablePath: process.env.CD_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

/** The port the seeded-profile benchmarks serve on: IndexedDB belongs to the origin, port included. */
export const seededProfilePort = Number(process.env.CD_BENCH_SEED_PORT ?? 47311);

/** Opens the bench harness (served from the app's origin) in `page` and waits until it is ready. */
export async function openHarness(page, url) {
  await page.goto(new URL('bench-harness/index.html', url).href);
  await page.waitForFunction(() => document.body.dataset.ready === 'true' && window.cdBench !== undefined);
}

/**
 * A Chromium profile (user data dir under .cache) whose app database holds `count` applications,
 * seeded by the harness (see test/bench/harness/bench-harness.ts for how) and reused by later runs:
 * a marker file beside it records what was seeded. Set CD_BENCH_RESEED=1 to seed again.
 */
export async function ensureSeededProfile({ root, dist, count }) {
  const { chromium } = await import('@playwright/test');
  const dir = path.join(root, '.cache', `bench-profile-${count}`);
  const markerFile = `${dir}.json`;
  if (process.env.CD_BENCH_RESEED !== '1' && existsSync(markerFile) && existsSync(dir)) {
    const marker = JSON.parse(readFileSync(markerFile, 'utf8'));
    if (marker.count === count && marker.port === seededProfilePort) return { dir, reused: true, marker };
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(markerFile, { force: true });
  const server = await startRendererServer(root, { dist, port: seededProfilePort });
  const context = await chromium.launchPersistentContext(dir, chromiumLaunchOptions);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await openHarness(page, server.url);
    console.error(
      `[bench] seeding ${count} applications into ${path.relative(root, dir)} (once; reused later)`,
    );
    const report = await page.evaluate((n) => window.cdBench.seed({ count: n }), count);
    const marker = { count, port: seededProfilePort, seededAt: new Date().toISOString(), ...report };
    writeFileSync(markerFile, JSON.stringify(marker, null, 2));
    return { dir, reused: false, marker };
  } finally {
    await context.close();
    await server.stop();
  }
}
