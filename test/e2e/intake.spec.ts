import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  applicantRoleLabels,
  completeIin,
  findService,
  intakeQuestionLabels,
  intakeRefusalReasons,
  refusalReceiptTexts,
  representativeRelationLabels,
  type LocalizedText,
} from '../../shared/domain';
import { exampleDesk } from './pages/set-up.page';
import type { ShellPage } from './pages/shell.page';
import { SignInPage } from './pages/sign-in.page';
import { expect, test } from './fixtures/app';
import { seriousAccessibilityViolations } from './fixtures/axe';
import { ApplicationsPage } from './pages/applications.page';
import { exampleSchool, IntakePage, type IntakeLanguage } from './pages/intake.page';

const service = (id: string) => {
  const found = findService(id);
  if (found === undefined) throw new Error(`No service ${id}`);
  return found;
};
const duplicateSecondary = service('duplicate-secondary');
const externat = service('externat-permission');
const documentName = (serviceId: string, documentId: string): LocalizedText => {
  const document = service(serviceId).documents.find((d) => d.id === documentId);
  if (document === undefined) throw new Error(`No document ${documentId}`);
  return document.name;
};
const validationText = (language: IntakeLanguage, group: string, key: string): string => {
  const texts = JSON.parse(readFileSync(`locales/${language}/validation.json`, 'utf8')) as Record<
    string,
    Record<string, string>
  >;
  const text = texts[group]?.[key];
  if (text === undefined) throw new Error(`No validation text ${group}.${key}`);
  return text;
};

/** A child born 15 May 2012 (century digit 5 = 2000s, male): a minor whichever day the test runs. */
const minorIin = completeIin('12051550012') ?? '';

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

/**
 * While the browser host prints, Chromium reports a blocked script in the sandboxed print frame
 * (about:srcdoc). Neither the document (renderer/print emits no script) nor axe causes it; its
 * source is still open (noted on issue 4). It is the only console message tolerated here, and
 * only in that exact wording: everything else is an error of the app.
 */
const printFrameNoise = [/^Blocked script execution in 'about:srcdoc'/];
const appErrors = (errors: readonly string[]) =>
  errors.filter((error) => !printFrameNoise.some((noise) => noise.test(error)));

// Every test sets up its own desk (password hashing included) and drives a whole intake.
test.describe.configure({ timeout: 60_000 });

