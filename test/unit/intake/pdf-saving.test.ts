import { describe, expect, it } from 'vitest';
import { hostSavesPdf } from '../../../renderer/features/intake/pdf-saving';
import { createBrowserHost } from '../../../renderer/host/browser/create-browser-host';
import { hostFail, hostOk, type AppInfo } from '../../../shared/host';

const info = (host: AppInfo['host']): AppInfo => ({
  name: 'Counter Desk',
  version: '1.0.0',
  host,
  platform: 'linux',
  syncServerUrl: 'http://127.0.0.1:8080',
});

describe('the "Save as PDF" button', () => {
  it('shows in Electron only: the browser host cannot save a file, and an unknown host is not trusted', async () => {
    expect(hostSavesPdf(hostOk(info('electron')))).toBe(true);
    expect(hostSavesPdf(hostOk(info('browser')))).toBe(false);
    expect(hostSavesPdf(hostFail('internal', 'no answer'))).toBe(false);

    // The real browser host: it says it is one, and it refuses savePdf as unsupported.
    const browser = createBrowserHost({
      appName: 'Counter Desk',
      version: '1.0.0',
      platform: 'linux',
      syncServerUrl: 'http://127.0.0.1:8080',
      printHtml: () => Promise.resolve(hostOk(null)),
      openUrl: () => undefined,
    });
    expect(hostSavesPdf(await browser.getAppInfo())).toBe(false);
    const saved = await browser.savePdf({
      document: { title: 'Receipt', html: '<!doctype html><html><body></body></html>', pageSize: 'A4' },
      suggestedFileName: 'receipt.pdf',
    });
    expect(saved).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
