import { expect, type Locator, type Page } from '@playwright/test';

/** What the first run asks for; the defaults make a valid ordinary centre. */
export interface DeskSetUpDetails {
  readonly centreCode: string;
  readonly nameKk: string;
  readonly nameRu: string;
  readonly addressKk: string;
  readonly addressRu: string;
  readonly workstationCode: string;
  readonly supervisor: UserDetails;
  /** Set for a duty centre: its Saturday hours ('HH:MM'). */
  readonly dutySaturday?: { readonly open: string; readonly close: string };
}

export interface UserDetails {
  readonly displayName: string;
  readonly login: string;
  readonly password: string;
  readonly pin: string;
}

export const firstSupervisor: UserDetails = {
  displayName: 'Сейітова Айгүл Маратқызы',
  login: 'aigul.seitova',
  password: 'korshi-parol-2026',
  pin: '4826',
};

export const exampleDesk: DeskSetUpDetails = {
  centreCode: 'ALM01',
  nameKk: 'Алматы қаласы бойынша ХҚКО №1',
  nameRu: 'ЦОН №1 по городу Алматы',
  addressKk: 'Алматы қ., Абай даңғылы, 10',
  addressRu: 'г. Алматы, проспект Абая, 10',
  workstationCode: '03',
  supervisor: firstSupervisor,
};

/**
 * The first-run set-up screen. Fields are found by their labels in English, so the test language
 * is switched first (`fill` does it); the labels in other languages are the locale tests' business.
 */
export class SetUpPage {
  readonly form: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('set-up-form');
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async expectShown(): Promise<void> {
    await expect(this.form).toBeVisible();
  }

  field(label: string | RegExp): Locator {
    return this.form.getByLabel(label, { exact: typeof label === 'string' });
  }

  async fill(details: DeskSetUpDetails = exampleDesk): Promise<void> {
    await this.field('Centre code').fill(details.centreCode);
    await this.field('Centre name in Kazakh').fill(details.nameKk);
    await this.field('Centre name in Russian').fill(details.nameRu);
    await this.field('Address in Kazakh').fill(details.addressKk);
    await this.field('Address in Russian').fill(details.addressRu);
    if (details.dutySaturday !== undefined) {
      await this.field('Duty centre (also works on Saturday)').check();
      await this.field('Saturday: opens at').fill(details.dutySaturday.open);
      await this.field('Saturday: closes at').fill(details.dutySaturday.close);
    }
    await this.field('Workstation code').fill(details.workstationCode);
    await this.field('Full name').fill(details.supervisor.displayName);
    await this.field('Login').fill(details.supervisor.login);
    await this.field('Password').fill(details.supervisor.password);
    await this.field('PIN').fill(details.supervisor.pin);
  }

  async submit(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save and continue' }).click();
  }
}
