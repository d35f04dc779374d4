import type { i18n as I18n, TFunction } from 'i18next';
import { findService, resultKindLabels, type ReceiptLanguage } from '../../../shared/domain';
import type { PrintDocument } from '../../../shared/host';
import {
  recordTransferActPrinted,
  type CentreSettings,
  type Clock,
  type DeskDatabase,
  type ReturnBatchView,
} from '../../db';
import { getHost, hostErrorText } from '../../host';
import { transferActDocument, type TransferActTranslate } from '../../print';

export interface TransferActDeps {
  readonly db: DeskDatabase;
  readonly clock: Clock;
  readonly centre: CentreSettings;
  readonly i18n: Pick<I18n, 'getFixedT'>;
  readonly t: TFunction;
}

/** The batch's transfer act in Kazakh or Russian (the supervisor picks), A4. */
export function transferActOf(
  deps: TransferActDeps,
  view: ReturnBatchView,
  language: ReceiptLanguage,
): PrintDocument {
  const fixed = deps.i18n.getFixedT(language, 'returns');
  const t: TransferActTranslate = (key, vars) => (vars === undefined ? fixed(key) : fixed(key, { ...vars }));
  return transferActDocument(
    {
      batchId: view.batch.id,
      createdAt: view.batch.createdAt,
      centre: { name: deps.centre.name, address: deps.centre.address, timeZone: deps.centre.timeZone },
      provider: { bin: view.batch.providerBin, name: view.batch.providerName },
      handedOverBy: view.batch.createdBy.name,
      items: view.items.map(({ record, slot }) => {
        const service = findService(record.serviceId);
        return {
          receiptNumber: record.receiptNumber ?? record.applicationId,
          applicant: record.applicant,
          service: service?.name ?? { kk: record.serviceId, ru: record.serviceId },
          result: record.resultKind === null ? null : resultKindLabels[record.resultKind],
          slot,
        };
      }),
    },
    { language, t },
  );
}

/** Prints the act through the host and notes when it was printed; the clerk-facing error otherwise. */
export async function printTransferAct(
  deps: TransferActDeps,
  view: ReturnBatchView,
  language: ReceiptLanguage,
): Promise<{ readonly ok: true } | { readonly ok: false; readonly message: string }> {
  const printed = await getHost().printDocument({
    document: transferActOf(deps, view, language),
    silent: false,
  });
  if (!printed.ok)
    return {
      ok: false,
      message: deps.t('returns:errors.printFailed', { reason: hostErrorText(printed.error, deps.t) }),
    };
  const noted = await recordTransferActPrinted(deps.db, view.batch.id, deps);
  return noted.ok ? { ok: true } : { ok: false, message: deps.t('returns:errors.failed') };
}
