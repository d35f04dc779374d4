import { completeIin } from '../../shared/domain';
import { expect, test } from './fixtures/app';
import { seriousAccessibilityViolations } from './fixtures/axe';
import { IntakePage } from './pages/intake.page';
import { ShelfPage } from './pages/shelf.page';
import { UsersPage } from './pages/users.page';

test('the supervisor describes the shelf; a bad rack code is refused with the reason; an unready result is flagged', async ({
  page,
  signedInDesk,
  watch,
}) => {
  const settings = new UsersPage(page);
  await settings.open();
  const en = new ShelfPage(page, 'en');
  const panel = page.getByTestId('shelf-layout');
  const rack = (number: number) => panel.getByRole('group', { name: en.text('layout.rack', { number }) });
  await expect(rack(1).getByLabel(en.text('layout.code'))).toHaveValue('A');

  await rack(1).getByLabel(en.text('layout.code')).fill('A-1');
  await panel.getByRole('button', { name: en.text('layout.add') }).click();
  await rack(2).getByLabel(en.text('layout.code')).fill('b');
  await rack(2).getByLabel(en.text('layout.rows')).fill('2');
  await expect(page.getByTestId('shelf-layout-total')).toHaveText(en.text('layout.total', { count: 120 }));
  await panel.getByRole('button', { name: en.text('layout.save') }).click();
  await expect(rack(1)).toContainText('Rack code: 1–3 Latin capital letters or digits.');
  await expect(rack(1).getByLabel(en.text('layout.code'))).toHaveAttribute('aria-invalid', 'true');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  await rack(1).getByLabel(en.text('layout.code')).fill('a');
  await panel.getByRole('button', { name: en.text('layout.save') }).click();
  // 5 × 20 in rack A and 2 × 10 in rack B.
  await expect(panel.getByRole('status')).toHaveText(en.text('layout.saved', { count: 120 }));

  // Read back from the database: another screen, then Settings again.
  await en.open();
  await settings.open();
  await expect(rack(2).getByLabel(en.text('layout.code'))).toHaveValue('B');

  // An application still with the provider: its "result" is not expected on the shelf.
  await signedInDesk.shell.switchLanguage('kk');
  const intake = new IntakePage(page, 'kk');
  await intake.open();
  const receiptNumber = await intake.acceptAdultDuplicate({
    iin: completeIin('85031530012') ?? '',
    surname: 'Сейітқали',
    givenName: 'Әлия',
  });
  const kk = new ShelfPage(page, 'kk');
  await kk.open();
  await kk.scanReceipt(receiptNumber);
  await expect(kk.flagged).toHaveText(
    kk.text('receive.flag.not-expected', { receiptNumber, status: 'Қабылданды' }),
  );
  await expect(kk.flagsPanel.getByTestId('shelf-flag')).toContainText(kk.text('flags.kind.not-expected'));
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  // The print frame's known blocked-script message aside (see intake.spec.ts).
  expect(
    watch.consoleErrors.filter((error) => !/^Blocked script execution in 'about:srcdoc'/.test(error)),
  ).toEqual([]);
});
