import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

type Texts = { readonly [key: string]: string | Texts };

/** The provider console (served by the sync server at /console), in one of its languages. */
export class ProviderConsolePage {
  private readonly texts: Texts;

  constructor(
    readonly page: Page,
    readonly serverUrl: string,
    readonly language: 'kk' | 'ru' | 'en',
  ) {
    this.texts = JSON.parse(readFileSync(`locales/${language}/console.json`, 'utf8')) as Texts;
  }

  text(path: string): string {
    let node: string | Texts | undefined = this.texts;
    for (const part of path.split('.')) node = typeof node === 'string' ? undefined : node?.[part];
    if (typeof node !== 'string') throw new Error(`No console text ${path}`);
    return node;
  }

  async signIn(login: string, password: string): Promise<void> {
    await this.page.goto(`${this.serverUrl}/console/language?lang=${this.language}&back=/console/sign-in`);
    await expect(this.page.getByRole('heading', { level: 1, name: this.text('signIn.title') })).toBeVisible();
    await this.page.getByLabel(this.text('signIn.login')).fill(login);
    await this.page.getByLabel(this.text('signIn.password')).fill(password);
    await this.page.getByRole('button', { name: this.text('signIn.submit') }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.text('list.title') })).toBeVisible();
  }

  async openApplication(receiptNumber: string): Promise<void> {
    await this.page.getByRole('link', { name: receiptNumber }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(receiptNumber);
  }

  async press(action: string, notice: string): Promise<void> {
    await this.page.getByRole('button', { name: this.text(`actions.${action}`) }).click();
    await expect(this.page.getByRole('status')).toHaveText(this.text(`notice.${notice}`));
  }

  async recordResult(resultLabel: string): Promise<void> {
    await this.page.getByRole('radio', { name: resultLabel }).check();
    await this.press('recordResult', 'resultRecorded');
  }
}

/** The console's "Returned to you" page: the centre's return batches, confirmed as a whole. */
export class ProviderReturnsPage {
  constructor(readonly console: ProviderConsolePage) {}

  async open(): Promise<void> {
    await this.console.page.getByRole('link', { name: this.console.text('views.returns') }).click();
    await expect(
      this.console.page.getByRole('heading', { level: 1, name: this.console.text('returns.title') }),
    ).toBeVisible();
  }

  batch(number: string) {
    return this.console.page.locator('section.return-batch').filter({
      has: this.console.page.getByRole('heading', { name: new RegExp(number) }),
    });
  }

  async confirm(number: string): Promise<void> {
    await this.batch(number).getByRole('button').click();
    await expect(this.console.page.getByRole('status')).toHaveText(
      this.console.text('notice.returnConfirmed'),
    );
  }
}
