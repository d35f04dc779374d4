import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { applicantRoleLabels, findService, iinCheckDigit, intakeQuestionLabels } from '../../shared/domain';
import { expect, test } from './fixtures/app';
import { seriousAccessibilityViolations } from './fixtures/axe';
import { exampleDesk } from './pages/set-up.page';
import type { ShellPage } from './pages/shell.page';
import { SignInPage } from './pages/sign-in.page';
import { IntakePage, type IntakeLanguage, type ProviderInput } from './pages/intake.page';

/** Texts of another namespace, as the app bundles them ('bin.checksum' → validation.json). */
const localeText = (language: IntakeLanguage, namespace: string, path: string): string => {
  let node: unknown = JSON.parse(readFileSync(`locales/${language}/${namespace}.json`, 'utf8'));
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`No text ${namespace}:${path}`);
  return node;
};

const duplicateSecondary = findService('duplicate-secondary');
if (duplicateSecondary === undefined) throw new Error('No duplicate-secondary service');

/** A village school no directory lists yet; its BIN's check digit fits. */
const village: ProviderInput = {
  bin: binOf('14094001234'),
  kk: 'Талдыбұлақ ауылының жалпы білім беретін мектебі',
  ru: 'Общеобразовательная школа села Талдыбулак',
};

function binOf(first11: string): string {
  const digit = iinCheckDigit(first11);
  if (digit === null) throw new Error(`No check digit for ${first11}`);
  return `${first11}${digit}`;
}

test.describe.configure({ timeout: 90_000 });

/** After a reload the desk may ask to sign in again (the sign-in page model reads English labels). */
async function reloadAndSignIn(page: Page, shell: ShellPage, language: IntakeLanguage): Promise<void> {
  await page.reload();
  const signIn = new SignInPage(page);
  await expect(signIn.form.or(page.getByTestId('workplace-user')).first()).toBeVisible();
  if (await signIn.form.isVisible()) {
    await shell.switchLanguage('en');
    await signIn.signIn(exampleDesk.supervisor.login, exampleDesk.supervisor.password);
    await expect(page.getByTestId('workplace-user')).toBeVisible();
  }
  await shell.switchLanguage(language);
}

async function openIntake(
  page: Page,
  language: IntakeLanguage,
  switchLanguage: (l: IntakeLanguage) => Promise<void>,
) {
  await switchLanguage(language);
  const intake = new IntakePage(page, language);
  await intake.open();
  await intake.recordPrints();
  return intake;
}

/** Applicant (in person), both duplicate questions "no", the two documents, consent → review. */
async function applicantToReview(intake: IntakePage): Promise<void> {
  const lang = intake.language;
  await intake.choose(applicantRoleLabels.self[lang]);
  const group = intake.text('applicant.student');
  await intake.typeIn(group, intake.text('person.iin'), '850315300128');
  await intake.typeIn(group, intake.text('person.surname'), 'Оспанов');
  await intake.typeIn(group, intake.text('person.givenName'), 'Ерлан');
  await intake.pressEnterTo('conditions');
  await intake.chooseIn(intakeQuestionLabels.documentDamaged[lang], intake.text('answer.no'));
  await intake.chooseIn(intakeQuestionLabels.nameChanged[lang], intake.text('answer.no'));
  await intake.next('documents');
  for (const id of ['application', 'identity-document']) {
    const document = duplicateSecondary?.documents.find((d) => d.id === id);
    await intake.choose(document?.name[lang] ?? id);
  }
  await intake.next('consent');
  await intake.choose(intake.text('consent.given'));
  await intake.next('review');
}

