// Printable documents: pure functions from a view model to a complete, self-contained HTML document
// (a PrintDocument for the host's printDocument / savePdf). No DOM, no React: they run in Node tests.
export { acceptanceReceiptDocument, type AcceptanceReceipt } from './acceptance-receipt';
export { refusalReceiptDocument, type RefusalReceipt, type RefusalReceiptReason } from './refusal-receipt';
export {
  printTranslator,
  textIn,
  type PrintKey,
  type PrintLanguage,
  type PrintOptions,
  type PrintText,
  type PrintTranslate,
} from './print-context';
export type {
  CentreOnPrint,
  NamedOnPrint,
  OfficeOnPrint,
  PersonName,
  PersonWithIin,
  ProviderOnPrint,
  RepresentativeOnPrint,
} from './print-model';
export { escapeHtml } from './html';
export { formatPrintDate, formatPrintDateTime } from './print-format';
export {
  transferActDocument,
  returnBatchNumber,
  type TransferAct,
  type TransferActItem,
  type TransferActTranslate,
} from './transfer-act';
export { handoverSlipDocument, type HandoverSlip, type HandoverSlipTranslate } from './handover-slip';
export {
  stockTakeReportDocument,
  stockTakeReportTranslator,
  type StockTakeReportPrint,
  type StockTakeReportKey,
  type StockTakeReportTranslate,
  type StockTakeReportOptions,
} from './stock-take-report';
