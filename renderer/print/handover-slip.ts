import {
  representativeRelationLabels,
  resultKindLabels,
  type Instant,
  type IssuedRecipient,
  type ResultKind,
} from '../../shared/domain';
import type { PageSize, PrintDocument } from '../../shared/host';
import { fieldRows, signatureLine, type FieldRow } from './fragments';
import { html } from './html';
import { textIn, type PrintLanguage, type PrintText } from './print-context';
import { formatPrintDate, formatPrintDateTime } from './print-format';
import { fullName, type CentreOnPrint, type PersonWithIin } from './print-model';
import { printPage } from './print-page';

/** Fixed texts of the slip: i18next's getFixedT(language, 'shelf') with keys under `slip.`. */
export type HandoverSlipTranslate = (
  key: `slip.${string}`,
  vars?: Readonly<Record<string, string | number>>,
) => string;

/** The hand-over slip (нәтижені беру туралы қолхат / расписка о выдаче результата). */
export interface HandoverSlip {
  readonly receiptNumber: string;
  readonly issuedAt: Instant;
  readonly centre: CentreOnPrint;
  readonly service: PrintText;
  readonly applicant: PersonWithIin;
  readonly resultKind: ResultKind;
  readonly recipient: IssuedRecipient;
  /** The clerk who handed it over. */
  readonly clerkName: string;
}

/** Who received it and on what basis: the identity document, a minor's representation, or the power of attorney. */
function recipientRows(slip: HandoverSlip, say: HandoverSlipTranslate, language: PrintLanguage): FieldRow[] {
  const { recipient } = slip;
  switch (recipient.kind) {
    case 'applicant':
      return [
        {
          label: say('slip.recipient'),
          value: `${fullName(slip.applicant)}, ${say('slip.iin')} ${slip.applicant.iin}`,
        },
        { label: say('slip.basis'), value: say('slip.basisApplicant') },
      ];
    case 'legal-representative':
      return [
        { label: say('slip.recipient'), value: `${recipient.name}, ${say('slip.iin')} ${recipient.iin}` },
        {
          label: say('slip.basis'),
          value: say('slip.basisLegalRepresentative', {
            relation: textIn(representativeRelationLabels[recipient.relation], language),
          }),
        },
      ];
    case 'representative': {
      const poa = recipient.powerOfAttorney;
      return [
        { label: say('slip.recipient'), value: `${recipient.name}, ${say('slip.iin')} ${recipient.iin}` },
        {
          label: say('slip.basis'),
          value: say('slip.basisPowerOfAttorney', {
            number: poa.number,
            issuedOn: formatPrintDate(poa.issuedOn),
            validUntil: formatPrintDate(poa.validUntil),
          }),
        },
        { label: say('slip.notary'), value: poa.notary },
      ];
    }
  }
}

/** The slip in Kazakh or Russian, on A4: what was handed to whom on what basis, when, by whom; both signatures. */
export function handoverSlipDocument(
  slip: HandoverSlip,
  options: {
    readonly language: PrintLanguage;
    readonly t: HandoverSlipTranslate;
    readonly pageSize?: PageSize;
  },
): PrintDocument {
  // `say`, not `t`: these keys live in the shelf namespace, not print.json (see test/unit/print/locales.test.ts).
  const { t: say, language } = options;
  const pageSize = options.pageSize ?? 'A4';
  const { date, time } = formatPrintDateTime(slip.issuedAt, slip.centre.timeZone);
  const refusal = slip.resultKind === 'reasoned-refusal';
  const title = say('slip.title', { receiptNumber: slip.receiptNumber, date });
  const body = html`<article class="sheet handover-slip">
    <h1>${say('slip.heading')}</h1>
    ${refusal ? html`<p class="statement"><strong>${say('slip.reasonedRefusal')}</strong></p>` : ''}
    ${fieldRows([
      { label: say('slip.centre'), value: textIn(slip.centre.name, language) },
      { label: say('slip.receiptNumber'), value: slip.receiptNumber },
      {
        label: say('slip.applicant'),
        value: `${fullName(slip.applicant)}, ${say('slip.iin')} ${slip.applicant.iin}`,
      },
      { label: say('slip.service'), value: textIn(slip.service, language) },
      { label: say('slip.result'), value: textIn(resultKindLabels[slip.resultKind], language) },
      ...recipientRows(slip, say, language),
      { label: say('slip.issuedAt'), value: `${date} ${time}` },
    ])}
    ${signatureLine({ label: say('slip.handedOver'), name: slip.clerkName, hint: say('slip.signatureHint') })}
    ${signatureLine({ label: say('slip.received'), hint: say('slip.signatureHint') })}
  </article>`;
  return { title, html: printPage({ language, pageSize, title, body }), pageSize };
}