test('a school not listed is entered with its BIN and names, kept in the draft, and printed on the receipt', async ({
  signedInDesk,
  page,
  watch,
}, testInfo) => {
  const intake = await openIntake(page, 'ru', (l) => signedInDesk.shell.switchLanguage(l));
  await intake.start();
  await intake.choose(duplicateSecondary.name.ru);
  await intake.next('provider');
  // A new desk has no directory: nothing to choose, and Next says what is missing.
  await expect(page.getByText(intake.text('provider.emptyDirectory'))).toBeVisible();
  await page.getByRole('button', { name: intake.text('nav.next') }).press('Enter');
  await expect(page.getByText(intake.text('provider.required'))).toBeVisible();
  await expect(intake.stepHeading('applicant')).toHaveCount(0);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // "Not in the list", by keyboard: the BIN as a scanner types it (digits + Enter), then both names.
  await page.getByRole('button', { name: intake.text('provider.notListed') }).press('Enter');
  await expect(page.getByLabel(intake.text('provider.new.bin'), { exact: true })).toBeFocused();
  await page.keyboard.type(village.bin);
  await page.keyboard.press('Enter');
  await intake.enterProviderNames(village);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // The choice is in the draft: a reload comes back to the applicant step with it.
  await intake.next('applicant');
  await intake.expectDraftSaved();
  await reloadAndSignIn(page, signedInDesk.shell, intake.language);
  await intake.open();
  await intake.recordPrints();
  await intake.expectStep('applicant');

  await applicantToReview(intake);
  await expect(page.getByTestId('review-provider')).toHaveText(
    `${village.ru}, ${intake.text('provider.bin')} ${village.bin}`,
  );
  // The applicant wants the receipt in Kazakh: the provider's Kazakh name goes on it.
  await intake.choose(intake.text('review.languageKk'));
  await expect(page.getByTestId('review-provider')).toContainText(village.kk);
  await intake.accept();
  // The browser host cannot save a PDF file (its print dialog can): no button that would only fail.
  await expect(
    page
      .getByRole('button', { name: intake.text('outcome.print') })
      .or(page.getByRole('button', { name: intake.text('outcome.reprint') })),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: intake.text('outcome.savePdf') })).toHaveCount(0);

  const [printed] = await intake.printedDocuments();
  const text = await intake.pdfText(printed ?? '', testInfo.outputPath('receipt.pdf'));
  expect(text).toContain(
    `${localeText('kk', 'print', 'acceptance.provider')} ${village.kk} БСН: ${village.bin}`,
  );
  expect(text).not.toContain(village.ru);
  expect(watch.consoleErrors.filter((e) => !/^Blocked script execution in 'about:srcdoc'/.test(e))).toEqual(
    [],
  );

  // The next applicant: the school is now in this desk's directory, found by a word of its name.
  await page.getByRole('button', { name: intake.text('outcome.next') }).press('Enter');
  await intake.start();
  await intake.choose(duplicateSecondary.name.ru);
  await intake.next('provider');
  const search = page.getByLabel(intake.text('provider.search'), { exact: true });
  await search.focus();
  await page.keyboard.type('талдыбулак');
  await expect(page.getByRole('radio', { name: new RegExp(village.bin) })).toBeVisible();
  await expect(page.getByText(intake.text('provider.local'), { exact: false })).toBeVisible();
  await page.keyboard.press('Enter');
  await intake.expectStep('applicant');
});

test('an invalid or duplicate BIN is refused with a translated message on its field', async ({
  signedInDesk,
  page,
}) => {
  const intake = await openIntake(page, 'kk', (l) => signedInDesk.shell.switchLanguage(l));
  await intake.start();
  await intake.choose(duplicateSecondary.name.kk);
  await intake.next('provider');
  // A complete BIN typed into the search box that nothing matches opens the form with it.
  const wrongDigit = `${village.bin.slice(0, 11)}${(Number(village.bin[11]) + 1) % 10}`;
  const search = page.getByLabel(intake.text('provider.search'), { exact: true });
  await search.focus();
  await page.keyboard.type(wrongDigit);
  await page.keyboard.press('Enter');
  const bin = page.getByLabel(intake.text('provider.new.bin'), { exact: true });
  await expect(bin).toHaveValue(wrongDigit);
  await bin.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(localeText('kk', 'validation', 'bin.checksum'))).toBeVisible();
  await expect(bin).toHaveAttribute('aria-invalid', 'true');
  await expect(bin).toBeFocused();

  await bin.fill('12345');
  await page.getByRole('button', { name: intake.text('provider.new.save') }).press('Enter');
  await expect(page.getByText(localeText('kk', 'validation', 'bin.format'))).toBeVisible();
  await expect(page.getByText(localeText('kk', 'validation', 'common.required')).first()).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // The right BIN with names is kept; entering it a second time is refused in Kazakh.
  await bin.fill(village.bin);
  await bin.press('Enter');
  await intake.enterProviderNames(village);
  await page.getByRole('button', { name: intake.text('provider.notListed') }).press('Enter');
  await expect(bin).toBeFocused();
  await page.keyboard.type(village.bin);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Басқа атау');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Другое название');
  await page.keyboard.press('Enter');
  await expect(
    page.getByText(localeText('kk', 'forms', 'provider.duplicateBin').replace('{{name}}', village.kk)),
  ).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
});
