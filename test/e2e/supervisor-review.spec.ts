import type { Page } from '@playwright/test';
import { completeIin } from '../../shared/domain';
import { expect, test } from './fixtures/app';
import { seriousAccessibilityViolations } from './fixtures/axe';
import { IntakePage } from './pages/intake.page';
import { SignInPage } from './pages/sign-in.page';
import { SupervisorPage } from './pages/supervisor.page';
import { UsersPage } from './pages/users.page';

// Every test sets up its own desk (password hashing included).
test.describe.configure({ timeout: 90_000 });

/** The print frame's known noise (see intake.spec.ts); every other console error fails the test. */
const printFrameNoise = [/^Blocked script execution in 'about:srcdoc'/];
const appErrors = (errors: readonly string[]) =>
  errors.filter((error) => !printFrameNoise.some((noise) => noise.test(error)));

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

test('kk: the supervisor reviews an empty shelf: counts, filters, N days, the slot map by keyboard', async ({
  page,
  signedInDesk,
  watch,
}) => {
  await signedInDesk.shell.switchLanguage('kk');
  const supervisor = new SupervisorPage(page, 'kk');
  await supervisor.open();
  await expect(supervisor.count('onShelf')).toHaveText('0');
  await expect(supervisor.count('overdue')).toHaveText('0');
  await expect(supervisor.count('issuedThisMonth')).toHaveText('0');
  await expect(page.getByTestId('shelf-list-empty')).toHaveText(supervisor.text('list.empty'));

  await supervisor.chooseFilter('filter.overdue');
  await expect(page.getByRole('radio', { name: supervisor.text('filter.overdue') })).toBeChecked();
  // Typing N picks "more than N days"; what is not a number of days is said so.
  await supervisor.typeDays('abc');
  await expect(page.getByRole('radio', { name: supervisor.text('filter.longerThan') })).toBeChecked();
  await expect(supervisor.review.getByText(supervisor.text('filter.daysInvalid'))).toBeVisible();
  await supervisor.typeDays('14');
  await expect(supervisor.review.getByText(supervisor.text('filter.daysInvalid'))).toHaveCount(0);
  await expect(page.getByTestId('shelf-list-empty')).toBeVisible();

  // The default layout: rack A, 5 rows of 20, all free. One Tab stop; arrows move between slots.
  await expect(supervisor.map.getByRole('button')).toHaveCount(100);
  const first = supervisor.slot(supervisor.text('map.free', { slot: 'A-1-01' }));
  await expect(first).toHaveAttribute('tabindex', '0');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(supervisor.slot(supervisor.text('map.free', { slot: 'A-1-02' }))).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const below = supervisor.slot(supervisor.text('map.free', { slot: 'A-2-02' }));
  await expect(below).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('slot-details')).toHaveText(
    supervisor.text('map.details', { slot: 'A-2-02', state: supervisor.text('map.stateFree') }),
  );
  await expectAccessible(page);
  expect(appErrors(watch.consoleErrors)).toEqual([]);
});

