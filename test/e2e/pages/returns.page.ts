import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

type Texts = { readonly [key: string]: string | Texts };

function textsOf(namespace: string, language: 'kk' | 'ru' | 'en'): Texts {
  return JSON.parse(readFileSync(`locales/${language}/${namespace}.json`, 'utf8')) as Texts;
}

function lookUp(texts: Texts, path: string, vars: Readonly<Record<string, string | number>>): string {
  let node: string | Texts | undefined = texts;
  for (const part of path.split('.')) node = typeof node === 'string' ? undefined : node?.[part];
  if (typeof node !== 'string') throw new Error(`No text ${path}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_whole, name: string) => String(vars[name] ?? ''));
}

/** The returns screen (#/returns) and the shelf's receiving panel, in one interface language. */
export class ReturnsPage {
  private readonly texts: Texts;
  private readonly shelfTexts: Texts;
  readonly due: Locator;
  readonly batches: Locator;
  readonly waiting: Locator;
  readonly done: Locator;

  constructor(
    readonly page: Page,
    readonly language: 'kk' | 'ru' | 'en',
  ) {
    this.texts = textsOf('returns', language);
    this.shelfTexts = textsOf('shelf', language);
    this.due = page.getByTestId('returns-due');
    this.batches = page.getByTestId('return-batch');
    this.waiting = page.getByTestId('re-request-row');
    this.done = page.getByTestId('returns-done');
  }

  text(path: string, vars: Readonly<Record<string, string | number>> = {}): string {
    return lookUp(this.texts, path, vars);
  }

  async open(): Promise<void> {
    await this.page.goto('./#/returns');
    await expect(this.page.getByRole('heading', { level: 1, name: this.text('title') })).toBeVisible();
  }

  /** Receives an arriving result onto the shelf (the shelf screen), in the suggested slot. */
  async receiveOnShelf(receiptNumber: string): Promise<string> {
    await this.page.goto('./#/shelf');
    const shelf = (path: string) => lookUp(this.shelfTexts, path, {});
    await this.page.getByLabel(shelf('receive.receiptNumber')).fill(receiptNumber);
    await this.page.getByRole('button', { name: shelf('receive.find') }).click();
    const slot = this.page.getByLabel(shelf('receive.slot'));
    await expect(slot).not.toHaveValue('');
    const chosen = await slot.inputValue();
    await this.page.getByRole('button', { name: shelf('receive.place') }).click();
    await expect(this.page.getByTestId('shelf-received')).toContainText(receiptNumber);
    return chosen;
  }

  async makeBatch(providerBin: string): Promise<void> {
    await this.due.locator(`[data-provider-bin="${providerBin}"]`).getByTestId('make-batch').click();
    await expect(this.done).toBeVisible();
  }

  async printAct(language: 'kk' | 'ru'): Promise<void> {
    await this.batches.first().getByTestId(`print-act-${language}`).click();
    await expect(this.done).toHaveText(this.text('batches.printed'));
  }

  /** Finds the returned result and re-requests it; returns the provider's deadline as the notice says it. */
  async reRequest(query: string): Promise<string> {
    await this.page.getByTestId('re-request-query').fill(query);
    await this.page.getByTestId('re-request-query').press('Enter');
    await this.page.getByTestId('re-request-candidate').getByTestId('file-re-request').click();
    const [before, after] = this.text('reRequest.filed', { date: '\u0000' }).split('\u0000');
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const filed = new RegExp(`^${escape(before ?? '')}(\\d{2}\\.\\d{2}\\.\\d{4})${escape(after ?? '')}$`);
    await expect(this.done).toHaveText(filed);
    return filed.exec((await this.done.textContent()) ?? '')?.[1] ?? '';
  }
}
