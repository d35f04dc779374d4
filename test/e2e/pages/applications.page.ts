import { expect, type Locator, type Page } from '@playwright/test';

/** The applications list with its search box, in English. */
export class ApplicationsPage {
  readonly searchInput: Locator;
  readonly empty: Locator;
  readonly rows: Locator;
  /** On one application's screen: its events, oldest first. */
  readonly historyRows: Locator;

  constructor(readonly page: Page) {
    this.searchInput = page.getByRole('searchbox', { name: 'IIN, name or receipt number' });
    this.empty = page.getByTestId('applications-empty');
    this.rows = page.getByTestId('application-row');
    this.historyRows = page.getByTestId('application-history').locator('tbody tr');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Applications' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Applications' })).toBeVisible();
  }

  /** Types the query and presses Enter, as a barcode scanner does. */
  async search(query: string): Promise<void> {
    await this.searchInput.fill(query);
    await this.searchInput.press('Enter');
  }

  /** Opens the application whose row shows this receipt number. */
  async openApplication(receiptNumber: string): Promise<void> {
    await this.rows.getByRole('link', { name: receiptNumber }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Application ${receiptNumber}` }),
    ).toBeVisible();
  }
}
