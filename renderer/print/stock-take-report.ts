import type { i18n as I18n } from 'i18next';
import type { ApplicationStatus, Instant, LocalDate } from '../../shared/domain';
import type { PageSize, PrintDocument } from '../../shared/host';
import type supervisorTexts from '../../locales/en/supervisor.json';
import { detail, fieldRows, signatureLine } from './fragments';
import { html, SafeHtml } from './html';
import { textIn, type PrintLanguage } from './print-context';
import { formatPrintDate, formatPrintDateTime } from './print-format';
import { fullName, type CentreOnPrint, type PersonName } from './print-model';
import { printPage } from './print-page';

type LeafKeys<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafKeys<T[K]>}`;
}[keyof T & string];

/**
 * The report's fixed texts: the `report` part of the supervisor namespace (checked by the
 * compiler). Called `say`, not `t`: the print namespace's key check reads `t('…')` in this folder.
 */
export type StockTakeReportKey = LeafKeys<(typeof supervisorTexts)['report']>;
export type StockTakeReportTranslate = (
  key: StockTakeReportKey,
  vars?: Readonly<Record<string, string | number>>,
) => string;

/** The report's texts in `language` from the app's i18next instance. */
export function stockTakeReportTranslator(
  i18n: Pick<I18n, 'getFixedT'>,
  language: PrintLanguage,
): StockTakeReportTranslate {
  const translate = i18n.getFixedT(language, 'supervisor');
  return (key, vars) =>
    vars === undefined ? translate(`report.${key}`) : translate(`report.${key}`, { ...vars });
}

/** The stock-take of the storage shelf as it is printed: an act signed by the supervisor. */
export interface StockTakeReportPrint {
  readonly centre: CentreOnPrint;
  readonly startedAt: Instant;
  readonly finishedAt: Instant;
  readonly conductedBy: string;
  /** Items on the shelf by the database, and items scanned. */
  readonly onShelf: number;
  readonly scanned: number;
  readonly missing: readonly {
    readonly receiptNumber: string;
    readonly applicant: PersonName;
    readonly slot: string | null;
    readonly lastDay: LocalDate | null;
  }[];
  readonly unexpected: readonly {
    readonly receiptNumber: string;
    readonly slot: string | null;
    /** null: no application has the number. */
    readonly status: ApplicationStatus | null;
  }[];
  readonly misplaced: readonly {
    readonly receiptNumber: string;
    readonly recordedSlot: string | null;
    readonly foundIn: string;
  }[];
}

export interface StockTakeReportOptions {
  readonly language: PrintLanguage;
  /** Must speak `language`. */
  readonly say: StockTakeReportTranslate;
  readonly pageSize?: PageSize;
}

// Lists of items as tables: the shared print stylesheet has none, so the report brings its own rules.
const listStyles = SafeHtml.fromTrusted(`<style>
.items { width: 100%; border-collapse: collapse; margin-top: 2mm; }
.items th, .items td { border: 0.2mm solid #000; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
.items th { font-weight: 600; }
.items tr { break-inside: avoid; }
.items .n { width: 9mm; }
.items .code { white-space: nowrap; font-family: 'Noto Sans Mono', 'DejaVu Sans Mono', monospace; }
h2 { font-size: 11pt; margin: 5mm 0 0; }
</style>`);

function statusText(status: ApplicationStatus | null, say: StockTakeReportTranslate): string {
  switch (status) {
    case null:
      return say('status.unknown');
    case 'draft':
      return say('status.draft');
    case 'accepted':
      return say('status.accepted');
    case 'refused-at-intake':
      return say('status.refused-at-intake');
    case 'sent-to-provider':
      return say('status.sent-to-provider');
    case 'in-progress':
      return say('status.in-progress');
    case 'result-ready':
      return say('status.result-ready');
    case 'on-shelf':
      return say('status.on-shelf');
    case 'issued':
      return say('status.issued');
    case 'returned-to-provider':
      return say('status.returned-to-provider');
    case 're-requested':
      return say('status.re-requested');
  }
}

function itemTable(
  heading: string,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  none: string,
): SafeHtml {
  return html`<section class="section">
    <h2>${heading}: ${rows.length}</h2>
    ${
      rows.length === 0
        ? html`<p>${none}</p>`
        : html`<table class="items">
            <thead>
              <tr>
                ${columns.map((column, index) => html`<th class="${index === 0 ? 'n' : ''}">${column}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (row, index) =>
                  html`<tr>
                    <td class="n">${index + 1}</td>
                    ${row.map((cell, column) => html`<td class="${column === 0 ? 'code' : ''}">${cell}</td>`)}
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
  </section>`;
}

/** The stock-take act (A4): counts, then the missing, unexpected and misplaced items, and the signature. */
export function stockTakeReportDocument(
  report: StockTakeReportPrint,
  options: StockTakeReportOptions,
): PrintDocument {
  const { say, language } = options;
  const pageSize = options.pageSize ?? 'A4';
  const zone = report.centre.timeZone;
  const started = formatPrintDateTime(report.startedAt, zone);
  const finished = formatPrintDateTime(report.finishedAt, zone);
  const body = html`${listStyles}
    <article class="sheet stock-take">
      <h1>${say('title')}</h1>
      ${fieldRows([
        {
          label: say('centre'),
          value: [textIn(report.centre.name, language), detail(textIn(report.centre.address, language))],
        },
        { label: say('started'), value: `${started.date} ${started.time}` },
        { label: say('finished'), value: `${finished.date} ${finished.time}` },
        { label: say('conductedBy'), value: report.conductedBy },
        { label: say('onShelf'), value: String(report.onShelf) },
        { label: say('scanned'), value: String(report.scanned) },
      ])}
      ${itemTable(
        say('missing'),
        [say('number'), say('receiptNumber'), say('applicant'), say('slot'), say('lastDay')],
        report.missing.map((item) => [
          item.receiptNumber,
          fullName(item.applicant),
          item.slot ?? '—',
          item.lastDay === null ? '—' : formatPrintDate(item.lastDay),
        ]),
        say('none'),
      )}
      ${itemTable(
        say('unexpected'),
        [say('number'), say('receiptNumber'), say('slot'), say('reason')],
        report.unexpected.map((item) => [item.receiptNumber, item.slot ?? '—', statusText(item.status, say)]),
        say('none'),
      )}
      ${itemTable(
        say('misplaced'),
        [say('number'), say('receiptNumber'), say('recordedSlot'), say('foundIn')],
        report.misplaced.map((item) => [item.receiptNumber, item.recordedSlot ?? '—', item.foundIn]),
        say('none'),
      )}
      ${signatureLine({ label: say('signature'), name: report.conductedBy, hint: say('signatureHint') })}
    </article>`;
  const title = say('documentTitle', { date: finished.date });
  return { title, html: printPage({ language, pageSize, title, body }), pageSize };
}
