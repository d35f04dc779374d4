import type { Instant } from '../../shared/domain';
import type { PageSize, PrintDocument } from '../../shared/host';
import { fieldRows, signatureLine } from './fragments';
import { html, SafeHtml } from './html';
import { textIn, type PrintLanguage, type PrintText } from './print-context';
import { formatPrintDateTime } from './print-format';
import { fullName, type CentreOnPrint, type PersonName } from './print-model';
import { printPage } from './print-page';

/** Fixed texts of the act: i18next's getFixedT(language, 'returns') with keys under `act.`. */
export type TransferActTranslate = (
  key: `act.${string}`,
  vars?: Readonly<Record<string, string | number>>,
) => string;

/** One result handed back to the provider. */
export interface TransferActItem {
  readonly receiptNumber: string;
  readonly applicant: PersonName;
  readonly service: PrintText;
  readonly result: PrintText | null;
  /** The shelf slot it left. */
  readonly slot: string | null;
}

/** The transfer act of one return batch (акт приёма-передачи / қабылдау-беру актісі). */
export interface TransferAct {
  readonly batchId: string;
  readonly createdAt: Instant;
  readonly centre: CentreOnPrint;
  readonly provider: { readonly bin: string; readonly name: PrintText };
  readonly items: readonly TransferActItem[];
  /** The supervisor who hands the results over. */
  readonly handedOverBy: string;
}

/** The batch's number on the act, the screens and the provider console: its id's first eight digits. */
export function returnBatchNumber(batchId: string): string {
  return batchId.replaceAll('-', '').slice(0, 8).toUpperCase();
}

// The item table only: the shared print styles cover everything else.
const actStyles = SafeHtml.fromTrusted(`
.act-items { width: 100%; border-collapse: collapse; margin: 4mm 0; font-size: 9.5pt; }
.act-items th, .act-items td { border: 0.2mm solid #000; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
.act-items th { font-weight: 700; }
.act-items .n { width: 7mm; text-align: right; }
.act-items .code { white-space: nowrap; }
.act-signatures { display: flex; gap: 10mm; margin-top: 8mm; }
.act-signatures > * { flex: 1; }
`);

/** The act in Kazakh or Russian, on A4: centre, provider, batch number and date, the numbered items, signatures. */
export function transferActDocument(
  act: TransferAct,
  options: {
    readonly language: PrintLanguage;
    readonly t: TransferActTranslate;
    readonly pageSize?: PageSize;
  },
): PrintDocument {
  if (act.items.length === 0) throw new RangeError('A transfer act lists at least one item');
  // Named apart from the print namespace's `t`: these keys live in the returns namespace.
  const { t: actText, language } = options;
  const pageSize = options.pageSize ?? 'A4';
  const number = returnBatchNumber(act.batchId);
  const { date } = formatPrintDateTime(act.createdAt, act.centre.timeZone);
  const title = actText('act.title', { number, date });
  const body = html`<style>
      ${actStyles}
    </style>
    <article class="sheet transfer-act">
      <h1>${actText('act.heading')}</h1>
      <p class="statement">${actText('act.numberAndDate', { number, date })}</p>
      ${fieldRows([
        { label: actText('act.centre'), value: textIn(act.centre.name, language) },
        { label: actText('act.provider'), value: textIn(act.provider.name, language) },
        { label: actText('act.bin'), value: act.provider.bin },
      ])}
      <p class="statement">${actText('act.intro')}</p>
      <table class="act-items">
        <thead>
          <tr>
            <th class="n">№</th>
            <th>${actText('act.column.receipt')}</th>
            <th>${actText('act.column.applicant')}</th>
            <th>${actText('act.column.service')}</th>
            <th>${actText('act.column.result')}</th>
            <th>${actText('act.column.slot')}</th>
          </tr>
        </thead>
        <tbody>
          ${act.items.map(
            (item, index) =>
              html`<tr>
                <td class="n">${index + 1}</td>
                <td class="code">${item.receiptNumber}</td>
                <td>${fullName(item.applicant)}</td>
                <td>${textIn(item.service, language)}</td>
                <td>${item.result === null ? '' : textIn(item.result, language)}</td>
                <td class="code">${item.slot ?? ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <p class="statement">${actText('act.count', { count: act.items.length })}</p>
      <div class="act-signatures">
        ${signatureLine({ label: actText('act.handedOver'), name: act.handedOverBy, hint: actText('act.signatureHint') })}
        ${signatureLine({ label: actText('act.received'), hint: actText('act.signatureHint') })}
      </div>
      <p class="statement">${actText('act.dateLine', { date })}</p>
    </article>`;
  return { title, html: printPage({ language, pageSize, title, body }), pageSize };
}
