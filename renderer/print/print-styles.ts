import { assertNever } from '../../shared/domain';
import type { PageSize } from '../../shared/host';

/**
 * Print CSS, inlined into every document: the print window and the print frame load nothing else.
 * Noto Sans is the desk's bundled font; where a print window cannot reach it, the fallbacks all
 * carry the Kazakh letters (ә ғ қ ң ө ұ ү һ і). Black only: receipt printers are thermal.
 */
const common = `
*, *::before, *::after { box-sizing: border-box; }
html { font-family: 'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; color: #000; background: #fff; }
body { margin: 0; }
h1, h2, p { margin: 0; }
.sheet + .sheet { break-before: page; }
.head { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 0.4mm solid #000; }
.issuer { flex: 1; text-align: center; }
.issuer .org { font-weight: 600; }
.copy { text-align: center; }
.copy-mark { display: inline-block; border: 0.6mm solid #000; padding: 0.6mm 2.5mm; font-size: 1.15em; font-weight: 700; white-space: nowrap; }
.reprinted { font-size: 0.8em; }
h1 { text-align: center; font-weight: 700; text-transform: uppercase; letter-spacing: 0.02em; }
h2 { font-weight: 700; }
.number-block { display: flex; align-items: center; }
.receipt-number { font-family: 'Noto Sans Mono', 'DejaVu Sans Mono', 'Liberation Mono', monospace; font-weight: 700; letter-spacing: 0.06em; white-space: nowrap; }
.barcode { display: block; }
.fields { width: 100%; border-collapse: collapse; }
.fields th, .fields td { text-align: left; vertical-align: top; border-bottom: 0.2mm solid #000; }
.fields th { font-weight: 400; }
.fields td { font-weight: 600; }
.fields td .detail { display: block; font-weight: 400; }
.documents { list-style: none; margin: 0; padding: 0; }
.documents li { display: flex; break-inside: avoid; }
.documents .number { flex: none; font-weight: 600; }
.section, .signature { break-inside: avoid; }
.sign { display: flex; align-items: flex-end; }
.sign .name { font-weight: 600; }
.sign .line { flex: 1; border-bottom: 0.3mm solid #000; }
.signature .hint { text-align: right; font-size: 0.8em; }
.copy-label { font-weight: 600; }
.addressee .blank { display: inline-block; width: 60%; border-bottom: 0.3mm solid #000; }
`;

const a4 = `
@page { size: A4 portrait; margin: 12mm 12mm 12mm 20mm; }
html { font-size: 10pt; line-height: 1.35; }
.head { gap: 4mm; padding-bottom: 2.5mm; margin-bottom: 4mm; }
.issuer .office { margin-top: 0.5mm; }
h1 { font-size: 12.5pt; margin: 1mm 0 4mm; }
h2 { font-size: 10pt; margin: 0 0 1mm; }
.number-block { justify-content: space-between; gap: 6mm; margin-bottom: 4mm; }
.number-block .receipt-number { font-size: 15pt; }
.fields th { width: 36%; padding: 1.2mm 4mm 1.2mm 0; }
.fields td { padding: 1.2mm 0; }
.fields tr:first-child th, .fields tr:first-child td { border-top: 0.2mm solid #000; }
.section { margin-top: 4mm; }
.documents li { padding: 0.6mm 0; gap: 2mm; }
.documents .number { min-width: 6mm; }
.note { margin-top: 2.5mm; }
.signature { margin-top: 8mm; }
.sign { gap: 4mm; margin-top: 5mm; }
.sign .line { flex: 0 0 60mm; margin-left: auto; }
.sign.for-name .line { flex-basis: 110mm; }
.copy-label { text-align: right; font-size: 9pt; margin-bottom: 4mm; }
.addressee { width: 58%; margin: 0 0 8mm auto; }
.addressee div + div { margin-top: 1.5mm; }
.statement { margin-top: 4mm; }
`;

const receipt80mm = `
@page { size: 80mm 297mm; margin: 0; }
html { font-size: 8pt; line-height: 1.25; }
body { padding: 3mm 4mm 5mm; }
.head { flex-direction: column; align-items: center; gap: 1.5mm; padding-bottom: 2mm; margin-bottom: 2.5mm; border-bottom-style: dashed; }
h1 { font-size: 9.5pt; margin: 0 0 2.5mm; }
h2 { font-size: 8pt; margin: 0 0 0.8mm; }
.number-block { flex-direction: column; gap: 1mm; margin-bottom: 2.5mm; }
.number-block .receipt-number { font-size: 11pt; }
.number-text { text-align: center; }
.fields th, .fields td { display: block; width: auto; }
.fields th { padding: 0.8mm 0 0; border-bottom: 0; }
.fields td { padding: 0 0 0.8mm; }
.section { margin-top: 2.5mm; }
.documents li { padding: 0.4mm 0; gap: 1.5mm; }
.documents .number { min-width: 4mm; }
.note { margin-top: 1.5mm; }
.signature { margin-top: 4mm; }
.sign { gap: 2mm; margin-top: 5mm; }
.copy-label { text-align: center; margin-bottom: 2mm; }
.addressee { margin-bottom: 3mm; }
.addressee div + div { margin-top: 0.8mm; }
.statement { margin-top: 2.5mm; }
`;

export function printStyles(pageSize: PageSize): string {
  switch (pageSize) {
    case 'A4':
      return common + a4;
    case 'receipt-80mm':
      return common + receipt80mm;
    default:
      return assertNever(pageSize, 'page size');
  }
}
