import { execFileSync } from 'node:child_process';
import { addDays, almatyTimeZone, completeIin, localDateOf, resultKindLabels } from '../../shared/domain';
import { expect, setUpAndSignIn } from './fixtures/app';
import { secretary, test } from './fixtures/school-server';
import { seriousAccessibilityViolations } from './fixtures/axe';
import { ApplicationsPage } from './pages/applications.page';
import { IntakePage } from './pages/intake.page';
import { ProviderConsolePage } from './pages/provider-console.page';
import { acceptDuplicateWithReceiptIn, ShelfPage } from './pages/shelf.page';
import { ShellPage } from './pages/shell.page';
import { SyncPage } from './pages/sync.page';

test.describe.configure({ timeout: 180_000 });

const kkApplicant = { iin: completeIin('85031530012') ?? '', surname: 'Сейітқали', givenName: 'Әлия' };
const ruApplicant = { iin: completeIin('90010140001') ?? '', surname: 'Ким', givenName: 'Анна' };
const result = 'duplicate-general-secondary-attestation' as const;

/** The print frame's known blocked-script message aside (see intake.spec.ts), nothing may go wrong. */
const appErrors = (errors: readonly string[]) =>
  errors.filter((error) => !/^Blocked script execution in 'about:srcdoc'/.test(error));

