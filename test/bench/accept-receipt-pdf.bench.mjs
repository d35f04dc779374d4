// Issue #4 (b): accept + receipt to PDF — from pressing accept on the review step to the receipt
// PDF ready, median of `accepts` intakes (default 7), in Chromium against the built renderer
// (run.mjs builds it into .cache/dist-bench).
//
// A fresh desk as in intake-keyboard.bench.mjs; each intake is driven to the review step by
// keyboard (not timed here), then Enter on accept. The app then accepts (one Dexie transaction,
// strict durability), builds the receipt and prints it through the browser host's print frame.
// In the page: from the accept keydown's time stamp to the print frame's load — the moment the
// host calls print() on the finished receipt document (a listener added after the host's). Then,
// in the driver: the same document (with the styles the host adopted into the frame) rendered to
// PDF by Chromium's page.pdf, as the e2e tests check receipts. The figure is the sum, per intake.
// The first PDF is checked with pdftotext (when installed) for the receipt number on screen.
// Target (issue #4): median < 300 ms.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import {
  KeyCounter,
  canonicalIntakeToReview,
  clearInteractions,
  focusAccept,
  intakeTexts,
  nextApplicant,
  openSignedInDesk,
} from './intake-driver.mjs';
import { chromiumLaunchOptions, median, round, startRendererServer } from './lib.mjs';

const accepts = Number(process.env.CD_BENCH_ACCEPTS ?? 7);

/** Keeps each receipt the host prints, with its styles, and the moment its frame loaded. */
const recordPrints = () => {
  const printed = [];
  Object.assign(window, { __cdPrinted: printed });
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (!(node instanceof HTMLIFrameElement) || !node.hasAttribute('data-counter-desk-print-frame'))
          continue;
        node.addEventListener(
          'load',
          () => {
            const loadedAt = performance.now();
            const sheets = node.contentDocument?.adoptedStyleSheets ?? [];
            const css = sheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
            printed.push({ loadedAt, html: node.srcdoc.replace('</head>', `<style>${css}</style></head>`) });
          },
          { once: true },
        );
      }
    }
  }).observe(document, { childList: true, subtree: true });
};

function pdfText(pdf) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cd-bench-'));
  try {
    const file = path.join(dir, 'receipt.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run({ root, dist }) {
  const text = intakeTexts(root);
  const server = await startRendererServer(root, { dist });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext();
    const { page, names } = await openSignedInDesk(context, server.url);
    await page.addInitScript(recordPrints);
    await page.evaluate(recordPrints);
    const pdfPage = await context.newPage();
    const runs = [];
    let receiptCheck = 'not checked';
    for (let i = 0; i < accepts; i += 1) {
      const keys = new KeyCounter(page);
      await canonicalIntakeToReview(page, text, names, keys);
      await focusAccept(page, text, keys);
      await clearInteractions(page);
      const printedBefore = await page.evaluate(() => window.__cdPrinted.length);
      await keys.press('Enter');
      await page.waitForFunction((n) => window.__cdPrinted.length > n, printedBefore);
      const { acceptAt, printed } = await page.evaluate(
        (n) => ({
          acceptAt: window.__cdInteractions.find((interaction) => interaction.key === 'Enter')?.start,
          printed: window.__cdPrinted[n],
        }),
        printedBefore,
      );
      const pdfStarted = performance.now();
      await pdfPage.setContent(printed.html, { waitUntil: 'load' });
      const pdf = await pdfPage.pdf({ preferCSSPageSize: true });
      const pdfMs = performance.now() - pdfStarted;
      runs.push({
        acceptToPrint: printed.loadedAt - acceptAt,
        pdf: pdfMs,
        total: printed.loadedAt - acceptAt + pdfMs,
      });

      const receiptNumber = (await page.getByTestId('receipt-number').textContent())?.trim() ?? '';
      if (i === 0) {
        const textOfPdf = pdfText(pdf);
        if (textOfPdf !== null) {
          if (!textOfPdf.includes(receiptNumber))
            throw new Error(`The receipt PDF does not show the receipt number ${receiptNumber}`);
          receiptCheck = `pdftotext finds ${receiptNumber}`;
        }
      }
      await nextApplicant(page, new KeyCounter(page));
    }
    const figure = (key) => round(median(runs.map((r) => r[key])));
    return {
      bench: 'accept-and-receipt-to-pdf',
      accepts,
      unit: 'ms',
      target: 'median < 300',
      acceptToPdfMedian: figure('total'),
      acceptToPdfRuns: runs.map((r) => round(r.total)),
      acceptToPrintFrameMedian: figure('acceptToPrint'),
      pdfRenderMedian: figure('pdf'),
      receiptCheck,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
