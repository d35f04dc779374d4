import { describe, expect, it } from 'vitest';
import {
  shouldGrantPermissionCheck,
  shouldGrantPermissionRequest,
} from '../../../electron/main/security/permission-policy';

const appPage = { requestingUrl: 'app://desk/index.html', isMainFrame: true };

describe('permission requests', () => {
  it('grants the document camera: video only, to the app page', () => {
    expect(shouldGrantPermissionRequest({ ...appPage, permission: 'media', mediaTypes: ['video'] })).toBe(
      true,
    );
  });

  it.each([
    ['a microphone', { ...appPage, permission: 'media', mediaTypes: ['audio'] }],
    ['camera and microphone together', { ...appPage, permission: 'media', mediaTypes: ['video', 'audio'] }],
    ['media without saying which', { ...appPage, permission: 'media' }],
    ['media with an empty list', { ...appPage, permission: 'media', mediaTypes: [] }],
    [
      'the camera for a subframe',
      { ...appPage, isMainFrame: false, permission: 'media', mediaTypes: ['video'] },
    ],
    [
      'the camera for another origin',
      {
        requestingUrl: 'https://evil.example/',
        isMainFrame: true,
        permission: 'media',
        mediaTypes: ['video'],
      },
    ],
    [
      'the camera for a look-alike origin',
      { requestingUrl: 'app://desk.evil/', isMainFrame: true, permission: 'media', mediaTypes: ['video'] },
    ],
    ['notifications', { ...appPage, permission: 'notifications' }],
    ['geolocation', { ...appPage, permission: 'geolocation' }],
    ['clipboard reading', { ...appPage, permission: 'clipboard-read' }],
    ['screen capture', { ...appPage, permission: 'display-capture' }],
    ['opening external links', { ...appPage, permission: 'openExternal' }],
    ['HID devices', { ...appPage, permission: 'hid' }],
    ['fullscreen', { ...appPage, permission: 'fullscreen' }],
  ])('denies %s', (_label, facts) => {
    expect(shouldGrantPermissionRequest(facts)).toBe(false);
  });
});

describe('permission checks', () => {
  it('answers yes only for video media from the app origin', () => {
    const base = { requestingOrigin: 'app://desk', isMainFrame: true, permission: 'media' };
    expect(shouldGrantPermissionCheck({ ...base, mediaType: 'video' })).toBe(true);
    expect(shouldGrantPermissionCheck({ ...base, mediaType: 'audio' })).toBe(false);
    expect(shouldGrantPermissionCheck({ ...base, mediaType: 'unknown' })).toBe(false);
    expect(
      shouldGrantPermissionCheck({ ...base, requestingOrigin: 'https://evil.example', mediaType: 'video' }),
    ).toBe(false);
    expect(shouldGrantPermissionCheck({ ...base, isMainFrame: false, mediaType: 'video' })).toBe(false);
    expect(shouldGrantPermissionCheck({ ...base, permission: 'notifications' })).toBe(false);
  });
});
