import { expect, type Locator, type Page } from '@playwright/test';
import type { UserDetails } from './set-up.page';

/** The Settings screen's users and centre panels, in English. */
export class UsersPage {
  readonly form: Locator;
  readonly table: Locator;
  readonly centreHours: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('add-user-form');
    this.table = page.getByTestId('users-table');
    this.centreHours = page.getByTestId('centre-hours');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await expect(this.table).toBeVisible();
  }

  async addUser(user: UserDetails, role: 'Clerk' | 'Mobile clerk' | 'Supervisor'): Promise<void> {
    await this.form.getByLabel('Full name', { exact: true }).fill(user.displayName);
    await this.form.getByLabel('Login', { exact: true }).fill(user.login);
    await this.form.getByLabel('Role', { exact: true }).selectOption({ label: role });
    await this.form.getByLabel('Password', { exact: true }).fill(user.password);
    await this.form.getByLabel('PIN', { exact: true }).fill(user.pin);
    await this.form.getByRole('button', { name: 'Add user' }).click();
    await expect(this.page.getByTestId('add-user-done')).toBeVisible();
  }

  /** The opening-hours row of one day, e.g. 'Saturday'. */
  hoursOn(day: string): Locator {
    return this.centreHours.getByRole('row', { name: day });
  }
}