async function expectNoSeriousViolations(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

/** After a reload the desk may ask to sign in again; the intake screen then shows what was saved. */
async function reloadAndSignIn(page: Page, shell: ShellPage, language: IntakeLanguage): Promise<void> {
  await page.reload();
  const signIn = new SignInPage(page);
  await expect(signIn.form.or(page.getByTestId('workplace-user')).first()).toBeVisible();
  if (await signIn.form.isVisible()) {
    // The sign-in page model finds its fields by their English labels.
    await shell.switchLanguage('en');
    await signIn.signIn(exampleDesk.supervisor.login, exampleDesk.supervisor.password);
    await expect(page.getByTestId('workplace-user')).toBeVisible();
  }
  await shell.switchLanguage(language);
}

test('a duplicate-secondary intake in Kazakh by keyboard is accepted and its receipt printed', async ({
  signedInDesk,
  page,
  watch,
}, testInfo) => {
  const intake = await openIntake(page, 'kk', (l) => signedInDesk.shell.switchLanguage(l));
  await expectNoSeriousViolations(page);
  await intake.start('Б-017');
  await expect(intake.timer).toHaveText(/^00:0\d$/);
  await expectNoSeriousViolations(page);

  await intake.choose(duplicateSecondary.name.kk);
  await intake.next('provider');
  await expectNoSeriousViolations(page);
  await intake.chooseProvider();
  await expectNoSeriousViolations(page);
  await intake.choose(/Көрсетілетін қызметті алушының өзі/);
  const student = intake.text('applicant.student');
  await intake.typeIn(student, intake.text('person.iin'), '850315300128');
  await intake.typeIn(student, intake.text('person.surname'), 'Әбдірахманов');
  await intake.typeIn(student, intake.text('person.givenName'), 'Нұрлан');
  await intake.typeIn(student, intake.text('person.patronymic'), 'Серікұлы');
  await intake.pressEnterTo('conditions');
  await expectNoSeriousViolations(page);
  // Unanswered, the questions that decide the documents hold the clerk here.
  await page.getByRole('button', { name: intake.text('nav.next') }).press('Enter');
  await expect(page.getByText(validationText('kk', 'application', 'answerRequired')).first()).toBeVisible();
  await expect(intake.stepHeading('documents')).toHaveCount(0);

  await intake.chooseIn(intakeQuestionLabels.documentDamaged.kk, intake.text('answer.no'));
  await intake.chooseIn(intakeQuestionLabels.nameChanged.kk, intake.text('answer.no'));
  await intake.next('documents');
  await expectNoSeriousViolations(page);

  await intake.choose(documentName('duplicate-secondary', 'application').kk);
  await intake.choose(documentName('duplicate-secondary', 'identity-document').kk);
  await intake.next('consent');
  await expectNoSeriousViolations(page);
  await intake.choose(intake.text('consent.given'));
  await intake.next('review');
  await expectNoSeriousViolations(page);

  await intake.accept();
  await expect(intake.receiptNumber).toHaveText(/^ALM01-03-/);
  await expectNoSeriousViolations(page);

  const receiptNumber = (await intake.receiptNumber.textContent()) ?? '';
  const dueDate = (await intake.dueDate.textContent()) ?? '';
  expect(dueDate).toMatch(/^\d\d\.\d\d\.\d{4}$/);
  const [printed] = await intake.printedDocuments();
  expect(printed).toBeDefined();
  const text = await intake.pdfText(printed ?? '', testInfo.outputPath('receipt.pdf'));
  expect(text).toContain(receiptNumber);
  expect(text).toContain('Әбдірахманов Нұрлан Серікұлы');
  expect(text).toContain(duplicateSecondary.name.kk);
  expect(text).toContain(`Өтініш жіберілетін ұйым ${exampleSchool.kk} БСН: ${exampleSchool.bin}`);
  expect(text).toContain(dueDate);
  expect(text).toContain(documentName('duplicate-secondary', 'application').kk);
  expect(text).toContain(documentName('duplicate-secondary', 'identity-document').kk);
  expect(text).not.toContain(documentName('duplicate-secondary', 'original-education-document').kk);
  // The original carries no copy mark; a reprint is marked as copy No 1.
  expect(text).not.toContain('КӨШІРМЕ');
  await page.getByRole('button', { name: intake.text('outcome.reprint') }).press('Enter');
  await expect.poll(async () => (await intake.printedDocuments()).length).toBe(2);
  const reprinted = (await intake.printedDocuments())[1] ?? '';
  const copyText = await intake.pdfText(reprinted, testInfo.outputPath('receipt-copy.pdf'));
  expect(copyText).toContain('КӨШІРМЕ № 1');
  expect(copyText).toContain(receiptNumber);

  await page.getByRole('button', { name: intake.text('outcome.next') }).press('Enter');
  await expect(page.getByLabel(intake.text('start.ticket'))).toBeVisible();
  expect(appErrors(watch.consoleErrors)).toEqual([]);
});

interface Person {
  readonly iin: string;
  readonly surname: string;
  readonly givenName: string;
  readonly patronymic?: string;
}

async function fillPerson(intake: IntakePage, group: string, person: Person): Promise<void> {
  await intake.typeIn(group, intake.text('person.iin'), person.iin);
  await intake.typeIn(group, intake.text('person.surname'), person.surname);
  await intake.typeIn(group, intake.text('person.givenName'), person.givenName);
  if (person.patronymic !== undefined)
    await intake.typeIn(group, intake.text('person.patronymic'), person.patronymic);
}

/** Service → applicant (in person) → both duplicate questions answered → the checkbox step. */
async function duplicateUpToDocuments(
  intake: IntakePage,
  person: Person,
  answers: { readonly damaged: 'yes' | 'no'; readonly nameChanged: 'yes' | 'no' },
): Promise<void> {
  const lang = intake.language;
  await intake.choose(duplicateSecondary.name[lang]);
  await intake.next('provider');
  await intake.chooseProvider();
  await intake.choose(applicantRoleLabels.self[lang]);
  await fillPerson(intake, intake.text('applicant.student'), person);
  await intake.pressEnterTo('conditions');
  await intake.chooseIn(intakeQuestionLabels.documentDamaged[lang], intake.text(`answer.${answers.damaged}`));
  await intake.chooseIn(intakeQuestionLabels.nameChanged[lang], intake.text(`answer.${answers.nameChanged}`));
  await intake.next('documents');
}

async function presentAndConsent(intake: IntakePage, serviceId: string, documentIds: readonly string[]) {
  for (const id of documentIds) await intake.choose(documentName(serviceId, id)[intake.language]);
  await intake.next('consent');
  await intake.choose(intake.text('consent.given'));
  await intake.next('review');
}

const adult: Person = { iin: '850315300128', surname: 'Оспанов', givenName: 'Ерлан', patronymic: 'Бекұлы' };

test('a parent applies in Russian for a minor: the receipt names both', async ({
  signedInDesk,
  page,
}, testInfo) => {
  const intake = await openIntake(page, 'ru', (l) => signedInDesk.shell.switchLanguage(l));
  await intake.start();
  await intake.choose(duplicateSecondary.name.ru);
  await intake.next('provider');
  await intake.chooseProvider();
  await intake.choose(applicantRoleLabels['legal-representative'].ru);
  await fillPerson(intake, intake.text('applicant.student'), {
    iin: minorIin,
    surname: 'Ким',
    givenName: 'Даниил',
  });
  // The birth date comes from the IIN.
  await expect(page.getByLabel(intake.text('person.birthDate'))).toHaveValue('2012-05-15');
  const parentGroup = intake.text('applicant.representative');
  await page
    .getByLabel(intake.text('applicant.relation'))
    .selectOption({ label: representativeRelationLabels.parent.ru });
  await fillPerson(intake, parentGroup, {
    iin: '910712400453',
    surname: 'Ким',
    givenName: 'Ольга',
    patronymic: 'Викторовна',
  });
  await intake.pressEnterTo('conditions');
  await intake.chooseIn(intakeQuestionLabels.documentDamaged.ru, intake.text('answer.no'));
  await intake.chooseIn(intakeQuestionLabels.nameChanged.ru, intake.text('answer.no'));
  await intake.next('documents');
  await presentAndConsent(intake, 'duplicate-secondary', ['application', 'identity-document']);
  await expect(page.getByRole('radio', { name: intake.text('review.languageRu') })).toBeChecked();
  // The receipt roll instead of A4, chosen on the review step.
  await intake.choose(intake.text('review.layout80mm'));
  await expect(page.getByRole('main')).toContainText('Ким Ольга Викторовна, 910712400453');
  await intake.accept();

  const [printed] = await intake.printedDocuments();
  expect(printed).toContain('class="page-receipt-80mm"');
  const text = await intake.pdfText(printed ?? '', testInfo.outputPath('receipt-ru.pdf'));
  expect(text).toContain((await intake.receiptNumber.textContent()) ?? 'no receipt number');
  expect(text).toContain('Ким Даниил');
  expect(text).toContain('Ким Ольга Викторовна');
  expect(text).toContain(duplicateSecondary.name.ru);
  // The provider in the receipt's language.
  expect(text).toContain(`Заявление направляется в ${exampleSchool.ru} БИН: ${exampleSchool.bin}`);
  expect(text).not.toContain(exampleSchool.kk);
});

test('an incomplete package is refused with a refusal receipt listing exactly the missing documents', async ({
  signedInDesk,
  page,
}, testInfo) => {
  const intake = await openIntake(page, 'kk', (l) => signedInDesk.shell.switchLanguage(l));
  await intake.start();
  // A changed name AND a damaged document: the original education document is required too.
  await duplicateUpToDocuments(intake, adult, { damaged: 'yes', nameChanged: 'yes' });
  await presentAndConsent(intake, 'duplicate-secondary', ['application', 'identity-document']);
  await expect(page.getByRole('button', { name: intake.text('decision.accept') })).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText(intakeRefusalReasons['incomplete-package'].text.kk);
  await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  await intake.refuse();

  const [printed] = await intake.printedDocuments();
  const text = await intake.pdfText(printed ?? '', testInfo.outputPath('refusal.pdf'));
  // Two copies in one document, one for each side (the title is set in capitals by the print CSS).
  const count = (needle: string) =>
    text.toLocaleUpperCase('kk').split(needle.toLocaleUpperCase('kk')).length - 1;
  expect(count(refusalReceiptTexts.title.kk)).toBe(2);
  // Each copy lists one missing document: the original; nothing that was presented.
  expect(count(documentName('duplicate-secondary', 'original-education-document').kk)).toBe(2);
  expect(text).toContain(' 1) ');
  expect(text).not.toContain(' 2) ');
  expect(count(documentName('duplicate-secondary', 'application').kk)).toBe(0);
  expect(count(documentName('duplicate-secondary', 'identity-document').kk)).toBe(0);
  expect(text).toContain('Оспанов Ерлан Бекұлы');
});

test('externat on the health ground after the 1 December cut-off cannot be accepted; refusal is offered', async ({
  signedInDesk,
  page,
}) => {
  const intake = await openIntake(page, 'kk', (l) => signedInDesk.shell.switchLanguage(l));
  await intake.start();
  await intake.choose(externat.name.kk);
  await intake.next('provider');
  await intake.chooseProvider();
  await intake.choose(applicantRoleLabels.self.kk);
  await fillPerson(intake, intake.text('applicant.student'), {
    iin: '051120500780',
    surname: 'Жұмабаев',
    givenName: 'Арман',
  });
  await intake.pressEnterTo('conditions');
  // The first school year offered is the one before the current: its 1 December has passed.
  const schoolYears = page
    .getByRole('group', { name: intakeQuestionLabels.schoolYear.kk })
    .getByRole('radio');
  await schoolYears.first().focus();
  await page.keyboard.press('Space');
  const cutoff = page.getByRole('alert');
  await expect(cutoff).toContainText(
    intakeRefusalReasons['externat-cutoff-passed'].text.kk.split('{{')[0] ?? '',
  );
  await expect(cutoff).toContainText(/01\.12\.\d{4}/);
  await intake.chooseIn(intakeQuestionLabels.grounds.kk, externat.grounds?.options[0]?.name.kk ?? 'health');
  await expectNoSeriousViolations(page);
  await intake.next('documents');
  await presentAndConsent(intake, 'externat-permission', [
    'application',
    'medical-commission-conclusion',
    'birth-certificate-copy',
  ]);
  await expect(page.getByRole('button', { name: intake.text('decision.accept') })).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText(intake.text('review.cannotAccept'));
  await intake.refuse();
  // This refusal is explained, not handed over as a refusal receipt.
  expect(await intake.printedDocuments()).toEqual([]);
});

test('a reload in the middle of an intake keeps the draft', async ({ signedInDesk, page }) => {
  const intake = await openIntake(page, 'kk', (l) => signedInDesk.shell.switchLanguage(l));
  await intake.start('А-101');
  await duplicateUpToDocuments(intake, adult, { damaged: 'no', nameChanged: 'no' });
  await intake.choose(documentName('duplicate-secondary', 'application').kk);
  await intake.expectDraftSaved();

  await reloadAndSignIn(page, signedInDesk.shell, intake.language);
  await intake.open();
  await intake.expectStep('documents');
  await expect(
    page.getByRole('checkbox', { name: documentName('duplicate-secondary', 'application').kk }),
  ).toBeChecked();
  await expect(page.getByText(intake.text('timer.ticket', { ticket: 'А-101' }))).toBeVisible();
  await page.getByRole('button', { name: intake.text('nav.back') }).click();
  await page.getByRole('button', { name: intake.text('nav.back') }).click();
  await intake.expectStep('applicant');
  await expect(page.getByLabel(intake.text('person.surname')).first()).toHaveValue(adult.surname);
});

test('after accepting, a reload finds the application in the applications list', async ({
  signedInDesk,
  page,
}) => {
  const intake = await openIntake(page, 'en', (l) => signedInDesk.shell.switchLanguage(l));
  await intake.start();
  await duplicateUpToDocuments(intake, adult, { damaged: 'no', nameChanged: 'no' });
  await presentAndConsent(intake, 'duplicate-secondary', ['application', 'identity-document']);
  await intake.accept();
  const receiptNumber = (await intake.receiptNumber.textContent()) ?? '';

  await reloadAndSignIn(page, signedInDesk.shell, intake.language);
  const applications = new ApplicationsPage(page);
  await applications.open();
  await applications.search(receiptNumber);
  await expect(applications.rows).toHaveCount(1);
  await expect(applications.rows.first()).toContainText(adult.surname);
  // Its history: intake started, accepted, and the first print of the receipt recorded.
  await applications.rows.first().getByRole('link').click();
  const history = page.getByRole('main');
  await expect(history).toContainText('Intake started');
  await expect(history).toContainText('Receipt printed (copy 1)');
  // The wizard starts afresh: the accepted intake left no draft behind.
  await intake.open();
  await expect(page.getByLabel(intake.text('start.ticket'))).toBeVisible();
});

test('an invalid IIN blocks the applicant step with a translated message', async ({ signedInDesk, page }) => {
  const intake = await openIntake(page, 'kk', (l) => signedInDesk.shell.switchLanguage(l));
  await intake.start();
  await intake.choose(duplicateSecondary.name.kk);
  await intake.next('provider');
  await intake.chooseProvider();
  await fillPerson(intake, intake.text('applicant.student'), { ...adult, iin: '850315300127' });
  await page.keyboard.press('Enter');
  const iinField = page
    .getByRole('group', { name: intake.text('applicant.student') })
    .getByLabel(intake.text('person.iin'));
  await expect(iinField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(validationText('kk', 'iin', 'checksum'))).toBeVisible();
  await expect(intake.stepHeading('applicant')).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the service clock warns at 12 minutes, visibly and to screen readers', async ({
  signedInDesk,
  page,
}) => {
  await page.clock.install();
  const intake = await openIntake(page, 'ru', (l) => signedInDesk.shell.switchLanguage(l));
  await intake.start();
  await expect(intake.timer).toHaveText(/^00:0\d$/);
  await page.clock.fastForward('11:50');
  await expect(page.getByText(intake.text('timer.warning', { minutes: 15 }))).toHaveCount(0);
  await page.clock.fastForward('00:15');
  await expect(intake.timer).toHaveText(/^12:0\d$/);
  const alert = page.locator('[aria-live="assertive"]');
  await expect(alert).toHaveText(intake.text('timer.warning', { minutes: 15 }));
});

