import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { findService, intakeQuestionLabels } from '../../../shared/domain';
import { readFileSync } from 'node:fs';
import { pdfText, printedDocuments, recordPrints } from '../fixtures/printed-documents';

export type IntakeLanguage = 'kk' | 'ru' | 'en';

type Texts = { readonly [key: string]: string | Texts };

/** The intake namespace of one language, read from the locale files the app bundles. */
function intakeTexts(language: IntakeLanguage): Texts {
  return JSON.parse(readFileSync(`locales/${language}/intake.json`, 'utf8')) as Texts;
}

/** A school or college as the clerk enters it when the desk's directory does not list it yet. */
export interface ProviderInput {
  readonly bin: string;
  readonly kk: string;
  readonly ru: string;
}

/** A school with a valid BIN (check digit fits); new desks have no directory, so it is entered once. */
export const exampleSchool: ProviderInput = {
  bin: '050140001238',
  kk: '№ 42 мектеп-гимназиясы',
  ru: 'Школа-гимназия № 42',
};

/** The intake wizard at #/intake, driven by keyboard in the given interface language. */
export class IntakePage {
  private readonly texts: Texts;
  readonly timer: Locator;
  readonly receiptNumber: Locator;
  readonly dueDate: Locator;

  constructor(
    readonly page: Page,
    readonly language: IntakeLanguage,
  ) {
    this.texts = intakeTexts(language);
    this.timer = page.getByTestId('intake-timer');
    this.receiptNumber = page.getByTestId('receipt-number');
    this.dueDate = page.getByTestId('due-date');
  }

  /** Starts collecting printed documents (again after a reload). */
  async recordPrints(): Promise<void> {
    await recordPrints(this.page);
  }

