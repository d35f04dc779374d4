import { describe, expect, it, vi } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
import { hostMethods, hostOk, type HostApi, type HostResult, type PrintRequest } from '../../../shared/host';
import {
  createBrowserHost,
  type BrowserEnvironment,
} from '../../../renderer/host/browser/create-browser-host';
import { pageSizeRule, pageWidthMm } from '../../../renderer/host/browser/page-size';
import { getHost } from '../../../renderer/host';

function environment(overrides: Partial<BrowserEnvironment> = {}) {
  const printHtml = vi.fn<BrowserEnvironment['printHtml']>(async () => hostOk(null));
  const openUrl = vi.fn<BrowserEnvironment['openUrl']>();
  const env: BrowserEnvironment = {
    appName: 'Counter Desk',
    version: '9.8.7',
    platform: 'Linux',
    syncServerUrl: 'http://127.0.0.1:8787/',
    printHtml,
    openUrl,
    ...overrides,
  };
  return { env, printHtml, openUrl };
}

const receipt: PrintRequest = {
  document: { title: 'Қолхат', html: '<!doctype html><p>Қолхат</p>', pageSize: 'receipt-80mm' },
  silent: false,
};

const errorCode = (result: HostResult<unknown>) => (result.ok ? undefined : result.error.code);

describe('browser host', () => {
  it('implements every method of the contract', () => {
    const host = createBrowserHost(environment().env);
    expect(Object.keys(host).sort()).toEqual([...hostMethods].sort());
  });

  it('tells who it is: host "browser", with name, version, platform and sync server', async () => {
    expect(await createBrowserHost(environment().env).getAppInfo()).toEqual({
      ok: true,
      value: {
        name: 'Counter Desk',
        version: '9.8.7',
        host: 'browser',
        platform: 'Linux',
        syncServerUrl: 'http://127.0.0.1:8787/',
      },
    });
  });

  it('answers unsupported for what only the Electron host can do', async () => {
    const host = createBrowserHost(environment().env);
    const answers = await Promise.all([
      host.listPrinters(),
      host.savePdf({ document: receipt.document, suggestedFileName: 'receipt.pdf' }),
      host.appendJournal({ kind: 'receipt', id: 'r-1', payload: '{}' }),
      host.protectSecret('secret'),
      host.unprotectSecret('c2VjcmV0'),
    ]);
    expect(answers.map(errorCode)).toEqual(Array(5).fill('unsupported'));
  });

  it('prints through the dialog: the document HTML with its page size', async () => {
    const { env, printHtml } = environment();
    expect(await createBrowserHost(env).printDocument(receipt)).toEqual({ ok: true, value: null });
    expect(printHtml).toHaveBeenCalledWith(receipt.document.html, 'receipt-80mm');
  });

  it.each<[string, Partial<PrintRequest>]>([
    ['a named printer', { printerName: 'EPSON TM-T20' }],
    ['silent printing', { silent: true }],
    ['several copies', { copies: 2 }],
  ])('refuses %s honestly (unsupported) and shows no dialog', async (_what, change) => {
    const { env, printHtml } = environment();
    const result = await createBrowserHost(env).printDocument({ ...receipt, ...change });
    expect(errorCode(result)).toBe('unsupported');
    expect(printHtml).not.toHaveBeenCalled();
  });

  it('validates the print request like the Electron side does', async () => {
    const { env, printHtml } = environment();
    const host = createBrowserHost(env);
    const noHtml = { ...receipt, document: { ...receipt.document, html: '' } };
    const badSize = {
      ...receipt,
      document: { ...receipt.document, pageSize: 'A5' },
    } as unknown as PrintRequest;
    expect(errorCode(await host.printDocument(noHtml))).toBe('invalid-payload');
    expect(errorCode(await host.printDocument(badSize))).toBe('invalid-payload');
    expect(printHtml).not.toHaveBeenCalled();
  });

  it('answers internal instead of throwing when the environment fails', async () => {
    const { env } = environment({
      printHtml: () => Promise.reject(new Error('frame exploded')),
      openUrl: () => {
        throw new Error('popup blocked');
      },
    });
    const host = createBrowserHost(env);
    const printed = await host.printDocument(receipt);
    expect(errorCode(printed)).toBe('internal');
    expect(errorCode(await host.openExternal('egov-portal'))).toBe('internal');
  });

  it('opens only allow-listed links, by id', async () => {
    const { env, openUrl } = environment();
    const host = createBrowserHost(env);
    expect(await host.openExternal('egov-portal')).toEqual({ ok: true, value: null });
    expect(openUrl).toHaveBeenCalledWith('https://egov.kz/');
    const forged = 'https://evil.example/' as Parameters<HostApi['openExternal']>[0];
    expect(errorCode(await host.openExternal(forged))).toBe('invalid-payload');
    expect(openUrl).toHaveBeenCalledTimes(1);
  });
});

describe('page size of a printed document', () => {
  it('A4 is a portrait A4 page', () => {
    expect(pageWidthMm('A4')).toBe(210);
    expect(pageSizeRule('A4', 5000)).toBe('@page { size: A4 portrait; }');
  });

  it('a receipt is 80 mm wide and as long as its content, never shorter than it is wide', () => {
    expect(pageWidthMm('receipt-80mm')).toBe(80);
    // 96 CSS px to the inch: 755 px is 199.76 mm, 757 px is 200.29 mm; paper is never cut short.
    expect(pageSizeRule('receipt-80mm', 755)).toBe('@page { size: 80mm 200mm; }');
    expect(pageSizeRule('receipt-80mm', 757)).toBe('@page { size: 80mm 201mm; }');
    expect(pageSizeRule('receipt-80mm', 10)).toBe('@page { size: 80mm 80mm; }');
  });
});

describe('getHost', () => {
  it('uses the Electron bridge (window.desk) when the preload exposed one', () => {
    const desk = createBrowserHost(environment().env);
    vi.stubGlobal('window', { desk });
    try {
      expect(getHost()).toBe(desk);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('falls back to the browser host, which reports the version of package.json', async () => {
    const host = getHost();
    expect(getHost()).toBe(host);
    const info = await host.getAppInfo();
    expect(info.ok && info.value).toMatchObject({
      host: 'browser',
      name: packageJson.productName,
      version: packageJson.version,
    });
  });
});
