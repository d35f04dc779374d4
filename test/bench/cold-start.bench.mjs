// Cold start of the renderer in Chromium to the first interactive screen, median of 5 runs.
// Each run is a new browser process with empty storage. "Interactive" is the moment the shell's
// language switch and the screen's heading are in the DOM, recorded inside the page by a
// MutationObserver, so polling by the test driver adds nothing to the figure.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions, median, round, startRendererServer } from './lib.mjs';

const runs = 5;

const recordInteractive = () => {
  const done = () =>
    document.querySelector('[data-testid="language-select"]') && document.querySelector('main h1');
  const observer = new MutationObserver(() => {
    if (done()) {
      window.__cdInteractiveAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
};

export async function run({ root, dist }) {
  const server = await startRendererServer(root, { dist });
  const inPage = [];
  const wall = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      const browser = await chromium.launch(chromiumLaunchOptions);
      const page = await browser.newPage();
      await page.addInitScript(recordInteractive);
      await page.goto(server.url);
      await page.waitForFunction(() => window.__cdInteractiveAt !== undefined);
      inPage.push(await page.evaluate(() => window.__cdInteractiveAt));
      wall.push(performance.now() - started);
      await browser.close();
    }
  } finally {
    await server.stop();
  }
  return {
    bench: 'renderer-cold-start',
    runs,
    unit: 'ms',
    navigationToInteractiveMedian: round(median(inPage)),
    navigationToInteractiveRuns: inPage.map((v) => round(v)),
    browserLaunchToInteractiveMedian: round(median(wall)),
  };
}