  /** 'person.iin' → the text in this page's language. */
  text(path: string, vars: Readonly<Record<string, string | number>> = {}): string {
    let node: string | Texts | undefined = this.texts;
    for (const part of path.split('.')) node = typeof node === 'string' ? undefined : node?.[part];
    if (typeof node !== 'string') throw new Error(`No intake text ${path}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_whole, name: string) => String(vars[name] ?? ''));
  }

  async open(): Promise<void> {
    await this.page.goto('./#/intake');
    await expect(this.page.getByRole('heading', { level: 1, name: this.text('title') })).toBeVisible();
  }

  async start(ticket = ''): Promise<void> {
    const field = this.page.getByLabel(this.text('start.ticket'));
    await field.focus();
    if (ticket !== '') await this.page.keyboard.type(ticket);
    await this.page.keyboard.press('Enter');
    await this.expectStep('service');
  }

  stepHeading(step: string): Locator {
    return this.page.getByRole('heading', { level: 2, name: this.text(`step.${step}`) });
  }

  /** The step is shown and its heading has focus (a screen reader announces it). */
  async expectStep(step: string): Promise<void> {
    await expect(this.stepHeading(step)).toBeFocused();
  }

  /** Selects a radio button or ticks a checkbox with the keyboard (focus, Space). */
  async choose(name: string | RegExp): Promise<void> {
    const control = this.page
      .getByRole('radio', { name, exact: true })
      .or(this.page.getByRole('checkbox', { name, exact: true }));
    await control.focus();
    await this.page.keyboard.press('Space');
    await expect(control).toBeChecked();
  }

  /** Selects an option inside one fieldset (several questions share 'Yes' / 'No'). */
  async chooseIn(group: string | RegExp, name: string): Promise<void> {
    const control = this.page
      .getByRole('group', { name: group })
      .getByRole('radio', { name, exact: true })
      .or(this.page.getByRole('group', { name: group }).getByRole('checkbox', { name, exact: true }));
    await control.focus();
    await this.page.keyboard.press('Space');
    await expect(control).toBeChecked();
  }

  /** Types into a field found by its label, as a person or a barcode scanner would. */
  async type(label: string, value: string): Promise<void> {
    const field = this.page.getByLabel(label, { exact: true });
    await field.focus();
    await field.press('ControlOrMeta+a');
    await this.page.keyboard.type(value);
  }

  async typeIn(fieldset: string, label: string, value: string): Promise<void> {
    const field = this.page.getByRole('group', { name: fieldset }).getByLabel(label, { exact: true });
    await field.focus();
    await field.press('ControlOrMeta+a');
    await this.page.keyboard.type(value);
  }

  /** Enter in the focused field moves to the next step (a scanner ends with Enter too). */
  async pressEnterTo(step: string): Promise<void> {
    await this.page.keyboard.press('Enter');
    await this.expectStep(step);
  }

  async next(step: string): Promise<void> {
    await this.page.getByRole('button', { name: this.text('nav.next') }).press('Enter');
    await this.expectStep(step);
  }

  /**
   * The provider step, by keyboard as a barcode scanner would: the BIN into the search box and
   * Enter. Listed: it is chosen and the wizard moves on. Not listed (a new desk): the form for it
   * opens with the BIN, the names are typed (Enter between them saves from the last), then Next.
   */
  async chooseProvider(provider: ProviderInput = exampleSchool): Promise<void> {
    await this.expectStep('provider');
    const search = this.page.getByLabel(this.text('provider.search'), { exact: true });
    await search.focus();
    await search.press('ControlOrMeta+a');
    await this.page.keyboard.type(provider.bin);
    await this.page.keyboard.press('Enter');
    const nameKk = this.page.getByLabel(this.text('provider.new.nameKk'), { exact: true });
    await expect(this.stepHeading('applicant').or(nameKk)).toBeVisible();
    if (await this.stepHeading('applicant').isVisible()) return this.expectStep('applicant');
    await expect(this.page.getByLabel(this.text('provider.new.bin'), { exact: true })).toHaveValue(
      provider.bin,
    );
    await this.enterProviderNames(provider);
    await this.next('applicant');
  }

  /** With the "not listed" form open and its name field in Kazakh focused: both names, saved by Enter. */
  async enterProviderNames(provider: ProviderInput): Promise<void> {
    await expect(this.page.getByLabel(this.text('provider.new.nameKk'), { exact: true })).toBeFocused();
    await this.page.keyboard.type(provider.kk);
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByLabel(this.text('provider.new.nameRu'), { exact: true })).toBeFocused();
    await this.page.keyboard.type(provider.ru);
    await this.page.keyboard.press('Enter');
    const name = this.language === 'kk' ? provider.kk : provider.ru;
    await expect(this.providerChosen).toHaveText(this.text('provider.chosen', { name, bin: provider.bin }));
    await expect(this.providerChosen).toBeFocused();
  }

  /**
   * The canonical counter intake in Kazakh, by keyboard: an adult's duplicate-secondary, nothing
   * changed or damaged, the application and the identity document presented, consent, accept.
   * Answers the receipt number. The wizard must be open, in Kazakh (this page's language).
   */
  async acceptAdultDuplicate(applicant: {
    readonly iin: string;
    readonly surname: string;
    readonly givenName: string;
    readonly ticket?: string;
  }): Promise<string> {
    const service = findService('duplicate-secondary');
    if (service === undefined) throw new Error('No duplicate-secondary service');
    const document = (id: string) => service.documents.find((d) => d.id === id)?.name.kk ?? id;
    await this.start(applicant.ticket ?? '');
    await this.choose(service.name.kk);
    await this.next('provider');
    await this.chooseProvider();
    await this.choose(/Көрсетілетін қызметті алушының өзі/);
    const student = this.text('applicant.student');
    await this.typeIn(student, this.text('person.iin'), applicant.iin);
    await this.typeIn(student, this.text('person.surname'), applicant.surname);
    await this.typeIn(student, this.text('person.givenName'), applicant.givenName);
    await this.pressEnterTo('conditions');
    await this.chooseIn(intakeQuestionLabels.documentDamaged.kk, this.text('answer.no'));
    await this.chooseIn(intakeQuestionLabels.nameChanged.kk, this.text('answer.no'));
    await this.next('documents');
    await this.choose(document('application'));
    await this.choose(document('identity-document'));
    await this.next('consent');
    await this.choose(this.text('consent.given'));
    await this.next('review');
    await this.accept();
    return (await this.receiptNumber.textContent())?.trim() ?? '';
  }

  get providerChosen(): Locator {
    return this.page.locator('.intake-provider__chosen');
  }

  async expectDraftSaved(): Promise<void> {
    await expect(this.page.getByText(this.text('draft.saved'), { exact: true })).toBeVisible();
  }

  async accept(): Promise<void> {
    await this.page.getByRole('button', { name: this.text('decision.accept') }).press('Enter');
    await expect(
      this.page.getByRole('heading', { level: 2, name: this.text('outcome.accepted') }),
    ).toBeFocused();
  }

  async refuse(): Promise<void> {
    await this.page.getByRole('button', { name: this.text('decision.refuse') }).press('Enter');
    await expect(
      this.page.getByRole('heading', { level: 2, name: this.text('outcome.refused') }),
    ).toBeFocused();
  }

  /** No serious or critical accessibility violation on what is shown now. */
  async expectAccessible(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).include('main').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  /** The documents printed so far, as complete HTML (what the print frame received). */
  printedDocuments(): Promise<string[]> {
    return printedDocuments(this.page);
  }

  /** Renders a printed document to PDF in a fresh page and returns its text (pdftotext). */
  pdfText(html: string, file: string): Promise<string> {
    return pdfText(this.page, html, file);
  }
}
