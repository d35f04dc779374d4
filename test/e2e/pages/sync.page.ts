import { expect, type Locator, type Page } from '@playwright/test';
import { readDeskSyncRecord } from '../fixtures/desk-sync-record';

/** How many of the page's latest console messages a failed wait for a sync reports. */
const consoleMessagesKept = 40;

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
  readonly #consoleMessages: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => {
      this.#consoleMessages.push(
        `${new Date().toISOString().slice(11, 23)} ${message.type()}: ${message.text()}`,
      );
      if (this.#consoleMessages.length > consoleMessagesKept) this.#consoleMessages.shift();
    });
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

  /**
   * Wakes the engine as the network's return does, and checks again, until `check` passes. When it
   * never does, the error says where the desk's sync stood: its record, its Web Locks and the
   * page's latest console messages.
   */
  async afterSync(check: () => Promise<void>, timeout = 30_000): Promise<void> {
    try {
      await expect(async () => {
        await this.networkReturns();
        await check();
      }).toPass({ timeout });
    } catch (error) {
      if (error instanceof Error) {
        error.message +=
          `\n\nThe desk's sync record: ${await readDeskSyncRecord(this.page)}` +
          `\n\nThe page's latest console messages:\n${this.#consoleMessages.join('\n')}`;
      }
      throw error;
    }
  }
}
