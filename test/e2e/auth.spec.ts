import { seriousAccessibilityViolations } from './fixtures/axe';
import { expect, setUpAndSignIn, test } from './fixtures/app';
import { LockPage } from './pages/lock.page';
import { exampleDesk, type UserDetails } from './pages/set-up.page';
import { UsersPage } from './pages/users.page';

const clerk: UserDetails = {
  displayName: 'Нұрланов Ерлан Асқарұлы',
  login: 'erlan.nurlanov',
  password: 'operator-parol-77',
  pin: '1357',
};

test('first run: the set-up screen refuses an incomplete form and names each problem', async ({
  shell,
  setUp,
  page,
  watch,
}) => {
  await shell.open();
  await shell.switchLanguage('en');
  await setUp.expectShown();
  await setUp.submit();
  await expect(setUp.field('Centre code')).toHaveAttribute('aria-invalid', 'true');
  await expect(setUp.form).toContainText('Centre code: 2–8 Latin capital letters or digits.');
  await expect(setUp.form).toContainText('The password must be at least 10 characters long.');
  await expect(setUp.form).toContainText('A PIN is 4 to 8 digits.');
  // Still on set-up: nothing was saved.
  await page.reload();
  await setUp.expectShown();
  expect(watch.consoleErrors).toEqual([]);
});

test('first run → sign-in → the supervisor adds a clerk → the clerk signs in', async ({
  signedInDesk,
  signIn,
  page,
  watch,
}) => {
  const workplace = page.getByTestId('workplace');
  await expect(workplace).toContainText('Supervisor');
  await expect(page.getByTestId('workplace-centre')).toContainText('ALM01');
  await expect(page.getByTestId('workplace-workstation')).toHaveText(signedInDesk.details.workstationCode);

  const users = new UsersPage(page);
  await users.open();
  await users.addUser(clerk, 'Clerk');
  await expect(users.table).toContainText(clerk.displayName);
  await expect(users.table).toContainText(exampleDesk.supervisor.displayName);
  // An ordinary centre: Monday–Friday 9–18, closed at the weekend.
  await expect(users.hoursOn('Monday')).toContainText('09:00–18:00');
  await expect(users.hoursOn('Saturday')).toContainText('closed');

  await page.getByTestId('sign-out').click();
  await signIn.expectShown();
  await signIn.signIn(clerk.login, 'not-the-password');
  await expect(signIn.error).toHaveText('Wrong login or password.');
  await signIn.signIn(clerk.login, clerk.password);
  await expect(page.getByTestId('workplace-user')).toHaveText(`${clerk.displayName} (Clerk)`);

  // A clerk sees who works here but cannot add anyone.
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await expect(users.table).toBeVisible();
  await expect(users.form).toHaveCount(0);
  expect(watch.consoleErrors).toEqual([]);
});

test('locks after the idle time, hides the screen, and unlocks with the PIN only', async ({
  shell,
  page,
  watch,
}) => {
  await page.clock.install();
  await setUpAndSignIn(page, shell);
  await page.getByRole('navigation').getByRole('link', { name: 'Applications' }).click();
  const screen = page.getByTestId('desk-unlocked');
  await expect(screen).toBeVisible();

  // Four minutes of quiet are not enough (default idle time: 5 minutes).
  await page.clock.fastForward('04:00');
  const lock = new LockPage(page);
  await expect(lock.form).toHaveCount(0);
  await page.clock.fastForward('01:05');
  await lock.expectShown();
  await expect(screen).toBeHidden();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(shell.languageSelect).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  await lock.unlock('0000');
  await expect(lock.error).toHaveText('Wrong PIN.');
  await expect(screen).toBeHidden();
  // The PIN field has the focus again: the clerk only types.
  await expect(lock.form.getByLabel('PIN', { exact: true })).toBeFocused();
  await page.keyboard.type(exampleDesk.supervisor.pin);
  await page.keyboard.press('Enter');
  await expect(lock.form).toHaveCount(0);
  await expect(screen).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Applications' })).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
});

test('set-up and sign-in screens have no serious accessibility violations and work from the keyboard', async ({
  shell,
  setUp,
  signIn,
  page,
}) => {
  await shell.open();
  await setUp.expectShown();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  await shell.switchLanguage('en');
  await setUp.fill(exampleDesk);
  // Submit from the keyboard: Enter in the last field.
  await setUp.field('PIN').press('Enter');
  await signIn.expectShown();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  await expect(signIn.form.getByLabel('Login', { exact: true })).toBeFocused();
  await page.keyboard.type(exampleDesk.supervisor.login);
  await page.keyboard.press('Tab');
  await page.keyboard.type(exampleDesk.supervisor.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('workplace-user')).toContainText(exampleDesk.supervisor.displayName);
});

test('a duty centre is set up with its Saturday hours', async ({ shell, page, watch }) => {
  await setUpAndSignIn(page, shell, { ...exampleDesk, dutySaturday: { open: '10:00', close: '14:00' } });
  const settings = new UsersPage(page);
  await settings.open();
  await expect(page.getByTestId('centre')).toContainText('Duty centre (six-day week)');
  await expect(settings.hoursOn('Friday')).toContainText('09:00–18:00');
  await expect(settings.hoursOn('Saturday')).toContainText('10:00–14:00');
  await expect(settings.hoursOn('Sunday')).toContainText('closed');
  expect(watch.consoleErrors).toEqual([]);
});

test('the supervisor shortens the idle time; it applies from the next sign-in', async ({
  shell,
  signIn,
  page,
  watch,
}) => {
  await page.clock.install();
  await setUpAndSignIn(page, shell);
  await new UsersPage(page).open();
  const minutes = page.getByLabel('Lock the screen after this many minutes without activity');
  await minutes.fill('0');
  await page.getByTestId('idle-lock').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('idle-lock').getByRole('alert')).toHaveText(
    'Enter a whole number of minutes from 1 to 120.',
  );
  await minutes.fill('1');
  await page.getByTestId('idle-lock').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('idle-lock').getByRole('status')).toHaveText(
    'Saved. Takes effect at the next sign-in.',
  );

  await page.getByTestId('sign-out').click();
  await signIn.signIn(exampleDesk.supervisor.login, exampleDesk.supervisor.password);
  await expect(page.getByTestId('workplace-user')).toBeVisible();
  const lock = new LockPage(page);
  await page.clock.fastForward('00:50');
  await expect(lock.form).toHaveCount(0);
  await page.clock.fastForward('00:15');
  await lock.expectShown();
  expect(watch.consoleErrors).toEqual([]);
});
