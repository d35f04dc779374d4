import { completeIin, resultKindLabels } from '../../shared/domain';
import { expect, setUpAndSignIn } from './fixtures/app';
import { secretary, test } from './fixtures/school-server';
import { seriousAccessibilityViolations } from './fixtures/axe';
import { ApplicationsPage } from './pages/applications.page';
import { IntakePage } from './pages/intake.page';
import { ProviderConsolePage } from './pages/provider-console.page';
import { ShelfPage } from './pages/shelf.page';
import { ShellPage } from './pages/shell.page';
import { SupervisorPage } from './pages/supervisor.page';
import { SyncPage } from './pages/sync.page';

test.describe.configure({ timeout: 180_000 });

const applicants = [
  { iin: completeIin('85031530012') ?? '', surname: 'Сейітқали', givenName: 'Әлия' },
  { iin: completeIin('90010140001') ?? '', surname: 'Ким', givenName: 'Анна' },
];
const appErrors = (errors: readonly string[]) =>
  errors.filter((error) => !/^Blocked script execution in 'about:srcdoc'/.test(error));

test('two results received onto the shelf: the review in Russian, a stock-take in Kazakh with one missing and one unexpected item, its act printed', async ({
  page,
  sync,
  watch,
}, testInfo) => {
  const shell = new ShellPage(page);
  await setUpAndSignIn(page, shell);
  const syncPage = new SyncPage(page);
  await syncPage.open();
  const issued = await sync.server.running.admin.issueEnrolmentCode({
    centreCode: 'ALM01',
    workstationCode: '03',
  });
  await syncPage.enrol(issued.code);
  await expect(syncPage.indicator).toContainText('Everything sent');

  await shell.switchLanguage('kk');
  const intake = new IntakePage(page, 'kk');
  await intake.open();
  const receipts: string[] = [];
  for (const applicant of applicants) {
    if (receipts.length > 0)
      await page.getByRole('button', { name: intake.text('outcome.next') }).press('Enter');
    receipts.push(await intake.acceptAdultDuplicate(applicant));
  }
  const [first = '', second = ''] = receipts;
  await shell.switchLanguage('en');
  await syncPage.afterSync(async () => {
    await expect(syncPage.indicator).toContainText('Everything sent', { timeout: 2000 });
  });

  // The school records both results and dispatches them; the desk pulls them.
  const school = new ProviderConsolePage(await page.context().newPage(), sync.server.url, 'ru');
  await school.signIn(secretary.login, secretary.password);
  for (const receiptNumber of receipts) {
    await school.page.goto(`${sync.server.url}/console`);
    await school.openApplication(receiptNumber);
    await school.press('take', 'taken');
    await school.recordResult(resultKindLabels['duplicate-general-secondary-attestation'].ru);
    await school.press('dispatch', 'dispatched');
  }
  await school.page.close();
  const applications = new ApplicationsPage(page);
  await applications.open();
  for (const receiptNumber of receipts) {
    await applications.search(receiptNumber);
    await syncPage.afterSync(async () => {
      await expect(applications.rows).toContainText('Result ready', { timeout: 2000 });
    });
  }

  // Receiving (the shelf screen) puts them into A-1-01 and A-1-02.
  await shell.switchLanguage('kk');
  const shelf = new ShelfPage(page, 'kk');
  await shelf.open();
  for (const [index, receiptNumber] of receipts.entries()) {
    await shelf.scanReceipt(receiptNumber);
    await expect(shelf.slotField).toBeVisible();
    await expect(await shelf.place(`A-1-0${index + 1}`)).toContainText(receiptNumber);
  }

  // The review, in Russian: two on the shelf, placed today, the last day a month away.
  await shell.switchLanguage('ru');
  const ru = new SupervisorPage(page, 'ru');
  await ru.open();
  await expect(ru.count('onShelf')).toHaveText('2');
  await expect(ru.count('overdue')).toHaveText('0');
  await expect(ru.count('dueThisWeek')).toHaveText('0');
  await expect(ru.rows).toHaveCount(2);
  await expect(ru.rows.filter({ hasText: first })).toContainText('Сейітқали Әлия');
  await expect(ru.rows.filter({ hasText: first })).toContainText('A-1-01');
  await ru.chooseFilter('filter.overdue');
  await expect(page.getByTestId('shelf-list-empty')).toBeVisible();
  // Placed today: 0 days on the shelf — "more than 0 days" finds nothing, and all appear again with the list.
  await ru.typeDays('0');
  await expect(page.getByTestId('shelf-list-empty')).toBeVisible();
  await ru.chooseFilter('filter.all');
  await expect(ru.rows).toHaveCount(2);
  // The slot map names the slot by its receipt number; it is occupied.
  await expect(ru.slot(first)).toHaveAttribute('data-state', 'occupied');
  await expect(ru.slot(second)).toHaveAttribute('data-slot', 'A-1-02');
  await expect(ru.slot(ru.text('map.free', { slot: 'A-1-03' }))).toHaveAttribute('data-state', 'free');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // The stock-take, in Kazakh: the first item is found in its slot, the second is missing, and a
  // stray number lies in the same slot.
  await shell.switchLanguage('kk');
  const kk = new SupervisorPage(page, 'kk');
  await kk.recordPrints();
  await kk.startStockTake();
  await kk.scan('A-1-01');
  await kk.scan(first);
  await expect(kk.scanOutcome).toHaveText(
    kk.text('stockTake.finding.recorded', { number: first, slot: 'A-1-01' }),
  );
  await kk.scan(first);
  await expect(kk.scanOutcome.locator('[data-kind="duplicate"]')).toBeVisible();
  await kk.scan('ALM01-03-999999-Z');
  await expect(kk.scanOutcome).toHaveText(
    kk.text('stockTake.finding.unknown', { number: 'ALM01-03-999999-Z' }),
  );
  await kk.finishStockTake();
  const missing = page.getByTestId('report-missing').locator('tbody tr');
  await expect(missing).toHaveCount(1);
  await expect(missing).toContainText(second);
  await expect(missing).toContainText('Ким Анна');
  const unexpected = page.getByTestId('report-unexpected').locator('tbody tr');
  await expect(unexpected).toHaveCount(1);
  await expect(unexpected).toContainText('ALM01-03-999999-Z');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  await kk.printReport('kk');
  const [printed] = await kk.printedDocuments();
  expect(printed).toContain('class="page-A4"');
  const text = await kk.pdfText(printed ?? '', testInfo.outputPath('stock-take-kk.pdf'));
  expect(text).toContain('САҚТАУ СӨРЕСІН ТҮГЕНДЕУ АКТІСІ');
  expect(text).toContain('Дерекқор бойынша сөреде 2');
  expect(text).toContain('Жетіспейтін құжаттар (дерекқор бойынша сөреде, табылмады): 1');
  expect(text).toMatch(new RegExp(`1 ${second} Ким Анна A-1-02 \\d\\d\\.\\d\\d\\.\\d{4}`));
  expect(text).toContain('Артық құжаттар (табылды, дерекқор бойынша сөреде емес): 1');
  expect(text).toContain('1 ALM01-03-999999-Z A-1-01 мұндай нөмірлі өтініш жоқ');
  expect(text).not.toContain(first);
  expect(appErrors(watch.consoleErrors)).toEqual([]);
});
