import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDeskConfig } from '../../../electron/main/config';

describe('desk configuration', () => {
  it('uses the embedded default sync server', () => {
    const { config, warnings } = resolveDeskConfig({}, path.posix.isAbsolute);
    expect(config).toEqual({
      syncServerUrl: 'http://127.0.0.1:8787/',
      syncServerOrigin: 'http://127.0.0.1:8787',
      userDataDir: null,
    });
    expect(warnings).toEqual([]);
  });

  it('takes the sync server from COUNTER_DESK_SERVER_URL', () => {
    const { config } = resolveDeskConfig(
      { COUNTER_DESK_SERVER_URL: ' https://sync.cdn.kz/desk ' },
      path.posix.isAbsolute,
    );
    expect(config.syncServerUrl).toBe('https://sync.cdn.kz/desk/');
    expect(config.syncServerOrigin).toBe('https://sync.cdn.kz');
  });

  it.each([
    'not a url',
    'ftp://sync.cdn.kz/',
    'https://user:pw@sync.cdn.kz/',
    'https://sync.cdn.kz/?x=1',
    'javascript:alert(1)',
  ])('ignores the unusable override %s with a warning', (value) => {
    const { config, warnings } = resolveDeskConfig({ COUNTER_DESK_SERVER_URL: value }, path.posix.isAbsolute);
    expect(config.syncServerOrigin).toBe('http://127.0.0.1:8787');
    expect(warnings).toHaveLength(1);
  });

  it('moves the data folder only to an absolute path', () => {
    expect(
      resolveDeskConfig({ COUNTER_DESK_DATA_DIR: '/tmp/desk' }, path.posix.isAbsolute).config.userDataDir,
    ).toBe('/tmp/desk');
    expect(
      resolveDeskConfig({ COUNTER_DESK_DATA_DIR: 'C:\\Desk\\data' }, path.win32.isAbsolute).config
        .userDataDir,
    ).toBe('C:\\Desk\\data');
    const relative = resolveDeskConfig({ COUNTER_DESK_DATA_DIR: 'data' }, path.posix.isAbsolute);
    expect(relative.config.userDataDir).toBeNull();
    expect(relative.warnings).toHaveLength(1);
  });
});
