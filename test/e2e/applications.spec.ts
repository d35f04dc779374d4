import { seriousAccessibilityViolations } from './fixtures/axe';
import { expect, test } from './fixtures/app';
import { ApplicationsPage } from './pages/applications.page';

test('the applications list is empty on a new desk and says so', async ({
  signedInDesk: _desk,
  page,
  watch,
}) => {
  const applications = new ApplicationsPage(page);
  await applications.open();
  await expect(applications.empty).toHaveText('No applications have been accepted today yet.');
  await expect(applications.rows).toHaveCount(0);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('Enter in the search box searches, as a barcode scanner does; no results is said plainly', async ({
  signedInDesk: _desk,
  page,
  watch,
}) => {
  const applications = new ApplicationsPage(page);
  await applications.open();
  await applications.search('ALM01-03-000123-K');
  await expect(applications.empty).toHaveText('Nothing found for “ALM01-03-000123-K”.');
  await applications.search('870412300415');
  await expect(applications.empty).toHaveText('Nothing found for “870412300415”.');
  await applications.search('Сейітова');
  await expect(applications.empty).toHaveText('Nothing found for “Сейітова”.');

  await page.getByRole('button', { name: "Show today's" }).click();
  await expect(applications.empty).toHaveText('No applications have been accepted today yet.');
  await expect(applications.searchInput).toHaveValue('');
  expect(watch.consoleErrors).toEqual([]);
});

test('an unknown application address says there is no such application', async ({
  signedInDesk: _desk,
  page,
}) => {
  await page.goto('./#/applications/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('alert')).toHaveText('There is no such application on this desk.');
});
