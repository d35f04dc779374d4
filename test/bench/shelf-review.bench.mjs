// Issue #6 (item 5): the supervisor's review of a shelf with 20,000 items, and a stock-take of
// 2,000 scans, in Chromium against the built renderer (run.mjs builds it into .cache/dist-bench).
//
// The shelf is seeded once into a Chromium profile under .cache (reused; CD_BENCH_RESEED=1 seeds
// again) through the app's own code: see test/bench/harness/shelf-harness.ts (applications
// accepted by the bench harness, then provider events and 'placed-on-shelf' applied as pulled
// pages by the sync engine's applyPulledPage). This benchmark builds that harness page itself into
// <dist>/shelf-harness.
//
// Figures (ms; measured in the page with performance.now(), never asserted):
//   - firstRender: from the hash change to #/supervisor until the counts show 20,000 on the shelf
//     and the list's table is in the DOM (first visit after sign-in, then repeated visits);
//     target < 500; wholeShelfRead: until the whole shelf is read and the slot map shown;
//   - filterChange: from the radio's click to the list caption changing; target < 100;
//   - stockTake.ui: per scan through the screen, from the form's submit (Enter in the scan box) to
//     the outcome naming the scanned number; target p95 < 30;
//   - stockTake.repository: recordStockTakeScan alone, per scan, and finishStockTake once.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromiumLaunchOptions, median, percentile, round, startRendererServer } from './lib.mjs';
import { signInThroughScreen } from './search-100k.bench.mjs';

const items = Number(process.env.CD_BENCH_SHELF_ITEMS ?? 20_000);
const scans = Number(process.env.CD_BENCH_STOCKTAKE_SCANS ?? 2_000);
const renders = Number(process.env.CD_BENCH_SHELF_RENDERS ?? 10);
const filterRounds = Number(process.env.CD_BENCH_SHELF_FILTER_ROUNDS ?? 10);
const port = Number(process.env.CD_BENCH_SHELF_PORT ?? 47331);

const summary = (values) => ({
  n: values.length,
  p50: round(median(values), 2),
  p95: round(percentile(values, 95), 2),
  max: round(Math.max(...values), 2),
});

/** Builds test/bench/harness/shelf.html (and what it imports) into <dist>/shelf-harness. */
async function buildShelfHarness(root, dist) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: path.join(root, 'test', 'bench', 'harness'),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: path.join(dist, 'shelf-harness'),
      emptyOutDir: true,
      target: 'chrome130',
      assetsInlineLimit: 0,
      rollupOptions: { input: path.join(root, 'test', 'bench', 'harness', 'shelf.html') },
    },
  });
}

async function openShelfHarness(page, url) {
  // A fresh address each time: the reused profile must not answer with a cached, older harness page.
  await page.goto(new URL(`shelf-harness/shelf.html?at=${Date.now()}`, url).href);
  await page.waitForFunction(() => document.body.dataset.shelfReady === 'true' && window.cdShelfBench);
}

async function ensureShelfProfile(root, dist) {
  const dir = path.join(root, '.cache', `bench-profile-shelf-${items}`);
  const markerFile = `${dir}.json`;
  if (process.env.CD_BENCH_RESEED !== '1' && existsSync(markerFile) && existsSync(dir)) {
    const marker = JSON.parse(readFileSync(markerFile, 'utf8'));
    if (marker.items === items && marker.port === port) return { dir, reused: true, marker };
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(markerFile, { force: true });
  const server = await startRendererServer(root, { dist, port });
  const context = await chromium.launchPersistentContext(dir, chromiumLaunchOptions);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await openShelfHarness(page, server.url);
    console.error(
      `[bench] placing ${items} items on the shelf in ${path.relative(root, dir)} (once; reused later)`,
    );
    const report = await page.evaluate((n) => window.cdShelfBench.seedShelf({ count: n }), items);
    const marker = { items, port, seededAt: new Date().toISOString(), ...report };
    writeFileSync(markerFile, JSON.stringify(marker, null, 2));
    return { dir, reused: false, marker };
  } finally {
    await context.close();
    await server.stop();
  }
}

/**
 * From the hash change to #/supervisor: `first` — the counts show `expected` on the shelf and the
 * list's table is in the DOM (the overview, from the indexes); `whole` — the whole shelf is read
 * and the slot map is in the DOM (the filters work from then on). ms.
 */
