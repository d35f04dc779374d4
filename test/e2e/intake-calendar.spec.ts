import type { Page } from '@playwright/test';
import { addDays, applicantRoleLabels, findService, intakeQuestionLabels } from '../../shared/domain';
import { expect, test } from './fixtures/app';
import { IntakePage } from './pages/intake.page';

const service = findService('duplicate-secondary');
if (service === undefined) throw new Error('No duplicate-secondary service');
const documentName = (id: string) => service.documents.find((d) => d.id === id)?.name.en ?? id;

test.describe.configure({ timeout: 120_000 });

/** dd.mm.yyyy (as the outcome shows it) → yyyy-mm-dd. */
const isoOf = (shown: string) => shown.split('.').reverse().join('-');

/** One whole intake by keyboard; answers the due date the outcome shows. */
async function acceptOne(intake: IntakePage, iin: string): Promise<string> {
  await intake.start();
  await intake.choose(service?.name.en ?? '');
  await intake.next('provider');
  await intake.chooseProvider();
  await intake.choose(applicantRoleLabels.self.en);
  const group = intake.text('applicant.student');
  await intake.typeIn(group, intake.text('person.iin'), iin);
  await intake.typeIn(group, intake.text('person.surname'), 'Оспанов');
  await intake.typeIn(group, intake.text('person.givenName'), 'Ерлан');
  await intake.pressEnterTo('conditions');
  await intake.chooseIn(intakeQuestionLabels.documentDamaged.en, intake.text('answer.no'));
  await intake.chooseIn(intakeQuestionLabels.nameChanged.en, intake.text('answer.no'));
  await intake.next('documents');
  await intake.choose(documentName('application'));
  await intake.choose(documentName('identity-document'));
  await intake.next('consent');
  await intake.choose(intake.text('consent.given'));
  await intake.next('review');
  await intake.accept();
  const due = (await intake.dueDate.textContent()) ?? '';
  expect(due).toMatch(/^\d\d\.\d\d\.\d{4}$/);
  await intake.page.getByRole('button', { name: intake.text('outcome.next') }).press('Enter');
  return isoOf(due);
}

/** A supervisor's override as the calendar table holds it, written straight into the desk's IndexedDB. */
async function storeDayOff(page: Page, date: string): Promise<void> {
  await page.evaluate(async (day) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('counter-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('calendar', 'readwrite');
      transaction.objectStore('calendar').put({
        key: `override:${day}`,
        kind: 'override',
        override: { date: day, working: false, reason: 'Regional day off (akimat decision)' },
        recordedAt: new Date().toISOString(),
        recordedBy: 'supervisor',
      });
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, date);
}

test("the due date counts the desk's stored calendar: a supervisor's day off moves it", async ({
  signedInDesk,
  page,
}) => {
  await signedInDesk.shell.switchLanguage('en');
  const intake = new IntakePage(page, 'en');
  await intake.open();
  await intake.recordPrints();
  // Nothing installed: the bundled Kazakhstan calendar.
  const bundledDue = await acceptOne(intake, '850315300128');

  // The due day itself becomes a day off: the term ends on the next working day instead.
  await storeDayOff(page, bundledDue);
  const movedDue = await acceptOne(intake, '910712400453');
  expect(movedDue > bundledDue).toBe(true);
  // Within a week (a weekend may sit between), never the same day.
  expect(movedDue <= addDays(bundledDue, 7)).toBe(true);
});
