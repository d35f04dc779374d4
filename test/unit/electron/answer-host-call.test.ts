import { describe, expect, it, vi } from 'vitest';
import { hostOk, hostFail, type PrintRequest } from '../../../shared/host';
import { answerHostCall, type HostCall } from '../../../electron/main/ipc/answer-host-call';

const fromApp = { senderFrameUrl: 'app://desk/index.html', isMainFrame: true } as const;
const printRequest: PrintRequest = {
  document: { title: 'Қолхат', html: '<p>Қабылданды</p>', pageSize: 'receipt-80mm' },
  printerName: 'XP-80C',
  silent: true,
};

describe('IPC wrapper core', () => {
  it('answers a valid call from the app page with the implementation result', async () => {
    const impl = vi.fn(async (request: PrintRequest) => {
      expect(request).toEqual(printRequest);
      return hostOk(null);
    });
    await expect(
      answerHostCall('printDocument', impl, { ...fromApp, payload: printRequest }),
    ).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(impl).toHaveBeenCalledOnce();
  });

  it('passes the implementation’s own failures through untouched', async () => {
    const answer = await answerHostCall(
      'printDocument',
      async () => hostFail('printer-not-found', 'no XP-80C'),
      {
        ...fromApp,
        payload: printRequest,
      },
    );
    expect(answer).toEqual({ ok: false, error: { code: 'printer-not-found', message: 'no XP-80C' } });
  });

  it.each<[string, HostCall]>([
    ['a foreign origin', { senderFrameUrl: 'https://evil.example/', isMainFrame: true, payload: undefined }],
    ['a look-alike origin', { senderFrameUrl: 'app://desk.evil/', isMainFrame: true, payload: undefined }],
    ['a file:// page', { senderFrameUrl: 'file:///tmp/index.html', isMainFrame: true, payload: undefined }],
    [
      'a subframe of the app',
      { senderFrameUrl: 'app://desk/index.html', isMainFrame: false, payload: undefined },
    ],
    ['a frame that is gone', { senderFrameUrl: null, isMainFrame: true, payload: undefined }],
  ])('refuses %s as forbidden-sender without calling the implementation', async (_label, call) => {
    const impl = vi.fn(async () =>
      hostOk({
        name: 'x',
        version: '1',
        host: 'electron' as const,
        platform: 'linux',
        syncServerUrl: 'http://127.0.0.1:8787/',
      }),
    );
    const answer = await answerHostCall('getAppInfo', impl, call);
    expect(answer.ok).toBe(false);
    expect(answer.ok ? undefined : answer.error.code).toBe('forbidden-sender');
    expect(impl).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing document', { silent: true }],
    ['an unknown page size', { ...printRequest, document: { ...printRequest.document, pageSize: 'A3' } }],
    ['too many copies', { ...printRequest, copies: 50 }],
    ['a string instead of an object', 'print please'],
  ])('refuses %s as invalid-payload without calling the implementation', async (_label, payload) => {
    const impl = vi.fn(async () => hostOk(null));
    const answer = await answerHostCall('printDocument', impl, { ...fromApp, payload });
    expect(answer.ok ? undefined : answer.error.code).toBe('invalid-payload');
    expect(impl).not.toHaveBeenCalled();
  });

  it('refuses a path in place of a bare PDF file name', async () => {
    const answer = await answerHostCall('savePdf', async () => hostOk({ path: '', bytes: 0 }), {
      ...fromApp,
      payload: { document: printRequest.document, suggestedFileName: '../../.bashrc.pdf' },
    });
    expect(answer.ok ? undefined : answer.error.code).toBe('invalid-payload');
  });

  it('refuses an external link that is not on the allow-list', async () => {
    const answer = await answerHostCall('openExternal', async () => hostOk(null), {
      ...fromApp,
      payload: 'https://evil.example/',
    });
    expect(answer.ok ? undefined : answer.error.code).toBe('invalid-payload');
  });

  it('does not echo rejected values (they may be secrets) in the error message', async () => {
    const answer = await answerHostCall('protectSecret', async () => hostOk('x'), {
      ...fromApp,
      payload: { secret: 'hunter2-very-secret' },
    });
    expect(answer.ok ? '' : answer.error.message).not.toContain('hunter2');
  });

  it('turns a thrown error into an internal failure instead of throwing across IPC', async () => {
    const answer = await answerHostCall(
      'appendJournal',
      async () => {
        throw new Error('disk on fire');
      },
      { ...fromApp, payload: { kind: 'accepted', id: 'a1', payload: '{}' } },
    );
    expect(answer).toEqual({
      ok: false,
      error: { code: 'internal', message: 'appendJournal: disk on fire' },
    });
  });

  it('takes no payload where the contract says none', async () => {
    const impl = vi.fn(async () => hostOk([]));
    expect((await answerHostCall('listPrinters', impl, { ...fromApp, payload: undefined })).ok).toBe(true);
    expect((await answerHostCall('listPrinters', impl, { ...fromApp, payload: { all: true } })).ok).toBe(
      false,
    );
    expect(impl).toHaveBeenCalledOnce();
  });
});
