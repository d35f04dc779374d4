import { readFileSync } from 'node:fs';
import { IDBKeyRange, IDBFactory } from 'fake-indexeddb';
import { acceptApplication, getApplication, openDeskDatabase, systemClock } from '../../renderer/db';
import { enrolDesk } from '../../renderer/sync/enrol';
import { runSyncPass } from '../../renderer/sync/sync-pass';
import {
  clerkSession,
  duplicateApplication,
  SequentialIds,
  TestClock,
  termCalendar,
  unwrap,
  uuid,
  writeContext,
} from '../db/helpers';
import { seriousAccessibilityViolations } from './fixtures/axe';
import { expect, setUpAndSignIn, test as base } from './fixtures/app';
import { LiveSyncServer, serveDesk } from './fixtures/live-server';
import { ApplicationsPage } from './pages/applications.page';
import { exampleSchool, IntakePage } from './pages/intake.page';
import { ShellPage } from './pages/shell.page';
import { SyncPage } from './pages/sync.page';

const timers = {
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A real sync server and the built renderer served with COUNTER_DESK_SERVER_URL pointing at it. */
const test = base.extend<{ sync: { server: LiveSyncServer; deskUrl: string } }>({
  // Depends on dataDir only to name a dependency (a fixture needs one); the server keeps its own folder.
  sync: async ({ dataDir: _dataDir }, use) => {
    const server = await LiveSyncServer.reserve();
    await server.start();
    const desk = await serveDesk(server.url);
    await use({ server, deskUrl: desk.url });
    await desk.stop();
    await server.dispose();
  },
  baseURL: async ({ sync }, use) => use(sync.deskUrl),
});

test.describe.configure({ timeout: 90_000 });

/** The school of the test applications, in the server's directory. */
async function addSchool(server: LiveSyncServer): Promise<void> {
  await server.running.admin.addProvider({
    bin: exampleSchool.bin,
    name: { kk: exampleSchool.kk, ru: exampleSchool.ru },
    kind: 'secondary-school',
  });
}

/** Connects the signed-in desk (English) to the server with a fresh code. */
async function enrolHere(syncPage: SyncPage, server: LiveSyncServer): Promise<void> {
  await syncPage.open();
  const issued = await server.running.admin.issueEnrolmentCode({
    centreCode: 'ALM01',
    workstationCode: '03',
  });
  await syncPage.enrol(issued.code);
  await expect(syncPage.done).toBeVisible();
  await expect(syncPage.indicator).toContainText('Everything sent');
}

/** Workstation 04 of the same centre, a desk in this Node process, accepts one application and pushes it. */
async function otherWorkstationAccepts(
  serverUrl: string,
  server: LiveSyncServer,
): Promise<{ receiptNumber: string; id: string }> {
  const db = unwrap(
    await openDeskDatabase({ name: 'workstation-04', indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  const issued = await server.running.admin.issueEnrolmentCode({
    centreCode: 'ALM01',
    workstationCode: '04',
  });
  unwrap(
    await enrolDesk(
      { db, fetch, clock: systemClock, timers },
      {
        serverUrl,
        code: issued.code,
        centreCode: 'ALM01',
        workstationCode: '04',
        deskLabel: 'ALM01-04',
        enrolledBy: 'sup',
      },
    ),
  );
  const id = uuid('a', 4);
  unwrap(
    await acceptApplication(
      db,
      {
        application: duplicateApplication(id),
        startedAt: '2026-03-02T04:52:30.000Z',
        queueTicket: 'Б-017',
        termCalendar,
      },
      writeContext(new TestClock('2026-03-02T05:00:00.000Z'), new SequentialIds('4'), {
        ...clerkSession,
        workstationCode: '04',
      }),
    ),
  );
  expect(await runSyncPass({ db, fetch, clock: systemClock, timers })).toMatchObject({
    kind: 'synced',
    pushed: 2,
  });
  const receiptNumber = (await getApplication(db, id))?.record.receiptNumber ?? '';
  db.close();
  return { receiptNumber, id };
}

test('a supervisor connects the desk; the header shows the sync state; a revoked desk says so', async ({
  page,
  sync,
  watch,
}) => {
  await addSchool(sync.server);
  const shell = new ShellPage(page);
  await setUpAndSignIn(page, shell);
  const syncPage = new SyncPage(page);
  await expect(syncPage.indicator).toContainText('Not connected to the server');

  await syncPage.open();
  // The address comes from the browser-mode server's configuration (/desk-config.json).
  await expect(syncPage.serverUrl).toHaveValue(`${sync.server.url}/`);
  // Another server than the one the desk was set up with: refused before any request, saying why.
  await syncPage.serverUrl.fill('https://sync.elsewhere.kz/');
  await syncPage.enrol('ABCD-EFGH-JKLM');
  await expect(syncPage.error).toHaveText(
    `This desk may connect only to ${sync.server.url}, the server it was set up with. To use another server, the administrator changes the desk's configuration (COUNTER_DESK_SERVER_URL).`,
  );
  await syncPage.serverUrl.fill(`${sync.server.url}/`);
  await syncPage.enrol('WRONG-CODE-1234');
  await expect(syncPage.error).toHaveText('The code is unknown, already used or expired.');
  // The refused code is an HTTP error the browser logs; nothing else may be.
  await expect.poll(() => watch.consoleErrors.length).toBeGreaterThanOrEqual(1);
  expect(watch.consoleErrors.every((error) => /\/v1\/enrol|404/.test(error))).toBe(true);
  const knownErrors = watch.consoleErrors.length;

  const issued = await sync.server.running.admin.issueEnrolmentCode({
    centreCode: 'ALM01',
    workstationCode: '03',
  });
  await syncPage.enrol(issued.code);
  await expect(syncPage.done).toHaveText('The desk is connected. Synchronisation starts now.');
  await expect(syncPage.device).toHaveText(/^[0-9a-f-]{36}$/);
  await expect(syncPage.indicator).toContainText('Everything sent');
  await expect(syncPage.indicator).toContainText(/Last sync \d\d:\d\d/);
  await expect(syncPage.indicator.getByRole('status')).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByTestId('quarantine-empty')).toHaveText('Nothing needs attention.');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // One sync at a time across windows: while another window holds the Web Lock, this one leaves it be.
  const syncRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/v1/sync/')) syncRequests.push(request.url());
  });
  await page.evaluate(() => {
    const held = window as unknown as { releaseSyncLock?: () => void };
    void navigator.locks.request(
      'counter-desk-sync',
      () => new Promise<void>((resolve) => (held.releaseSyncLock = resolve)),
    );
  });
  await syncPage.networkReturns();
  await page.waitForTimeout(1500);
  expect(syncRequests).toEqual([]);
  await page.evaluate(() => (window as unknown as { releaseSyncLock?: () => void }).releaseSyncLock?.());
  const pulled = page.waitForRequest((request) => request.url().includes('/v1/sync/pull'));
  await syncPage.networkReturns();
  await pulled;

  // Another workstation of the centre accepts; this desk pulls it when the network returns.
  const other = await otherWorkstationAccepts(sync.server.url, sync.server);
  const applications = new ApplicationsPage(page);
  await applications.open();
  await syncPage.afterSync(async () => {
    await applications.search(other.receiptNumber);
    await expect(applications.rows).toHaveCount(1, { timeout: 1000 });
  }, 15_000);
  await expect(applications.rows.getByTestId('sync-state')).toHaveText('On the server');
  await expect(applications.rows).toContainText('Sent to the provider');

  // The provider takes it into work; the list shows it as soon as the desk has pulled it.
  const taken = await sync.server.running.admin.recordProviderEvent(exampleSchool.bin, {
    id: '0b000000-0000-4000-8000-000000000001',
    applicationId: other.id,
    type: 'taken-into-work',
    at: '2026-03-03T06:00:00.000Z',
    by: { userId: 'provider-staff-1', name: 'Ержан Бекұлы' },
    where: { kind: 'provider', providerId: exampleSchool.bin },
  });
  expect(taken).toMatchObject({ ok: true });
  await syncPage.networkReturns();
  await expect(applications.rows).toContainText('In progress');
  expect(watch.consoleErrors.slice(knownErrors)).toEqual([]);

  // Offline is shown as such (a sync attempt meanwhile fails, and is retried later).
  await page.context().setOffline(true);
  await expect(page.getByTestId('sync-online')).toHaveText('Offline');
  await page.context().setOffline(false);
  await expect(page.getByTestId('sync-online')).toHaveText('Online');

  // The administrator revokes the device: the desk stops and says why.
  const deviceId = (await sync.server.running.admin.listDevices()).find(
    (device) => device.workstation_code === '03',
  )?.id;
  expect(deviceId).toBeDefined();
  await sync.server.running.admin.revokeDevice(deviceId ?? '');
  await syncPage.networkReturns();
  await expect(syncPage.indicator).toContainText(
    'Sync problem: The administrator revoked this desk. Connect it again with a new code.',
  );
  await syncPage.open();
  await expect(syncPage.lastError).toHaveText(
    'The administrator revoked this desk. Connect it again with a new code.',
  );
});

test('a rejected application waits in quarantine with its reason, is exported, and goes through on retry', async ({
  page,
  sync,
}) => {
  const shell = new ShellPage(page);
  await setUpAndSignIn(page, shell);
  const syncPage = new SyncPage(page);
  await enrolHere(syncPage, sync.server);

  // Accepted at the counter while the server's directory lacks the school.
  await shell.switchLanguage('kk');
  const intake = new IntakePage(page, 'kk');
  await intake.open();
  await intake.recordPrints();
  const receiptNumber = await intake.acceptAdultDuplicate({
    ticket: 'Б-017',
    iin: '850315300128',
    surname: 'Әбдірахманов',
    givenName: 'Нұрлан',
  });
  expect(receiptNumber).toMatch(/^ALM01-03-/);
  await shell.switchLanguage('en');

  // The engine pushed it right after the acceptance; the server's answer came back with the pull.
  await expect(syncPage.indicator).toContainText(/Needs attention: \d/);
  await syncPage.open();
  // The acceptance names the unknown school; the receipt print after it cannot follow a mere draft.
  const rows = page.getByTestId('quarantine-row');
  const acceptance = rows.filter({ hasText: "The school or college is not in the server's directory" });
  await expect(acceptance).toHaveCount(1);
  await expect(acceptance).toContainText('provider BIN 050140001238');
  const others = rows.filter({ hasNotText: "The school or college is not in the server's directory" });
  for (const other of await others.all())
    await expect(other).toContainText(
      "The event does not follow from the application's history on the server",
    );
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  const applications = new ApplicationsPage(page);
  await applications.open();
  await expect(applications.rows.getByTestId('sync-state')).toHaveText('Rejected by the server');

  await syncPage.open();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as a file' }).click();
  const download = await downloading;
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    items: { kind: string; reason: string; event: { receiptNumber: string } }[];
  };
  expect(exported.items.find((item) => item.reason === 'unknown-provider')).toMatchObject({
    kind: 'rejection',
    event: { receiptNumber },
  });
  expect(exported.items).toHaveLength(await rows.count());

  // The administrator adds the school; the supervisor tries again.
  await addSchool(sync.server);
  // One retry sends every rejected event of the application again, in order.
  await acceptance.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('quarantine-message')).toHaveText('Queued again.');
  await expect(page.getByTestId('quarantine-empty')).toHaveText('Nothing needs attention.');
  await expect(syncPage.indicator).toContainText('Everything sent');
  await expect(syncPage.indicator).not.toContainText('Needs attention');
  await applications.open();
  await expect(applications.rows.getByTestId('sync-state')).toHaveText('On the server');
  await expect(applications.rows).toContainText('Sent to the provider');
});
