import { expect, type Locator, type Page } from '@playwright/test';

/** The sync screen and the header's sync indicator, in English. */
export class SyncPage {
  readonly indicator: Locator;
  readonly form: Locator;
  readonly serverUrl: Locator;
  readonly code: Locator;
  readonly error: Locator;
  readonly done: Locator;
  readonly device: Locator;
  readonly waitingCount: Locator;
  readonly lastError: Locator;

  constructor(readonly page: Page) {
    this.indicator = page.getByTestId('sync-indicator');
    this.form = page.getByTestId('enrol-form');
    this.serverUrl = page.getByLabel('Server address');
    this.code = page.getByLabel('One-time code');
    this.error = page.getByTestId('enrol-error');
    this.done = page.getByTestId('enrol-done');
    this.device = page.getByTestId('sync-device');
    this.waitingCount = page.getByTestId('sync-waiting-count');
    this.lastError = page.getByTestId('sync-last-error');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Sync' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Synchronisation' })).toBeVisible();
  }

  async enrol(code: string): Promise<void> {
    await this.code.fill(code);
    await this.page.getByRole('button', { name: 'Connect' }).click();
  }

  /** What the desk does when the network returns: wake the engine now instead of at its period. */
  async networkReturns(): Promise<void> {
    await this.page.evaluate(() => window.dispatchEvent(new Event('online')));
  }
}
