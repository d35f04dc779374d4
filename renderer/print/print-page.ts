import type { PageSize } from '../../shared/host';
import { html, SafeHtml } from './html';
import type { PrintLanguage } from './print-context';
import { printStyles } from './print-styles';

/**
 * Defence in depth for the document itself: no script, no outside resource, whatever ends up in
 * it. A meta policy can only narrow what the host's own header already allows.
 */
const documentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** A complete, self-contained HTML document around `body`. */
export function printPage(input: {
  readonly language: PrintLanguage;
  readonly pageSize: PageSize;
  readonly title: string;
  readonly body: SafeHtml;
}): string {
  const styles = SafeHtml.fromTrusted(printStyles(input.pageSize));
  return `<!doctype html>\n${html`<html lang="${input.language}">
    <head>
      <meta charset="utf-8" />
      <meta http-equiv="Content-Security-Policy" content="${documentPolicy}" />
      <title>${input.title}</title>
      <style>
        ${styles}
      </style>
    </head>
    <body class="page-${input.pageSize}">
      ${input.body}
    </body>
  </html>`}\n`;
}
