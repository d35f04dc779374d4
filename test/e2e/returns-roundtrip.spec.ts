import { resultKindLabels } from '../../shared/domain';
import { expect, setUpAndSignIn } from './fixtures/app';
import { secretary, test } from './fixtures/school-server';
import { ApplicationsPage } from './pages/applications.page';
import { exampleSchool, IntakePage } from './pages/intake.page';
import { ProviderConsolePage, ProviderReturnsPage } from './pages/provider-console.page';
import { ReturnsPage } from './pages/returns.page';
import { ShellPage } from './pages/shell.page';
import { SyncPage } from './pages/sync.page';

const dayMs = 24 * 60 * 60 * 1000;

test.describe.configure({ timeout: 180_000 });

const batchNumberOf = (batchId: string) => batchId.replaceAll('-', '').slice(0, 8).toUpperCase();

const flows = [
  { desk: 'kk', reRequestDesk: 'ru', school: 'ru' },
  { desk: 'ru', reRequestDesk: 'kk', school: 'kk' },
] as const;

for (const flow of flows) {
  test(`returns in ${flow.desk}: past its shelf month a result goes back in a batch with its act (kk, ru); the school (${flow.school}) confirms; a re-request (${flow.reRequestDesk}) comes back dispatched`, async ({
    page,
    sync,
  }, testInfo) => {
    // The desk's clock is Playwright's: it runs on as usual until the test moves it a month ahead.
    await page.clock.install();
    const shell = new ShellPage(page);
    await setUpAndSignIn(page, shell);
    const syncPage = new SyncPage(page);
    await syncPage.open();
    const issued = await sync.server.running.admin.issueEnrolmentCode({
      centreCode: 'ALM01',
      workstationCode: '03',
    });
    await syncPage.enrol(issued.code);

    await shell.switchLanguage('kk');
    const intake = new IntakePage(page, 'kk');
    await intake.open();
    const receiptNumber = await intake.acceptAdultDuplicate({
      ticket: 'А-042',
      iin: '850315300128',
      surname: 'Сейітқали',
      givenName: 'Әлия',
    });

    // The school records the result and dispatches it; the desk pulls it.
    await shell.switchLanguage('en');
    const applications = new ApplicationsPage(page);
    await applications.open();
    await applications.search(receiptNumber);
    await syncPage.afterSync(async () => {
      await expect(applications.rows.getByTestId('sync-state')).toHaveText('On the server', {
        timeout: 2000,
      });
    });
    const schoolPage = await page.context().newPage();
    const school = new ProviderConsolePage(schoolPage, sync.server.url, flow.school);
    await school.signIn(secretary.login, secretary.password);
    await school.openApplication(receiptNumber);
    await school.press('take', 'taken');
    await school.recordResult(resultKindLabels['duplicate-general-secondary-attestation'][flow.school]);
    await school.press('dispatch', 'dispatched');
    await syncPage.afterSync(async () => {
      await expect(applications.rows).toContainText('Result ready', { timeout: 2000 });
    });

    // Received onto the shelf; nothing is due for return yet.
    await shell.switchLanguage(flow.desk);
    const returns = new ReturnsPage(page, flow.desk);
    const slot = await returns.receiveOnShelf(receiptNumber);
    await returns.open();
    await expect(returns.due).toContainText(returns.text('due.empty'));

    // Forty days later the storage month is over: the supervisor returns it in a batch.
    await page.clock.setSystemTime(new Date(Date.now() + 40 * dayMs));
    // The screen reads "today" when it opens: away and back.
    await page.goto('./#/shelf');
    await returns.open();
    await expect(returns.due.getByTestId('due-row')).toContainText(receiptNumber);
    await expect(returns.due.getByTestId('due-row')).toContainText(slot);
    await returns.makeBatch(exampleSchool.bin);
    await expect(returns.due).toContainText(returns.text('due.empty'));
    const batch = returns.batches.first();
    const batchId = (await batch.getAttribute('data-batch-id')) ?? '';
    const number = batchNumberOf(batchId);
    await expect(batch).toContainText(returns.text('batches.number', { number }));
    await expect(batch.getByTestId('batch-state')).toHaveText(returns.text('batches.waiting'));

    // The transfer act, in Kazakh and in Russian: checked as the printed PDF reads.
    await intake.recordPrints();
    await returns.printAct('kk');
    await returns.printAct('ru');
    await expect.poll(async () => (await intake.printedDocuments()).length).toBe(2);
    const [kkAct, ruAct] = await intake.printedDocuments();
    const kkText = await intake.pdfText(kkAct ?? '', testInfo.outputPath('act-kk.pdf'));
    // The heading prints in capitals.
    expect(kkText).toContain('Мемлекеттік қызметтер көрсету нәтижелерін қабылдау-беру актісі'.toUpperCase());
    for (const part of [
      `№ ${number}`,
      exampleSchool.kk,
      `БСН ${exampleSchool.bin}`,
      receiptNumber,
      'Сейітқали Әлия',
      slot,
      'Барлығы 1 нәтиже тапсырылды.',
      'Тапсырған',
      'Қабылдаған',
    ])
      expect(kkText).toContain(part);
    const ruText = await intake.pdfText(ruAct ?? '', testInfo.outputPath('act-ru.pdf'));
    expect(ruText).toContain('Акт приёма-передачи результатов оказания государственных услуг'.toUpperCase());
    for (const part of [
      `№ ${number}`,
      exampleSchool.ru,
      `БИН ${exampleSchool.bin}`,
      receiptNumber,
      'Всего передан 1 результат.',
      'Передал',
      'Принял',
    ])
      expect(ruText).toContain(part);

    // The batch reaches the school, which confirms receipt; the desk shows it confirmed.
    const schoolReturns = new ProviderReturnsPage(school);
    await syncPage.afterSync(async () => {
      await schoolPage.goto(`${sync.server.url}/console/returns`);
      await expect(schoolReturns.batch(number)).toContainText(receiptNumber, { timeout: 2000 });
    });
    await schoolReturns.confirm(number);
    await expect(schoolReturns.batch(number)).toContainText(school.text('returns.confirmed'));
    await returns.open();
    await syncPage.afterSync(async () => {
      await returns.open();
      await expect(returns.batches.first().getByTestId('batch-state')).toHaveText(
        returns.text('batches.confirmed'),
        {
          timeout: 2000,
        },
      );
    });

    // The applicant comes after all: a clerk re-requests it by receipt number.
    await shell.switchLanguage(flow.reRequestDesk);
    const reRequests = new ReturnsPage(page, flow.reRequestDesk);
    await reRequests.open();
    const dueText = await reRequests.reRequest(receiptNumber);
    expect(dueText).not.toBe('');
    await expect(reRequests.waiting).toContainText(receiptNumber);
    await expect(reRequests.waiting).toContainText(dueText);
    await expect(reRequests.waiting).toContainText(reRequests.text('waiting.notDispatched'));

    // The school sees it with its one-working-day deadline and dispatches it; the desk sees it dispatched.
    await syncPage.afterSync(async () => {
      await schoolPage.goto(`${sync.server.url}/console/applications?view=re-requests`);
      await expect(schoolPage.getByRole('table')).toContainText(receiptNumber, { timeout: 2000 });
    });
    await expect(schoolPage.getByRole('table')).toContainText(dueText);
    await school.openApplication(receiptNumber);
    await school.press('dispatchReRequest', 'dispatched');
    await schoolPage.close();
    await syncPage.afterSync(async () => {
      await reRequests.open();
      await expect(reRequests.waiting).toContainText(reRequests.text('waiting.dispatched'), {
        timeout: 2000,
      });
    });
  });
}