test('results are received onto the shelf and handed over, in Kazakh and in Russian (a reasoned refusal too); strays are flagged', async ({
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

  // Two applications: one with a Kazakh receipt, one with a Russian one.
  await shell.switchLanguage('kk');
  const intake = new IntakePage(page, 'kk');
  await intake.open();
  const kkReceipt = await acceptDuplicateWithReceiptIn(intake, kkApplicant, 'kk');
  await page.getByRole('button', { name: intake.text('outcome.next') }).press('Enter');
  const ruReceipt = await acceptDuplicateWithReceiptIn(intake, ruApplicant, 'ru');
  expect(kkReceipt).toMatch(/^ALM01-03-/);
  expect(ruReceipt).toMatch(/^ALM01-03-/);
  await shell.switchLanguage('en');
  await syncPage.afterSync(async () => {
    await expect(syncPage.indicator).toContainText('Everything sent', { timeout: 2000 });
  });

  // The school takes both into work, records the duplicates and dispatches them.
  const school = new ProviderConsolePage(await page.context().newPage(), sync.server.url, 'ru');
  await school.signIn(secretary.login, secretary.password);
  for (const receiptNumber of [kkReceipt, ruReceipt]) {
    await school.page.goto(`${sync.server.url}/console`);
    await school.openApplication(receiptNumber);
    await school.press('take', 'taken');
    if (receiptNumber === kkReceipt) await school.recordResult(resultKindLabels[result].ru);
    else {
      // The second is a reasoned refusal: handed over the same way, and the slip says so.
      await school.page.getByRole('radio', { name: resultKindLabels['reasoned-refusal'].ru }).check();
      await school.page
        .getByLabel(school.text('actions.refusalReasons'))
        .fill('В архиве школы нет сведений об ученике');
      await school.press('recordResult', 'resultRecorded');
    }
    await school.press('dispatch', 'dispatched');
  }
  await school.page.close();

  const applications = new ApplicationsPage(page);
  await applications.open();
  for (const receiptNumber of [kkReceipt, ruReceipt]) {
    await applications.search(receiptNumber);
    await syncPage.afterSync(async () => {
      await expect(applications.rows).toContainText('Result ready', { timeout: 2000 });
    });
  }

  // Kazakh: receive the first result into the suggested slot.
  await shell.switchLanguage('kk');
  const kk = new ShelfPage(page, 'kk');
  await kk.open();
  await intake.recordPrints();
  await kk.scanReceipt(kkReceipt.toLowerCase());
  await expect(page.getByTestId('shelf-expected')).toContainText('Сейітқали Әлия');
  await expect(page.getByTestId('shelf-expected')).toContainText(resultKindLabels[result].kk);
  await expect(kk.slotField).toHaveValue('A-1-01');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await expect(await kk.place()).toContainText(`${kkReceipt} — A-1-01 ұясында;`);

  // The same item again, and an item whose receipt number matches nothing: flagged, not accepted.
  await kk.scanReceipt(kkReceipt);
  await expect(kk.flagged).toHaveText(
    kk.text('receive.flag.received-twice', { receiptNumber: kkReceipt, slot: 'A-1-01' }),
  );
  await kk.scanReceipt('ALM01-03-999999-Z');
  await expect(kk.flagged).toHaveText(
    kk.text('receive.flag.no-matching-application', { receiptNumber: 'ALM01-03-999999-Z' }),
  );
  await expect(kk.slotField).toHaveCount(0);
  await expect(kk.flagsPanel.getByTestId('shelf-flag')).toHaveCount(2);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // The slot taken by the first item is refused for the second, naming what is in it.
  await kk.scanReceipt(ruReceipt);
  await expect(kk.slotField).toHaveValue('A-1-02');
  await expect(await kk.place('A-1-01')).toHaveText(
    kk.text('receive.error.slot-occupied', { slot: 'A-1-01', receiptNumber: kkReceipt }),
  );

  // Hand-over to the applicant: the IIN from the identity document must be theirs.
  await kk.findForHandOver(kkReceipt);
  await expect(page.getByTestId('shelf-selected')).toContainText('A-1-01');
  await kk.fill('documentIin', ruApplicant.iin);
  await kk.handOver();
  await expect(kk.handOverError).toContainText(kk.text('handOver.error.iin-mismatch'));
  await kk.fill('documentIin', kkApplicant.iin);
  await kk.handOver();
  await expect(kk.handedOver).toHaveText(
    kk.text('handOver.done', { receiptNumber: kkReceipt, slot: 'A-1-01' }),
  );
  await expect.poll(async () => (await intake.printedDocuments()).length).toBe(1);
  const kkSlip = await intake.pdfText(
    (await intake.printedDocuments())[0] ?? '',
    testInfo.outputPath('slip-kk.pdf'),
  );
  for (const part of [
    // The heading prints in capitals (print styles).
    'МЕМЛЕКЕТТІК КӨРСЕТІЛЕТІН ҚЫЗМЕТ НӘТИЖЕСІН БЕРУ ТУРАЛЫ ҚОЛХАТ',
    kkReceipt,
    `Сейітқали Әлия, ЖСН ${kkApplicant.iin}`,
    resultKindLabels[result].kk,
    'өтініш берушінің жеке басын куәландыратын құжаты',
    'Берген',
    'Алған',
  ])
    expect(kkSlip).toContain(part);
  expect(execFileSync('pdfinfo', [testInfo.outputPath('slip-kk.pdf')], { encoding: 'utf8' })).toMatch(
    /\(A4\)/,
  );

  // Russian: the second result goes into the slot the first one freed.
  await shell.switchLanguage('ru');
  const ru = new ShelfPage(page, 'ru');
  await ru.scanReceipt(ruReceipt);
  await expect(page.getByTestId('shelf-expected')).toContainText(resultKindLabels['reasoned-refusal'].ru);
  await expect(ru.slotField).toHaveValue('A-1-01');
  await expect(await ru.place('Z-9-99')).toHaveText(
    ru.text('receive.error.unknown-slot', { slot: 'Z-9-99' }),
  );
  await expect(await ru.place('a-1-1')).toContainText(`${ruReceipt} — в ячейке A-1-01;`);

  // A representative: an expired power of attorney is refused with the reason, a valid one accepted.
  const today = localDateOf(new Date().toISOString(), almatyTimeZone);
  const yesterday = addDays(today, -1);
  const [y, m, d] = yesterday.split('-');
  await ru.findForHandOver(ruApplicant.iin);
  await expect(page.getByTestId('shelf-selected')).toContainText(ru.text('handOver.reasonedRefusal'));
  await ru.collectsAs('representative');
  await ru.fill('name', 'Бекзат Тұрсынов');
  await ru.fill('iin', kkApplicant.iin);
  await ru.fill('poaNumber', '2026-0142');
  await ru.fill('notary', 'А. Смағұлова');
  await ru.fill('issuedOn', addDays(today, -200));
  await ru.fill('validUntil', yesterday);
  await ru.handOver();
  await expect(ru.handOverError).toContainText(
    ru.text('handOver.error.power-of-attorney-expired', { date: `${d}.${m}.${y}` }),
  );
  await ru.fill('validUntil', addDays(today, 100));
  await ru.handOver();
  await expect(ru.handedOver).toHaveText(
    ru.text('handOver.done', { receiptNumber: ruReceipt, slot: 'A-1-01' }),
  );
  await expect.poll(async () => (await intake.printedDocuments()).length).toBe(2);
  const ruSlip = await intake.pdfText(
    (await intake.printedDocuments())[1] ?? '',
    testInfo.outputPath('slip-ru.pdf'),
  );
  for (const part of [
    'РАСПИСКА О ВЫДАЧЕ РЕЗУЛЬТАТА ОКАЗАНИЯ ГОСУДАРСТВЕННОЙ УСЛУГИ',
    ruReceipt,
    `Ким Анна, ИИН ${ruApplicant.iin}`,
    resultKindLabels['reasoned-refusal'].ru,
    'Выдан мотивированный отказ в оказании государственной услуги.',
    `Бекзат Тұрсынов, ИИН ${kkApplicant.iin}`,
    'нотариальная доверенность № 2026-0142',
    'А. Смағұлова',
    'Выдал',
    'Получил',
  ])
    expect(ruSlip).toContain(part);

  // The supervisor closes a flag with a note.
  const flag = ru.flagsPanel.getByTestId('shelf-flag').filter({ hasText: 'ALM01-03-999999-Z' });
  await flag
    .getByLabel(ru.text('flags.note', { receiptNumber: 'ALM01-03-999999-Z' }))
    .fill('Возвращено курьеру');
  await flag.getByRole('button', { name: ru.text('flags.resolve') }).click();
  await expect(ru.flagsPanel.getByRole('status')).toHaveText(
    ru.text('flags.resolved', { receiptNumber: 'ALM01-03-999999-Z' }),
  );
  await expect(ru.flagsPanel.getByTestId('shelf-flag')).toHaveCount(1);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  expect(appErrors(watch.consoleErrors)).toEqual([]);
});
