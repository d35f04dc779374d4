import { expect, test } from './fixtures/app';

// Texts each language must show (from locales/*/{auth,common}.json), so a switch that only changed
// the attribute, or a missing translation, fails here.
const setUpTitle = {
  kk: 'Жұмыс орнын баптау',
  ru: 'Настройка рабочего места',
  en: 'Setting up the desk',
} as const;
const intakeLabel = { kk: 'Қабылдау', ru: 'Приём', en: 'Intake' } as const;

test('opens in Kazakh and switches kk → ru → en → kk on the first-run screen without errors or outside requests', async ({
  shell,
  watch,
  page,
}) => {
  await shell.open();
  await shell.expectLanguage('kk');
  await expect(page.getByRole('heading', { level: 1, name: setUpTitle.kk })).toBeVisible();

  for (const language of ['ru', 'en', 'kk'] as const) {
    await shell.switchLanguage(language);
    await expect(page.getByRole('heading', { level: 1, name: setUpTitle[language] })).toBeVisible();
  }

  await page.waitForLoadState('networkidle');
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.externalRequests).toEqual([]);
});

test('switches the navigation language once signed in', async ({ signedInDesk, watch }) => {
  const { shell } = signedInDesk;
  await expect(shell.navLink(intakeLabel.en)).toBeVisible();
  for (const language of ['kk', 'ru', 'en'] as const) {
    await shell.switchLanguage(language);
    await expect(shell.navLink(intakeLabel[language])).toBeVisible();
  }
  expect(watch.consoleErrors).toEqual([]);
});

test('keeps the chosen language after a reload', async ({ shell, page, watch }) => {
  await shell.open();
  await shell.switchLanguage('ru');
  await page.reload();
  await shell.expectLanguage('ru');
  expect(watch.consoleErrors).toEqual([]);
});

test('renders Kazakh letters with the bundled font, loaded from the app itself', async ({
  shell,
  page,
  watch,
}) => {
  await shell.open();
  const fontRequests: string[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'font') fontRequests.push(request.url());
  });
  await page.reload();
  await shell.expectLanguage('kk');
  const kazakhLettersCovered = await page.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check('16px "Noto Sans"', 'әғқңөұүһі');
  });
  expect(kazakhLettersCovered).toBe(true);
  expect(fontRequests.length).toBeGreaterThan(0);
  expect(watch.externalRequests).toEqual([]);
});
