import { expect, type Locator, type Page } from '@playwright/test';

export type Language = 'kk' | 'ru' | 'en';

/** The application shell: header, language switch and navigation between jobs. */
export class ShellPage {
  readonly languageSelect: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    // The lock screen keeps the hidden desk (with its own header) underneath: only the visible switch counts.
    this.languageSelect = page.getByTestId('language-select').filter({ visible: true });
    this.main = page.getByRole('main');
  }

  async open(route = ''): Promise<void> {
    await this.page.goto(`./#/${route}`);
    await expect(this.main).toBeVisible();
  }

  async switchLanguage(language: Language): Promise<void> {
    await this.languageSelect.selectOption(language);
    await this.expectLanguage(language);
  }

  async expectLanguage(language: Language): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
    await expect(this.languageSelect).toHaveValue(language);
  }

  navLink(name: string | RegExp): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name });
  }
}
