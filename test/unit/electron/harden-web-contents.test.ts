import { describe, expect, it, vi } from 'vitest';
import {
  hardenWebContents,
  type DeniedAction,
  type NavigableContents,
} from '../../../electron/main/security/harden-web-contents';

type Listener = (...args: never[]) => void;

/** A stand-in for WebContents: records listeners and lets the test emit events. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      openHandler = handler;
    },
  };
  const emit = (event: string, ...args: unknown[]) => {
    for (const listener of listeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(...args);
  };
  const preventable = (extra: object = {}) => ({ preventDefault: vi.fn(), ...extra });
  return {
    contents: contents as unknown as NavigableContents,
    emit,
    preventable,
    listenerCount: (event: string) => listeners.get(event)?.length ?? 0,
    openWindow: (url: string) => openHandler?.({ url }),
  };
}

describe('navigation lock', () => {
  it.each(['https://evil.example/', 'app://desk/other.html', 'file:///etc/passwd'])(
    'prevents navigating the page to %s',
    (url) => {
      const fake = fakeContents();
      const denials: Array<[DeniedAction, string]> = [];
      hardenWebContents(fake.contents, (action, target) => denials.push([action, target]));
      const event = fake.preventable();
      fake.emit('will-navigate', event, url);
      expect(event.preventDefault).toHaveBeenCalledOnce();
      expect(denials).toEqual([['navigate', url]]);
    },
  );

  it('prevents frame navigations, redirects and <webview> attachment', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, () => undefined);
    const frame = fake.preventable({ url: 'https://evil.example/' });
    const redirect = fake.preventable();
    const webview = fake.preventable();
    fake.emit('will-frame-navigate', frame);
    fake.emit('will-redirect', redirect, 'https://evil.example/');
    fake.emit('will-attach-webview', webview, {}, {});
    expect(frame.preventDefault).toHaveBeenCalledOnce();
    expect(redirect.preventDefault).toHaveBeenCalledOnce();
    expect(webview.preventDefault).toHaveBeenCalledOnce();
  });

  it('denies every new window, including same-origin ones', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, () => undefined);
    expect(fake.openWindow('https://egov.kz/')).toEqual({ action: 'deny' });
    expect(fake.openWindow('app://desk/index.html')).toEqual({ action: 'deny' });
  });

  it('hardens a WebContents once even when asked twice', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, () => undefined);
    hardenWebContents(fake.contents, () => undefined);
    expect(fake.listenerCount('will-navigate')).toBe(1);
  });
});