async function timeFirstRender(app, expected) {
  await app.evaluate(() => {
    window.location.hash = '#/applications';
  });
  await app.getByTestId('applications-result').waitFor();
  return app.evaluate(
    (count) =>
      new Promise((resolve) => {
        const started = performance.now();
        let first;
        const check = () => {
          const figure = document.querySelector('[data-testid="count-onShelf"] dd');
          if (
            first === undefined &&
            figure?.textContent === String(count) &&
            document.querySelector('[data-testid="shelf-table"]')
          )
            first = performance.now() - started;
          if (first !== undefined && document.querySelector('[data-testid="slot-map"]')) {
            observer.disconnect();
            resolve({ first, whole: performance.now() - started });
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        window.location.hash = '#/supervisor';
      }),
    expected,
  );
}

/** ms from a click on the filter's radio to the list caption (or the empty note) changing. */
async function timeFilter(app, testId) {
  await app.evaluate((id) => {
    const list = document.querySelector('[data-testid="shelf-list"]');
    const before = list?.textContent;
    const state = { started: undefined, done: undefined };
    window.__cdFilter = state;
    document.querySelector(`[data-testid="${id}"]`)?.addEventListener(
      'click',
      () => {
        state.started = performance.now();
      },
      { capture: true, once: true },
    );
    const observer = new MutationObserver(() => {
      if (state.started !== undefined && list?.textContent !== before) {
        state.done = performance.now() - state.started;
        observer.disconnect();
      }
    });
    observer.observe(list, { childList: true, subtree: true, characterData: true });
  }, testId);
  await app.getByTestId(testId).click();
  await app.waitForFunction(() => window.__cdFilter?.done !== undefined);
  return app.evaluate(() => window.__cdFilter.done);
}

/** ms from the scan form's submit to the outcome naming `number`. */
async function timeScan(app, input, number) {
  await app.evaluate((expected) => {
    const state = { started: undefined, done: undefined };
    window.__cdScan = state;
    document.addEventListener(
      'submit',
      () => {
        state.started = performance.now();
      },
      { capture: true, once: true },
    );
    const outcome = document.querySelector('[data-testid="scan-outcome"]');
    const observer = new MutationObserver(() => {
      if (state.started !== undefined && outcome?.textContent?.includes(expected)) {
        state.done = performance.now() - state.started;
        observer.disconnect();
      }
    });
    observer.observe(outcome, { childList: true, subtree: true, characterData: true });
  }, number);
  await input.fill(number);
  await input.press('Enter');
  await app.waitForFunction(() => window.__cdScan?.done !== undefined);
  return app.evaluate(() => window.__cdScan.done);
}

export async function run({ root, dist }) {
  await buildShelfHarness(root, dist);
  const profile = await ensureShelfProfile(root, dist);
  const server = await startRendererServer(root, { dist, port });
  const context = await chromium.launchPersistentContext(profile.dir, chromiumLaunchOptions);
  try {
    const harness = context.pages()[0] ?? (await context.newPage());
    await openShelfHarness(harness, server.url);
    const onShelf = await harness.evaluate(() => window.cdShelfBench.onShelfCount());
    const numbers = await harness.evaluate((n) => window.cdShelfBench.shelfReceiptNumbers(n), scans * 2);
    const uiNumbers = numbers.filter((_, index) => index % 2 === 0).slice(0, scans);
    const repoNumbers = numbers.filter((_, index) => index % 2 === 1).slice(0, scans);
    const repository = await harness.evaluate(
      (list) => window.cdShelfBench.repositoryScans(list),
      repoNumbers,
    );
    const credentials = await harness.evaluate(() => window.cdBench.benchDesk.supervisor);

    const app = await context.newPage();
    await app.goto(server.url);
    await signInThroughScreen(app, credentials);
    const firstRenders = [];
    for (let i = 0; i < renders; i += 1) firstRenders.push(await timeFirstRender(app, onShelf));

    const filters = [
      'filter-overdue',
      'filter-due-this-week',
      'filter-all',
      'filter-longer-than',
      'filter-re-requests-late',
    ];
    await app.getByTestId('slot-map').waitFor();
    const filterTimes = [];
    // The list changes on every step of this cycle (all ↔ a narrower filter), so each is a visible change.
    for (let i = 0; i < filterRounds; i += 1)
      for (const id of filters) filterTimes.push(await timeFilter(app, id));

    await app.getByTestId('stock-take-start').click();
    const input = app.getByTestId('stock-take-input');
    await input.waitFor();
    const uiScans = [];
    for (const number of uiNumbers) uiScans.push(await timeScan(app, input, number));
    const finishStarted = Date.now();
    await app.getByTestId('stock-take-finish').click();
    await app.getByTestId('stock-take-report').waitFor({ timeout: 120_000 });
    const finishUiMs = Date.now() - finishStarted;

    return {
      bench: 'shelf-review-and-stock-take',
      unit: 'ms',
      itemsOnShelf: onShelf,
      seeding: profile.reused
        ? `reused ${profile.marker.seededAt}`
        : `${round(profile.marker.seedMs / 1000)} s (not a figure)`,
      firstRender: {
        target: '< 500',
        note: 'counts and the first page of the list shown (the overview from the indexes)',
        firstVisit: round(firstRenders[0].first, 1),
        ...summary(firstRenders.map((render) => render.first)),
      },
      wholeShelfRead: {
        note: 'until the whole shelf is read and the slot map shown (filters work from then on)',
        firstVisit: round(firstRenders[0].whole, 1),
        ...summary(firstRenders.map((render) => render.whole)),
      },
      filterChange: { target: '< 100', ...summary(filterTimes) },
      stockTake: {
        target: 'p95 < 30 per scan',
        ui: summary(uiScans),
        repository: summary(repository.scans),
        finishRepositoryMs: round(repository.finishMs, 1),
        finishRepositoryMissing: repository.missing,
        finishUiMs: {
          value: finishUiMs,
          note: 'click to report shown, measured from Node (includes Playwright round trips)',
        },
      },
    };
  } finally {
    await context.close();
    await server.stop();
  }
}
