import { describe, expect, it, vi } from 'vitest';
import { hostMethods, hostOk, type HostMethod } from '../../../shared/host';
import type { HostInvoke } from '../../../electron/common/host-call';
import { createDeskApi } from '../../../electron/preload/desk-api';

describe('preload surface (window.desk)', () => {
  it('exposes exactly the contract’s methods, nothing more', () => {
    const api = createDeskApi(vi.fn() as unknown as HostInvoke);
    expect(Object.keys(api).sort()).toEqual([...hostMethods].sort());
    for (const method of hostMethods) expect(typeof api[method]).toBe('function');
  });

  it('is frozen, so page scripts cannot swap a method', () => {
    expect(Object.isFrozen(createDeskApi(vi.fn() as unknown as HostInvoke))).toBe(true);
  });

  it('sends each method to its own channel with its argument', async () => {
    const calls: Array<[HostMethod, unknown]> = [];
    const invoke = (async (method: HostMethod, payload: unknown) => {
      calls.push([method, payload]);
      return hostOk(null);
    }) as HostInvoke;
    const api = createDeskApi(invoke);
    await api.getAppInfo();
    await api.openExternal('egov-portal');
    await api.protectSecret('token');
    expect(calls).toEqual([
      ['getAppInfo', undefined],
      ['openExternal', 'egov-portal'],
      ['protectSecret', 'token'],
    ]);
  });
});
