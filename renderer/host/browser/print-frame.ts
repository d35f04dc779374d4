import { hostFail, hostOk, type HostResult, type PageSize } from '../../../shared/host';
import { pageSizeRule, pageWidthMm } from './page-size';

const frameMarker = 'data-counter-desk-print-frame';
const loadTimeoutMs = 15_000;

/**
 * Prints a complete HTML document through the browser's print dialog, from a hidden iframe so the
 * desk itself stays on screen. The frame runs no scripts (sandbox without allow-scripts); the
 * desk reaches into it (allow-same-origin) to add the page size and call print (allow-modals).
 * A browser does not say whether the clerk printed or cancelled, so success means "dialog shown".
 */
export function printInHiddenFrame(
  document: Document,
  html: string,
  pageSize: PageSize,
): Promise<HostResult<null>> {
  // A frame left over from an earlier print is no longer needed.
  for (const old of document.querySelectorAll(`iframe[${frameMarker}]`)) old.remove();

  const frame = document.createElement('iframe');
  frame.setAttribute(frameMarker, '');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.sandbox.add('allow-same-origin', 'allow-modals');
  // Laid out at the paper's width (so the receipt's height can be measured), but invisible.
  Object.assign(frame.style, {
    position: 'fixed',
    top: '0',
    left: '0',
    width: `${pageWidthMm(pageSize)}mm`,
    height: '0',
    border: '0',
    opacity: '0',
    pointerEvents: 'none',
  });

  const { markup, css } = separateStyles(html);
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => {
      frame.remove();
      resolve(hostFail('print-failed', 'The print document did not load in time.'));
    }, loadTimeoutMs);
    frame.addEventListener(
      'load',
      () => {
        window.clearTimeout(timer);
        resolve(printLoadedFrame(frame, css, pageSize));
      },
      { once: true },
    );
    frame.srcdoc = markup;
    document.body.append(frame);
  });
}

function printLoadedFrame(frame: HTMLIFrameElement, css: string, pageSize: PageSize): HostResult<null> {
  const printWindow = frame.contentWindow;
  const printDocument = frame.contentDocument;
  if (!printWindow || !printDocument) {
    frame.remove();
    return hostFail('print-failed', 'The print frame has no document.');
  }
  try {
    adoptDocumentStyles(printWindow, printDocument, css, pageSize);
    printWindow.focus();
    // Chromium's print() returns once the dialog is closed, so the frame can go on the next task
    // (other listeners of this load event still see the printed document). An 'afterprint'
    // listener would never run: the frame is sandboxed without allow-scripts.
    printWindow.print();
    window.setTimeout(() => frame.remove(), 0);
    return hostOk(null);
  } catch (error) {
    frame.remove();
    return hostFail('print-failed', `The browser could not print: ${String(error)}`);
  }
}

/**
 * A srcdoc frame inherits the desk's CSP (`style-src 'self'`), which would refuse the document's
 * inline <style> elements (and say so on the console). So they are cut out of the markup before
 * the frame loads, and their CSS is attached afterwards as constructed stylesheets, which
 * style-src does not govern. The documents come from renderer/print, which escapes every `<` of
 * user data, so a <style> tag in the markup is always the document's own. (DOMParser is no way
 * round it: its documents report the same violation.)
 */
function separateStyles(html: string): { markup: string; css: string } {
  const styleElement = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/giu;
  const css = [...html.matchAll(styleElement)].map((match) => match[1] ?? '').join('\n');
  return { markup: html.replace(styleElement, ''), css };
}

/** The page size measured against the styled layout goes last, so it wins over the document's own. */
function adoptDocumentStyles(
  printWindow: Window,
  printDocument: Document,
  css: string,
  pageSize: PageSize,
): void {
  const FrameStyleSheet = (printWindow as Window & typeof globalThis).CSSStyleSheet;
  const documentSheet = new FrameStyleSheet();
  documentSheet.replaceSync(css);
  printDocument.adoptedStyleSheets = [documentSheet];
  const pageSheet = new FrameStyleSheet();
  pageSheet.replaceSync(pageSizeRule(pageSize, printDocument.documentElement.scrollHeight));
  printDocument.adoptedStyleSheets = [documentSheet, pageSheet];
}
