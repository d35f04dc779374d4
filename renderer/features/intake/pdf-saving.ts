import type { AppInfo, HostResult } from '../../../shared/host';

/**
 * Whether the host can save a PDF file. The browser host answers `unsupported` to savePdf (its
 * print dialog offers "Save as PDF" instead), so the button shows only where a file can be saved.
 */
export function hostSavesPdf(appInfo: HostResult<AppInfo>): boolean {
  return appInfo.ok && appInfo.value.host === 'electron';
}
