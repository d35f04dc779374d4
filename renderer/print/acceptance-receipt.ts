import {
  isValidReceiptNumber,
  representativeRelationLabels,
  type Instant,
  type LocalDate,
} from '../../shared/domain';
import type { PageSize, PrintDocument } from '../../shared/host';
import { code128Svg, moduleWidthToFit } from './barcode-svg';
import { detail, fieldRows, numberedList, signatureLine } from './fragments';
import { html, type SafeHtml } from './html';
import { textIn, type PrintOptions } from './print-context';
import { formatPrintDate, formatPrintDateTime } from './print-format';
import {
  fullName,
  type CentreOnPrint,
  type ProviderOnPrint,
  type NamedOnPrint,
  type OfficeOnPrint,
  type PersonWithIin,
  type RepresentativeOnPrint,
} from './print-model';
import { printPage } from './print-page';

/** The receipt (қолхат / расписка) the applicant takes home once the documents are accepted. */
export interface AcceptanceReceipt {
  readonly receiptNumber: string;
  readonly acceptedAt: Instant;
  /** The office that accepted the documents; its zone dates the receipt. */
  readonly centre: CentreOnPrint;
  readonly service: NamedOnPrint;
  readonly applicant: PersonWithIin;
  /** Present when a parent or legal representative applies for a minor. */
  readonly representative?: RepresentativeOnPrint | undefined;
  /** The school or college the application goes to, its name in the receipt's language. */
  readonly provider?: ProviderOnPrint | undefined;
  /** The documents accepted, in the order they are listed to the applicant. */
  readonly documents: readonly NamedOnPrint[];
  readonly dueDate: LocalDate;
  /** Where the result can be collected, and from which day. */
  readonly collection: { readonly office: OfficeOnPrint; readonly from: LocalDate };
  readonly clerkName: string;
  /** Only on a reprint: copies are numbered from 1; the original carries no mark. */
  readonly reprint?: { readonly copyNumber: number; readonly printedAt: Instant } | undefined;
}

/** The receipt as a printable document, in `options.language`, on A4 or an 80 mm roll. */
export function acceptanceReceiptDocument(receipt: AcceptanceReceipt, options: PrintOptions): PrintDocument {
  assertPrintable(receipt);
  const { t, language, pageSize } = options;
  const accepted = formatPrintDateTime(receipt.acceptedAt, receipt.centre.timeZone);

  const body = html`<article class="sheet acceptance">
    <header class="head">
      <div class="issuer">
        <div class="org">${t('corporation')}</div>
        <div class="office">${textIn(receipt.centre.name, language)}</div>
        <div class="office-address">${textIn(receipt.centre.address, language)}</div>
      </div>
      ${copyMark(receipt, options)}
    </header>
    <h1>${t('acceptance.title')}</h1>
    <div class="number-block">
      <div class="number-text">
        <div class="label">${t('acceptance.number')}</div>
        <div class="receipt-number">${receipt.receiptNumber}</div>
      </div>
      ${barcode(receipt.receiptNumber, pageSize, t('acceptance.barcodeLabel'))}
    </div>
    ${fieldRows([
      { label: t('acceptance.acceptedAt'), value: t('acceptance.dateTime', accepted) },
      { label: t('field.service'), value: textIn(receipt.service.name, language) },
      { label: t('field.applicant'), value: personValue(receipt.applicant, options) },
      ...(receipt.representative === undefined
        ? []
        : [
            { label: t('field.representative'), value: representativeValue(receipt.representative, options) },
          ]),
      ...(receipt.provider === undefined
        ? []
        : [
            {
              label: t('acceptance.provider'),
              value: [receipt.provider.name, detail(`${t('field.bin')}: ${receipt.provider.bin}`)],
            },
          ]),
    ])}
    <section class="section">
      <h2>${t('acceptance.documents')}</h2>
      ${numberedList(receipt.documents.map((document) => textIn(document.name, language)))}
    </section>
    <section class="section">
      ${fieldRows([
        { label: t('acceptance.dueDate'), value: formatPrintDate(receipt.dueDate) },
        {
          label: t('acceptance.collection.place'),
          value: [
            textIn(receipt.collection.office.name, language),
            detail(textIn(receipt.collection.office.address, language)),
          ],
        },
        {
          label: t('acceptance.collection.from'),
          value: t('acceptance.collection.fromValue', { date: formatPrintDate(receipt.collection.from) }),
        },
      ])}
      <p class="note">${t('acceptance.collection.identity')}</p>
    </section>
    <section class="section">
      <h2>${t('acceptance.storage.heading')}</h2>
      <p>${t('acceptance.storage.rule')}</p>
    </section>
    ${signatureLine({ label: t('acceptance.clerk'), name: receipt.clerkName, hint: t('signature.hint') })}
  </article>`;

  const title = t('acceptance.documentTitle', { number: receipt.receiptNumber });
  return { title, html: printPage({ language, pageSize, title, body }), pageSize };
}

function personValue(person: PersonWithIin, { t }: PrintOptions): readonly (string | SafeHtml)[] {
  return [fullName(person), detail(`${t('field.iin')}: ${person.iin}`)];
}

function representativeValue(
  person: RepresentativeOnPrint,
  options: PrintOptions,
): readonly (string | SafeHtml)[] {
  const basis = textIn(representativeRelationLabels[person.relation], options.language);
  return [...personValue(person, options), detail(`${options.t('field.representativeBasis')}: ${basis}`)];
}

function barcode(receiptNumber: string, pageSize: PageSize, label: string): SafeHtml {
  // A4 has room for a comfortable 0.33 mm module; the roll's 72 mm line is the limit there.
  const moduleMm =
    pageSize === 'A4' ? moduleWidthToFit(receiptNumber, 90, 0.33) : moduleWidthToFit(receiptNumber, 70, 0.33);
  return code128Svg(receiptNumber, { moduleMm, heightMm: pageSize === 'A4' ? 14 : 11 }, label);
}

/** The mark of a reprint: which copy, and when it was printed (the original has neither). */
function copyMark(receipt: AcceptanceReceipt, { t }: PrintOptions): SafeHtml | undefined {
  if (receipt.reprint === undefined) return undefined;
  const printed = formatPrintDateTime(receipt.reprint.printedAt, receipt.centre.timeZone);
  return html`<div class="copy">
    <div class="copy-mark">
      ${t('acceptance.copy.mark', {
        number: receipt.reprint.copyNumber,
      })}
    </div>
    <div class="reprinted">${t('acceptance.copy.printedAt', printed)}</div>
  </div>`;
}

/** What would make a wrong receipt is a programmer error: the caller validated it at intake. */
function assertPrintable(receipt: AcceptanceReceipt): void {
  const number = receipt.receiptNumber;
  if (!isValidReceiptNumber(number) || number !== number.trim().toUpperCase()) {
    throw new RangeError(`Not a canonical receipt number: ${JSON.stringify(number)}`);
  }
  if (receipt.documents.length === 0) throw new RangeError('A receipt lists at least one accepted document');
  const copyNumber = receipt.reprint?.copyNumber;
  if (copyNumber !== undefined && (!Number.isInteger(copyNumber) || copyNumber < 1)) {
    throw new RangeError(`Copy numbers start at 1: ${copyNumber}`);
  }
}
