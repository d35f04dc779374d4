import type { i18n as I18n, TFunction } from 'i18next';
import type { CentreSettings, StockTakeReport } from '../../db';
import { getHost, hostErrorText } from '../../host';
import { stockTakeReportDocument, stockTakeReportTranslator, type PrintLanguage } from '../../print';

export interface StockTakePrintDeps {
  readonly centre: CentreSettings;
  readonly i18n: Pick<I18n, 'getFixedT'>;
  readonly t: TFunction;
}

/** The stock-take act in `language` (Kazakh or Russian), A4, as the host prints it. */
export function stockTakeDocumentOf(
  deps: StockTakePrintDeps,
  report: StockTakeReport,
  language: PrintLanguage,
) {
  const { stockTake } = report;
  return stockTakeReportDocument(
    {
      centre: { name: deps.centre.name, address: deps.centre.address, timeZone: deps.centre.timeZone },
      startedAt: stockTake.startedAt,
      finishedAt: stockTake.finishedAt ?? stockTake.startedAt,
      conductedBy: stockTake.startedBy.name,
      onShelf: report.onShelf,
      scanned: report.scans.length,
      missing: report.missing.map((item) => ({
        receiptNumber: item.receiptNumber,
        applicant: item.applicant,
        slot: item.shelfSlot,
        lastDay: item.storageLastDay,
      })),
      unexpected: report.unexpected,
      misplaced: report.misplaced.map((item) => ({
        receiptNumber: item.receiptNumber,
        recordedSlot: item.shelfSlot,
        foundIn: item.foundIn,
      })),
    },
    { language, say: stockTakeReportTranslator(deps.i18n, language), pageSize: 'A4' },
  );
}

/** Prints the act through the host; null when printed, otherwise the supervisor-facing reason. */
export async function printStockTakeReport(
  deps: StockTakePrintDeps,
  report: StockTakeReport,
  language: PrintLanguage,
): Promise<string | null> {
  const printed = await getHost().printDocument({
    document: stockTakeDocumentOf(deps, report, language),
    silent: false,
  });
  return printed.ok ? null : hostErrorText(printed.error, deps.t);
}