test('ru: a stock-take lists unexpected items, ignores a repeat visibly, and prints its act in Russian', async ({
  page,
  signedInDesk,
  watch,
}, testInfo) => {
  // An application accepted at this desk: its papers are not on the shelf (not ready yet).
  await signedInDesk.shell.switchLanguage('kk');
  const intake = new IntakePage(page, 'kk');
  await intake.open();
  const receiptNumber = await intake.acceptAdultDuplicate({
    iin: completeIin('85031530012') ?? '',
    surname: 'Сейітқали',
    givenName: 'Әлия',
  });
  expect(receiptNumber).toMatch(/^ALM01-/);

  await signedInDesk.shell.switchLanguage('ru');
  const supervisor = new SupervisorPage(page, 'ru');
  await supervisor.open();
  await supervisor.recordPrints();
  await supervisor.startStockTake();
  // A slot label first: the next items are recorded as found there.
  await supervisor.scan('a-1-7');
  await expect(supervisor.scanOutcome).toHaveText(
    supervisor.text('stockTake.finding.slotSet', { slot: 'A-1-07' }),
  );
  await expect(page.getByTestId('stock-take-slot')).toHaveText(
    supervisor.text('stockTake.slot', { slot: 'A-1-07' }),
  );
  await supervisor.scan(receiptNumber.toLowerCase());
  await expect(supervisor.scanOutcome).toContainText(`${receiptNumber}: не должен быть на полке`);
  await supervisor.scan(receiptNumber);
  await expect(supervisor.scanOutcome.locator('[data-kind="duplicate"]')).toContainText(
    `${receiptNumber} уже отсканирован`,
  );
  await page.getByRole('button', { name: supervisor.text('stockTake.clearSlot') }).click();
  await supervisor.scan('ALM01-99-00000001-Z');
  await expect(supervisor.scanOutcome).toHaveText(
    supervisor.text('stockTake.finding.unknown', { number: 'ALM01-99-00000001-Z' }),
  );
  await supervisor.scan('Z-9-99');
  await expect(supervisor.scanOutcome).toHaveText(
    supervisor.text('stockTake.error.unknownSlot', { slot: 'Z-9-99' }),
  );
  // Two stored scans: the repeat and the refused slot are not.
  await expect(supervisor.scans).toHaveCount(2);
  await expect(page.getByTestId('stock-take-scans').locator('caption')).toHaveText(
    supervisor.text('stockTake.scansCaption', { count: 2 }),
  );
  await expectAccessible(page);

  await supervisor.finishStockTake();
  await expect(page.getByTestId('report-missing-none')).toBeVisible();
  const unexpected = page.getByTestId('report-unexpected').locator('tbody tr');
  await expect(unexpected).toHaveCount(2);
  await expect(unexpected.filter({ hasText: receiptNumber })).toContainText('A-1-07');
  await expect(unexpected.filter({ hasText: 'ALM01-99-00000001-Z' })).toContainText(
    supervisor.text('stockTake.report.unknown'),
  );
  await expectAccessible(page);

  await supervisor.printReport('ru');
  const [printed] = await supervisor.printedDocuments();
  expect(printed).toContain('class="page-A4"');
  const text = await supervisor.pdfText(printed ?? '', testInfo.outputPath('stock-take-ru.pdf'));
  expect(text).toContain('АКТ ИНВЕНТАРИЗАЦИИ ПОЛКИ ХРАНЕНИЯ');
  expect(text).toContain('ЦОН №1 по городу Алматы');
  expect(text).toContain('Недостача (на полке по базе, не найдены): 0');
  expect(text).toContain('Лишние (найдены, по базе не на полке): 2');
  expect(text).toMatch(new RegExp(`1 ${receiptNumber} A-1-07 принято, ещё не отправлено`));
  expect(text).toContain('2 ALM01-99-00000001-Z — заявления с таким номером нет');
  expect(appErrors(watch.consoleErrors)).toEqual([]);
});

test('a clerk opening the supervision screen is told it is for supervisors only', async ({
  page,
  signedInDesk,
  watch,
}) => {
  const users = new UsersPage(page);
  await users.open();
  const clerk = {
    displayName: 'Ахметова Дана Серікқызы',
    login: 'dana.akhmetova',
    password: 'kassir-parol-2026',
    pin: '3917',
  };
  await users.addUser(clerk, 'Clerk');
  await page.getByTestId('sign-out').click();
  const signIn = new SignInPage(page);
  await signIn.expectShown();
  await signIn.signIn(clerk.login, clerk.password);
  await expect(page.getByTestId('workplace-user')).toContainText(clerk.displayName);
  for (const language of ['kk', 'ru'] as const) {
    await signedInDesk.shell.switchLanguage(language);
    const supervisor = new SupervisorPage(page, language);
    await supervisor.open();
    await expect(page.getByTestId('supervisors-only')).toHaveText(supervisor.text('supervisorsOnly'));
    await expect(supervisor.review).toHaveCount(0);
    await expect(supervisor.stockTake).toHaveCount(0);
  }
  await expectAccessible(page);
  expect(appErrors(watch.consoleErrors)).toEqual([]);
});
