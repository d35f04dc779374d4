import { html, type HtmlValue, type SafeHtml } from './html';

/** Pieces both documents are built of. Labels and values arrive as plain text and are escaped here. */

export interface FieldRow {
  readonly label: string;
  readonly value: HtmlValue;
}

/** Label–value rows: two columns on A4, stacked on a receipt roll (print CSS decides). */
export function fieldRows(rows: readonly FieldRow[]): SafeHtml {
  return html`<table class="fields">
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            <th scope="row">${row.label}</th>
            <td>${row.value}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** A secondary line under a field's main value. */
export function detail(text: string): SafeHtml {
  return html`<span class="detail">${text}</span>`;
}

/**
 * A list numbered 1), 2), … as official forms number them. The numbers are text, not CSS list
 * markers, so they survive copy-paste and PDF text extraction.
 */
export function numberedList(items: readonly string[]): SafeHtml {
  return html`<ol class="documents">
    ${items.map(
      (item, index) =>
        html`<li><span class="number">${index + 1})</span><span class="text">${item}</span></li>`,
    )}
  </ol>`;
}

/**
 * "Label / Name ________ / (signature)": the line stays blank for a pen, the hint sits under it
 * as on the official forms.
 */
export function signatureLine(input: {
  readonly label: string;
  readonly name?: string;
  readonly hint: string;
}): SafeHtml {
  // Without a printed name the signer writes it on the line as well, so that line is longer.
  const sign = input.name === undefined ? 'sign for-name' : 'sign';
  return html`<div class="signature">
    <div class="label">${input.label}</div>
    <div class="${sign}">
      ${input.name === undefined ? '' : html`<span class="name">${input.name}</span>`}<span
        class="line"
      ></span>
    </div>
    <div class="hint">${input.hint}</div>
  </div>`;
}
