import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Path of the Electron binary, or undefined where it was never installed. Electron 45 downloads
 * its binary from GitHub on first use; requiring 'electron' would try that, so read path.txt instead.
 */
function electronBinary(): string | undefined {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (override) return existsSync(override) ? path.join(override, 'electron') : undefined;
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();

function definedEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

test.describe('Electron shell (smoke)', () => {
  test.skip(
    binary === undefined,
    'No Electron binary on this machine (it downloads from GitHub, which is unreachable here); the renderer is covered in browser mode.',
  );

  test('starts one secure window showing the app from app://', async () => {
    if (binary === undefined) return;
    const app = await electron.launch({
      executablePath: binary,
      args: [path.resolve('dist/electron/main/index.cjs')],
      env: { ...definedEnv(), COUNTER_DESK_DATA_DIR: test.info().outputPath('user-data') },
    });
    try {
      const window = await app.firstWindow();
      expect(window.url()).toMatch(/^app:\/\/desk\//);
      await expect(window.locator('html')).toHaveAttribute('lang', 'kk');
      const exposesNode = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require);
      expect(exposesNode).toBe('undefined');
      const deskKeys = await window.evaluate(() => Object.keys((globalThis as { desk?: object }).desk ?? {}));
      expect(deskKeys.length).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });
});
