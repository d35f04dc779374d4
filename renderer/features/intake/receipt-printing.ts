import type { i18n as I18n, TFunction } from 'i18next';
import {
  findService,
  intakeRefusalReasons,
  type ReceiptLayout,
  type ServiceDefinition,
} from '../../../shared/domain';
import {
  recordReceiptPrinted,
  recordReceiptReprinted,
  type ApplicationRecord,
  type CentreSettings,
  type WriteContext,
  type DeskDatabase,
} from '../../db';
import { getHost, hostErrorText } from '../../host';
import type { PrintDocument } from '../../../shared/host';
import {
  acceptanceReceiptDocument,
  printTranslator,
  refusalReceiptDocument,
  type CentreOnPrint,
  type RefusalReceiptReason,
} from '../../print';

/** What printing a receipt needs from the desk. */
export interface ReceiptPrintDeps extends WriteContext {
  readonly db: DeskDatabase;
  readonly centre: CentreSettings;
  readonly i18n: Pick<I18n, 'getFixedT'>;
  readonly t: TFunction;
}

/** The printed outcome: the record after the print was recorded, or the clerk-facing error text. */
export type PrintOutcome =
  | { readonly ok: true; readonly record: ApplicationRecord }
  | { readonly ok: false; readonly message: string };

function centreOnPrint(centre: CentreSettings): CentreOnPrint {
  return { name: centre.name, address: centre.address, timeZone: centre.timeZone };
}

function serviceOf(record: ApplicationRecord): ServiceDefinition {
  const service = findService(record.serviceId);
  if (service === undefined)
    throw new TypeError(`Unknown service on a stored application: ${record.serviceId}`);
  return service;
}

/**
 * Prints the acceptance receipt in the applicant's language and records the print. The first print
 * of a receipt is recorded as such; every later one is a reprint and carries the copy mark.
 */
export async function printAcceptanceReceipt(
  deps: ReceiptPrintDeps,
  record: ApplicationRecord,
  layout: ReceiptLayout,
): Promise<PrintOutcome> {
  return printAndRecord(deps, record, acceptanceDocumentOf(deps, record, layout), layout);
}

/** The acceptance receipt as it prints now: the original, or a copy once it has been printed. */
function acceptanceDocumentOf(
  deps: ReceiptPrintDeps,
  record: ApplicationRecord,
  layout: ReceiptLayout,
): PrintDocument {
  const { receiptNumber, dueDate, content } = record;
  if (receiptNumber === null || dueDate === null || content === null)
    throw new TypeError('Only an accepted application has an acceptance receipt');
  const service = serviceOf(record);
  const language = record.receiptLanguage;
  const isReprint = record.receiptCopiesPrinted > 0;
  const centre = centreOnPrint(deps.centre);
  const document = acceptanceReceiptDocument(
    {
      receiptNumber,
      acceptedAt: record.intakeAt,
      centre,
      service,
      applicant: record.applicant,
      representative: record.representative ?? undefined,
      provider: content.provider,
      documents: service.documents.filter((d) => content.presentedDocumentIds.includes(d.id)),
      dueDate,
      collection: { office: centre, from: dueDate },
      clerkName: deps.session.user.name,
      reprint: isReprint
        ? { copyNumber: record.receiptCopiesPrinted, printedAt: deps.clock.now() }
        : undefined,
    },
    { language, t: printTranslator(deps.i18n, language), pageSize: layout },
  );
  return document;
}

/** Whether this refusal hands the applicant a refusal receipt (an incomplete package does). */
export function refusalReceiptReasonOf(record: ApplicationRecord): RefusalReceiptReason | undefined {
  const reason = record.refusal?.reason;
  if (reason !== 'incomplete-package' && reason !== 'expired-documents') return undefined;
  return intakeRefusalReasons[reason].issuesRefusalReceipt ? reason : undefined;
}

/** Prints the refusal receipt: both copies (applicant's and centre's) in one document. */
export async function printRefusalReceipt(
  deps: ReceiptPrintDeps,
  record: ApplicationRecord,
  layout: ReceiptLayout,
): Promise<PrintOutcome> {
  return printAndRecord(deps, record, refusalDocumentOf(deps, record, layout), layout);
}

function refusalDocumentOf(
  deps: ReceiptPrintDeps,
  record: ApplicationRecord,
  layout: ReceiptLayout,
): PrintDocument {
  const reason = refusalReceiptReasonOf(record);
  if (reason === undefined || record.refusal === null)
    throw new TypeError('This refusal does not issue a refusal receipt');
  const service = serviceOf(record);
  const missing = record.refusal.missingDocumentIds;
  const language = record.receiptLanguage;
  const document = refusalReceiptDocument(
    {
      refusedAt: record.intakeAt,
      centre: centreOnPrint(deps.centre),
      service,
      applicant: record.applicant,
      representative: record.representative ?? undefined,
      reason,
      documents: service.documents.filter((d) => missing.includes(d.id)),
      clerkName: deps.session.user.name,
    },
    { language, t: printTranslator(deps.i18n, language), pageSize: layout },
  );
  return document;
}

/** The outcome of saving a receipt as a PDF file: where it went, or the clerk-facing error text. */
export type SavePdfOutcome =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string };

/**
 * Saves the receipt as a PDF file through the host (Electron asks where). Not a print: nothing is
 * recorded, and the applicant's paper copy is still the printed one.
 */
export async function saveReceiptPdf(
  deps: ReceiptPrintDeps,
  record: ApplicationRecord,
  layout: ReceiptLayout,
): Promise<SavePdfOutcome> {
  const accepted = record.receiptNumber !== null;
  const document = accepted
    ? acceptanceDocumentOf(deps, record, layout)
    : refusalDocumentOf(deps, record, layout);
  const name = accepted
    ? `receipt-${record.receiptNumber ?? ''}`
    : `refusal-${record.applicationId.slice(0, 8)}`;
  const saved = await getHost().savePdf({ document, suggestedFileName: `${name}.pdf` });
  return saved.ok
    ? { ok: true, path: saved.value.path }
    : { ok: false, message: hostErrorText(saved.error, deps.t) };
}

/**
 * Prints through the host (the system dialog, or the browser's) and records the print as an
 * event: the first print as such, every later one as a reprint. Only a print the host reported
 * done is recorded.
 */
async function printAndRecord(
  deps: ReceiptPrintDeps,
  record: ApplicationRecord,
  document: PrintDocument,
  layout: ReceiptLayout,
): Promise<PrintOutcome> {
  const printed = await getHost().printDocument({ document, silent: false });
  if (!printed.ok) return { ok: false, message: hostErrorText(printed.error, deps.t) };
  const input = { applicationId: record.applicationId, layout, language: record.receiptLanguage };
  const recorded =
    record.receiptCopiesPrinted > 0
      ? await recordReceiptReprinted(deps.db, input, deps)
      : await recordReceiptPrinted(deps.db, input, deps);
  if (!recorded.ok) return { ok: false, message: deps.t('intake:print.notRecorded') };
  return { ok: true, record: recorded.value.record };
}
