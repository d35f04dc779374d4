import { expect, type Locator, type Page } from '@playwright/test';

/** The idle-lock screen, in English. */
export class LockPage {
  readonly form: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('unlock-form');
    this.error = page.getByTestId('unlock-error');
  }

  async expectShown(): Promise<void> {
    await expect(this.form).toBeVisible();
  }

  async unlock(pin: string): Promise<void> {
    await this.form.getByLabel('PIN', { exact: true }).fill(pin);
    await this.form.getByRole('button', { name: 'Unlock' }).click();
  }
}
