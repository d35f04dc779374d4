import { expect, type Locator, type Page } from '@playwright/test';

/** The sign-in screen (login and password), in English. */
export class SignInPage {
  readonly form: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('sign-in-form');
    this.error = page.getByTestId('sign-in-error');
  }

  async expectShown(): Promise<void> {
    await expect(this.form).toBeVisible();
  }

  async signIn(login: string, password: string): Promise<void> {
    await this.form.getByLabel('Login', { exact: true }).fill(login);
    await this.form.getByLabel('Password', { exact: true }).fill(password);
    await this.form.getByRole('button', { name: 'Sign in' }).click();
  }
}
