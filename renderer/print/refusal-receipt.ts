import {
  assertNever,
  intakeRefusalReasons,
  refusalReceiptTexts,
  representativeRelationLabels,
  type Instant,
  type IntakeRefusalReasonId,
} from '../../shared/domain';
import type { PrintDocument } from '../../shared/host';
import { detail, fieldRows, numberedList, signatureLine } from './fragments';
import { html, type SafeHtml } from './html';
import { textIn, type PrintOptions, type PrintTranslate } from './print-context';
import { formatPrintDateTime } from './print-format';
import {
  fullName,
  type CentreOnPrint,
  type NamedOnPrint,
  type PersonName,
  type RepresentativeOnPrint,
} from './print-model';
import { printPage } from './print-page';

/** The intake refusals that hand the applicant a refusal receipt (art. 20 p. 2 of the Law on public services). */
export type RefusalReceiptReason = Extract<IntakeRefusalReasonId, 'incomplete-package' | 'expired-documents'>;

/** The refusal receipt (құжаттарды қабылдаудан бас тарту туралы қолхат / расписка об отказе в приеме документов). */
export interface RefusalReceipt {
  readonly refusedAt: Instant;
  /** The office that refuses; its zone dates the receipt. */
  readonly centre: CentreOnPrint;
  readonly service: NamedOnPrint;
  /** The applicant; without an address the line is left blank to be filled in by hand. */
  readonly applicant: PersonName & { readonly address?: string | undefined };
  /** Present when a parent or legal representative applied for a minor. */
  readonly representative?: RepresentativeOnPrint | undefined;
  readonly reason: RefusalReceiptReason;
  /** The documents missing from the package (or, for expired documents, those that expired). */
  readonly documents: readonly NamedOnPrint[];
  readonly clerkName: string;
}

/**
 * The refusal receipt "made in two copies, one for each side": both copies are pages of ONE
 * document, so a single print — or a single saved PDF — always yields the pair, each copy marked
 * with whom it is for. (Printing copies=2 instead would depend on the host: the browser cannot
 * preset copies, and a saved PDF would hold only one.)
 */
export function refusalReceiptDocument(receipt: RefusalReceipt, options: PrintOptions): PrintDocument {
  if (receipt.documents.length === 0) throw new RangeError('A refusal receipt lists at least one document');
  const { t, language, pageSize } = options;
  const date = formatPrintDateTime(receipt.refusedAt, receipt.centre.timeZone).date;
  const sheet = refusalSheet(receipt, options, date);
  const body = html`${sheet(t('refusal.copy.applicant'))}${sheet(t('refusal.copy.centre'))}`;
  const title = t('refusal.documentTitle', { date });
  return { title, html: printPage({ language, pageSize, title, body }), pageSize };
}

/** One copy of the receipt, labelled with whom it is for. */
function refusalSheet(
  receipt: RefusalReceipt,
  options: PrintOptions,
  date: string,
): (copyLabel: string) => SafeHtml {
  const { t, language } = options;
  const reason = intakeRefusalReasons[receipt.reason];
  const content = html`<div class="addressee">${addressee(receipt, options)}</div>
    <h1>${textIn(refusalReceiptTexts.title, language)}</h1>
    ${fieldRows([
      {
        label: t('field.centre'),
        value: [textIn(receipt.centre.name, language), detail(textIn(receipt.centre.address, language))],
      },
      { label: t('field.service'), value: textIn(receipt.service.name, language) },
      ...(reason.legalGround === undefined
        ? []
        : [{ label: t('refusal.legalGround'), value: textIn(reason.legalGround, language) }]),
      { label: t('refusal.reason'), value: textIn(reason.text, language) },
    ])}
    <section class="section">
      <h2>${documentsHeading(receipt.reason, t)}</h2>
      ${numberedList(receipt.documents.map((document) => textIn(document.name, language)))}
    </section>
    <p class="statement">${textIn(refusalReceiptTexts.copies, language)}</p>
    ${signatureLine({ label: t('refusal.clerk'), name: receipt.clerkName, hint: t('signature.hint') })}
    ${signatureLine({ label: t('refusal.received'), hint: t('refusal.receivedHint') })}
    <p class="statement">${t('field.date')}: ${date}</p>`;
  return (copyLabel) =>
    html`<article class="sheet refusal">
      <div class="copy-label">${copyLabel}</div>
      ${content}
    </article>`;
}

function addressee(receipt: RefusalReceipt, { t, language }: PrintOptions): SafeHtml {
  const address = receipt.applicant.address?.trim() ?? '';
  const representative = receipt.representative;
  return html`<div>${t('field.applicant')}: <strong>${fullName(receipt.applicant)}</strong></div>
    <div>${t('field.address')}: ${address === '' ? html`<span class="blank">&nbsp;</span>` : address}</div>
    ${
      representative === undefined
        ? ''
        : html`<div>
            ${t('field.representative')}: <strong>${fullName(representative)}</strong> (${textIn(
              representativeRelationLabels[representative.relation],
              language,
            )})
          </div>`
    }`;
}

function documentsHeading(reason: RefusalReceiptReason, t: PrintTranslate): string {
  switch (reason) {
    case 'incomplete-package':
      return t('refusal.missingDocuments');
    case 'expired-documents':
      return t('refusal.expiredDocuments');
    default:
      return assertNever(reason, 'refusal receipt reason');
  }
}