test('the portal-only service shows its guidance and cannot be taken further', async ({
  signedInDesk,
  page,
}) => {
  const intake = await openIntake(page, 'ru', (l) => signedInDesk.shell.switchLanguage(l));
  await intake.start();
  const correction = service('education-data-correction');
  await expect(page.getByRole('main')).toContainText(
    correction.availability.kind === 'portal-only' ? correction.availability.guidance.ru : 'no guidance',
  );
  await intake.choose(correction.name.ru);
  await page.getByRole('button', { name: intake.text('nav.next') }).press('Enter');
  await expect(page.getByText(validationText('ru', 'application', 'portalOnly'))).toBeVisible();
  await expect(intake.stepHeading('service')).toBeVisible();
  await expect(intake.stepHeading('applicant')).toHaveCount(0);
});

test('a suspicious IIN (a date that does not exist) goes on only once the clerk confirms it', async ({
  signedInDesk,
  page,
}) => {
  const intake = await openIntake(page, 'kk', (l) => signedInDesk.shell.switchLanguage(l));
  await intake.start();
  await intake.choose(duplicateSecondary.name.kk);
  await intake.next('provider');
  await intake.chooseProvider();
  // 29 February 2002 did not exist, but the check digit fits.
  await fillPerson(intake, intake.text('applicant.student'), { ...adult, iin: '020229601234' });
  await expect(page.getByText(intake.text('iin.suspicious'))).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText(intake.text('iin.confirmRequired'))).toBeVisible();
  await expect(intake.stepHeading('conditions')).toHaveCount(0);
  await intake.choose(intake.text('iin.confirm'));
  await page.getByRole('button', { name: intake.text('nav.next') }).press('Enter');
  await intake.expectStep('conditions');
});

test('a discarded intake leaves no draft behind', async ({ signedInDesk, page }) => {
  const intake = await openIntake(page, 'kk', (l) => signedInDesk.shell.switchLanguage(l));
  await intake.start();
  await intake.choose(duplicateSecondary.name.kk);
  await intake.next('provider');
  await intake.chooseProvider();
  await intake.expectDraftSaved();
  await page.getByRole('button', { name: intake.text('discard.button') }).press('Enter');
  await expect(page.getByRole('button', { name: intake.text('discard.keep') })).toBeFocused();
  await page.getByRole('button', { name: intake.text('discard.confirm') }).press('Enter');
  await expect(page.getByLabel(intake.text('start.ticket'))).toBeVisible();

  await reloadAndSignIn(page, signedInDesk.shell, intake.language);
  await intake.open();
  await expect(page.getByLabel(intake.text('start.ticket'))).toBeVisible();
});
