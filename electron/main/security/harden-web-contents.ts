/**
 * Navigation lock for every WebContents (windows, and anything Chromium creates later): the app is
 * a single page served from app://desk and never needs to go anywhere else, open a window or
 * attach a <webview>. Written against the few members it uses, so tests can pass a fake.
 */
export interface PreventableEvent {
  preventDefault(): void;
}

export interface NavigableContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(
    event: 'will-frame-navigate',
    listener: (event: PreventableEvent & { readonly url: string }) => void,
  ): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

export type DeniedAction = 'navigate' | 'frame-navigate' | 'redirect' | 'attach-webview' | 'open-window';
export type DenialLogger = (action: DeniedAction, url: string) => void;

const hardened = new WeakSet<object>();

/** Idempotent: the window factory and the app-wide 'web-contents-created' hook may both call it. */
export function hardenWebContents(contents: NavigableContents, logDenial: DenialLogger): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);

  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    logDenial('navigate', url);
  });
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault();
    logDenial('frame-navigate', event.url);
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    logDenial('redirect', url);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logDenial('attach-webview', '');
  });
  contents.setWindowOpenHandler(({ url }) => {
    logDenial('open-window', url);
    return { action: 'deny' };
  });
}
