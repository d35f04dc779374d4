import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { findService, intakeQuestionLabels } from '../../../shared/domain';
import type { IntakePage } from './intake.page';

type Texts = { readonly [key: string]: string | Texts };
export type ShelfLanguage = 'kk' | 'ru' | 'en';

/** The storage shelf at #/shelf (receiving, hand-over, the supervisor's flags) in one interface language. */
export class ShelfPage {
  private readonly texts: Texts;
  readonly receivePanel: Locator;
  readonly handOverPanel: Locator;
  readonly flagsPanel: Locator;

  constructor(
    readonly page: Page,
    readonly language: ShelfLanguage,
  ) {
    this.texts = JSON.parse(readFileSync(`locales/${language}/shelf.json`, 'utf8')) as Texts;
    this.receivePanel = page.getByTestId('shelf-receive');
    this.handOverPanel = page.getByTestId('shelf-hand-over');
    this.flagsPanel = page.getByTestId('shelf-flags');
  }

  /** 'receive.placed' → the text in this page's language, placeholders filled. */
  text(path: string, vars: Readonly<Record<string, string | number>> = {}): string {
    let node: string | Texts | undefined = this.texts;
    for (const part of path.split('.')) node = typeof node === 'string' ? undefined : node?.[part];
    if (typeof node !== 'string') throw new Error(`No shelf text ${path}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_whole, name: string) => String(vars[name] ?? ''));
  }

  async open(): Promise<void> {
    await this.page.goto('./#/shelf');
    await expect(this.page.getByRole('heading', { level: 1, name: this.text('title') })).toBeVisible();
  }

  /** A barcode scanner types the receipt number and presses Enter. */
  async scanReceipt(receiptNumber: string): Promise<void> {
    const field = this.receivePanel.getByLabel(this.text('receive.receiptNumber'));
    await field.fill('');
    await field.focus();
    await this.page.keyboard.type(receiptNumber);
    await this.page.keyboard.press('Enter');
  }

  get slotField(): Locator {
    return this.receivePanel.getByLabel(this.text('receive.slot'));
  }

  get flagged(): Locator {
    return this.page.getByTestId('shelf-flagged');
  }

  /** Places the checked item (in `slot`, or the suggested one) and answers the confirmation. */
  async place(slot?: string): Promise<Locator> {
    if (slot !== undefined) await this.slotField.fill(slot);
    await this.receivePanel.getByRole('button', { name: this.text('receive.place') }).click();
    return this.receivePanel.getByRole('status').or(this.page.getByTestId('shelf-receive-error'));
  }

  async findForHandOver(query: string): Promise<void> {
    const field = this.handOverPanel.getByLabel(this.text('handOver.search'));
    await field.fill('');
    await field.focus();
    await this.page.keyboard.type(query);
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('shelf-selected')).toBeVisible();
  }

  async collectsAs(kind: 'applicant' | 'legal-representative' | 'representative'): Promise<void> {
    await this.handOverPanel.getByRole('radio', { name: this.text(`handOver.kind.${kind}`) }).check();
  }

  async fill(label: string, value: string): Promise<void> {
    await this.handOverPanel.getByLabel(this.text(`handOver.${label}`), { exact: true }).fill(value);
  }

  async handOver(): Promise<void> {
    await this.handOverPanel.getByRole('button', { name: this.text('handOver.submit') }).click();
  }

  get handOverError(): Locator {
    return this.page.getByTestId('shelf-hand-over-error');
  }

  get handedOver(): Locator {
    return this.page.getByTestId('shelf-handed-over');
  }
}

/**
 * The canonical Kazakh intake (IntakePage.acceptAdultDuplicate) with the receipt printed in
 * `receiptLanguage`: the receipt language is what the hand-over slip is printed in.
 */
export async function acceptDuplicateWithReceiptIn(
  intake: IntakePage,
  applicant: { readonly iin: string; readonly surname: string; readonly givenName: string },
  receiptLanguage: 'kk' | 'ru',
): Promise<string> {
  if (receiptLanguage === 'kk') return intake.acceptAdultDuplicate(applicant);
  const service = findService('duplicate-secondary');
  if (service === undefined) throw new Error('No duplicate-secondary service');
  const document = (id: string) => service.documents.find((d) => d.id === id)?.name.kk ?? id;
  await intake.start();
  await intake.choose(service.name.kk);
  await intake.next('provider');
  await intake.chooseProvider();
  await intake.choose(/Көрсетілетін қызметті алушының өзі/);
  const student = intake.text('applicant.student');
  await intake.typeIn(student, intake.text('person.iin'), applicant.iin);
  await intake.typeIn(student, intake.text('person.surname'), applicant.surname);
  await intake.typeIn(student, intake.text('person.givenName'), applicant.givenName);
  await intake.pressEnterTo('conditions');
  await intake.chooseIn(intakeQuestionLabels.documentDamaged.kk, intake.text('answer.no'));
  await intake.chooseIn(intakeQuestionLabels.nameChanged.kk, intake.text('answer.no'));
  await intake.next('documents');
  await intake.choose(document('application'));
  await intake.choose(document('identity-document'));
  await intake.next('consent');
  await intake.choose(intake.text('consent.given'));
  await intake.next('review');
  await intake.chooseIn(intake.text('review.receiptLanguage'), intake.text('review.languageRu'));
  await intake.accept();
  return (await intake.receiptNumber.textContent())?.trim() ?? '';
}
