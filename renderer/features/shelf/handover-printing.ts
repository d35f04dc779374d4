import type { i18n as I18n, TFunction } from 'i18next';
import { findService, type IssuedRecipient } from '../../../shared/domain';
import type { ApplicationRecord, CentreSettings } from '../../db';
import { getHost, hostErrorText } from '../../host';
import { handoverSlipDocument, type HandoverSlipTranslate } from '../../print';

export interface SlipPrintDeps {
  readonly centre: CentreSettings;
  readonly clerkName: string;
  readonly i18n: Pick<I18n, 'getFixedT'>;
  readonly t: TFunction;
}

/**
 * Prints the hand-over slip in the applicant's receipt language (A4) through the host. The
 * hand-over is recorded before printing: a failed print leaves it recorded, and the clerk prints
 * the slip again. Answers null when printed, else the clerk-facing reason.
 */
export async function printHandoverSlip(
  deps: SlipPrintDeps,
  record: ApplicationRecord,
  recipient: IssuedRecipient,
  issuedAt: string,
): Promise<string | null> {
  if (record.receiptNumber === null || record.resultKind === null)
    throw new TypeError('Only a received result has a hand-over slip');
  const language = record.receiptLanguage;
  const fixed = deps.i18n.getFixedT(language, 'shelf');
  const t: HandoverSlipTranslate = (key, vars) => (vars === undefined ? fixed(key) : fixed(key, { ...vars }));
  const service = findService(record.serviceId);
  const document = handoverSlipDocument(
    {
      receiptNumber: record.receiptNumber,
      issuedAt,
      centre: { name: deps.centre.name, address: deps.centre.address, timeZone: deps.centre.timeZone },
      service: service?.name ?? { kk: record.serviceId, ru: record.serviceId },
      applicant: record.applicant,
      resultKind: record.resultKind,
      recipient,
      clerkName: deps.clerkName,
    },
    { language, t, pageSize: 'A4' },
  );
  const printed = await getHost().printDocument({ document, silent: false });
  return printed.ok ? null : hostErrorText(printed.error, deps.t);
}
