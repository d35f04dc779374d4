import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pdfText, printedDocuments, recordPrints } from '../fixtures/printed-documents';

export type SupervisorLanguage = 'kk' | 'ru' | 'en';

type Texts = { readonly [key: string]: string | Texts };

/** The supervision screen (#/supervisor): shelf review, slot map and stock-take, in one interface language. */
export class SupervisorPage {
  private readonly texts: Texts;
  readonly review: Locator;
  readonly rows: Locator;
  readonly map: Locator;
  readonly stockTake: Locator;
  readonly scanInput: Locator;
  readonly scanOutcome: Locator;
  readonly scans: Locator;
  readonly report: Locator;

  constructor(
    readonly page: Page,
    readonly language: SupervisorLanguage,
  ) {
    this.texts = JSON.parse(readFileSync(`locales/${language}/supervisor.json`, 'utf8')) as Texts;
    this.review = page.getByTestId('shelf-review');
    this.rows = page.getByTestId('shelf-row');
    this.map = page.getByTestId('slot-map');
    this.stockTake = page.getByTestId('stock-take');
    this.scanInput = page.getByRole('textbox', { name: this.text('stockTake.scanLabel') });
    this.scanOutcome = page.getByTestId('scan-outcome');
    this.scans = page.getByTestId('stock-take-scan');
    this.report = page.getByTestId('stock-take-report');
  }

  /** 'counts.onShelf' → the text in this page's language, with {{placeholders}} filled. */
  text(path: string, vars: Readonly<Record<string, string | number>> = {}): string {
    let node: string | Texts | undefined = this.texts;
    for (const part of path.split('.')) node = typeof node === 'string' ? undefined : node?.[part];
    if (typeof node !== 'string') throw new Error(`No supervisor text ${path}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_whole, name: string) => String(vars[name] ?? ''));
  }

  async open(): Promise<void> {
    await this.page.evaluate(() => {
      window.location.hash = '#/supervisor';
    });
    await expect(this.page.getByRole('heading', { level: 1, name: this.text('title') })).toBeVisible();
  }

  /** The figure shown for one count ('onShelf', 'overdue'…). */
  count(key: string): Locator {
    return this.page.getByTestId(`count-${key}`).locator('dd');
  }

  async chooseFilter(labelPath: string): Promise<void> {
    await this.page.getByRole('radio', { name: this.text(labelPath) }).check();
  }

  async typeDays(days: string): Promise<void> {
    await this.page.getByRole('textbox', { name: this.text('filter.days') }).fill(days);
  }

  /** A slot of the map by (part of) its accessible name: the receipt number in it, or "A-1-01, free". */
  slot(name: string): Locator {
    return this.map.getByRole('button', { name });
  }

  async startStockTake(): Promise<void> {
    await this.stockTake.getByTestId('stock-take-start').click();
    await expect(this.scanInput).toBeVisible();
  }

  /** Types the text and presses Enter, as a barcode scanner does; waits for the answer. */
  async scan(text: string): Promise<void> {
    const before = await this.scanOutcome.textContent();
    await this.scanInput.fill(text);
    await this.scanInput.press('Enter');
    await expect(this.scanInput).toHaveValue('');
    await expect.poll(async () => this.scanOutcome.textContent()).not.toBe(before);
  }

  async finishStockTake(): Promise<void> {
    await this.stockTake.getByTestId('stock-take-finish').click();
    await expect(this.report).toBeVisible();
  }

  async recordPrints(): Promise<void> {
    await recordPrints(this.page);
  }

  async printReport(language: 'kk' | 'ru'): Promise<void> {
    const before = (await this.printedDocuments()).length;
    await this.report.getByTestId(`print-report-${language}`).click();
    await expect.poll(async () => (await this.printedDocuments()).length).toBe(before + 1);
  }

  printedDocuments(): Promise<string[]> {
    return printedDocuments(this.page);
  }

  /** Renders a printed document to PDF in a fresh page and returns its text (pdftotext), spaces normalised. */
  pdfText(html: string, file: string): Promise<string> {
    return pdfText(this.page, html, file);
  }
}
