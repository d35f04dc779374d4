import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/e2e/fixtures/chromium';

const previewPort = Number(process.env.CD_E2E_PORT ?? 4174);

// E2E tests drive the BUILT renderer (`npm run build`) in Debian's Chromium, never a downloaded browser.
export default defineConfig({
  testDir: './test',
  testMatch: ['e2e/**/*.spec.ts', 'e2e-electron/**/*.spec.ts'],
  outputDir: './.cache/test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  reporter: [
    ['list'],
    ...(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME
      ? ([['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME }]] as const)
      : []),
  ],
  use: {
    baseURL: `http://127.0.0.1:${previewPort}/`,
    launchOptions: chromiumLaunchOptions,
    locale: 'kk-KZ',
    timezoneId: 'Asia/Almaty',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node scripts/serve-renderer.mjs --port ${previewPort}`,
    url: `http://127.0.0.1:${previewPort}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
