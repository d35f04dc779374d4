import { readFileSync } from 'node:fs';
import { applicantRoleLabels, findService, intakeQuestionLabels } from '../../shared/domain';
import { expect, test } from './fixtures/app';
import { seriousAccessibilityViolations } from './fixtures/axe';
import { ApplicationsPage } from './pages/applications.page';
import { IntakePage } from './pages/intake.page';

const formsText = (path: string): string => {
  let node: unknown = JSON.parse(readFileSync('locales/en/forms.json', 'utf8'));
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`No text forms:${path}`);
  return node;
};

const service = findService('duplicate-secondary');
if (service === undefined) throw new Error('No duplicate-secondary service');
const documentName = (id: string) => service.documents.find((d) => d.id === id)?.name.en ?? id;

/** The 8-byte PNG signature and a little more: enough to be a file of its type for the desk. */
const pngBytes = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('passport'),
]);

test.describe.configure({ timeout: 90_000 });

test('scans are attached at the documents step, removable before the decision, and listed on the application', async ({
  signedInDesk,
  page,
}) => {
  await signedInDesk.shell.switchLanguage('en');
  const intake = new IntakePage(page, 'en');
  await intake.open();
  await intake.start();
  await intake.choose(service.name.en);
  await intake.next('provider');
  await intake.chooseProvider();
  await intake.choose(applicantRoleLabels.self.en);
  const group = intake.text('applicant.student');
  await intake.typeIn(group, intake.text('person.iin'), '850315300128');
  await intake.typeIn(group, intake.text('person.surname'), 'Оспанов');
  await intake.typeIn(group, intake.text('person.givenName'), 'Ерлан');
  await intake.pressEnterTo('conditions');
  await intake.chooseIn(intakeQuestionLabels.documentDamaged.en, intake.text('answer.no'));
  await intake.chooseIn(intakeQuestionLabels.nameChanged.en, intake.text('answer.no'));
  await intake.next('documents');
  await intake.choose(documentName('application'));
  await intake.choose(documentName('identity-document'));
  await expect(page.getByText(intake.text('scans.none'))).toBeVisible();

  const fileInput = page.getByLabel(intake.text('scans.file'), { exact: true });
  const scans = page.getByRole('list', { name: intake.text('scans.listLabel') }).getByRole('listitem');
  // Which document the scan shows, then the file (image/* or application/pdf).
  await page
    .getByLabel(intake.text('scans.document'))
    .selectOption({ label: documentName('identity-document') });
  await fileInput.setInputFiles({ name: 'passport.png', mimeType: 'image/png', buffer: pngBytes });
  await expect(scans).toHaveCount(1);
  await expect(scans.first()).toContainText(`${documentName('identity-document')}: passport.png (16 B)`);
  await page.getByLabel(intake.text('scans.document')).selectOption({ label: documentName('application') });
  await fileInput.setInputFiles({
    name: 'application.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n%%EOF\n'),
  });
  await expect(scans).toHaveCount(2);
  // The same content again is stored once.
  await fileInput.setInputFiles({ name: 'passport-again.png', mimeType: 'image/png', buffer: pngBytes });
  await expect(
    page.getByText(intake.text('scans.alreadyAttached', { name: 'passport-again.png' })),
  ).toBeVisible();
  await expect(scans).toHaveCount(2);

  // Too large, or not an image or a PDF: refused with the reason, nothing stored.
  await fileInput.setInputFiles({
    name: 'huge.png',
    mimeType: 'image/png',
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 1),
  });
  await expect(page.getByRole('alert')).toHaveText(
    formsText('attachment.tooLarge').replace('{{maxMb}}', '10'),
  );
  await fileInput.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('notes') });
  await expect(page.getByRole('alert')).toHaveText(formsText('attachment.mediaType'));
  await expect(scans).toHaveCount(2);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // Removed by keyboard before the decision.
  await page
    .getByRole('button', { name: intake.text('scans.remove', { name: 'application.pdf' }) })
    .press('Enter');
  await expect(scans).toHaveCount(1);
  await expect(scans.first()).toContainText('passport.png');

  await intake.next('consent');
  await intake.choose(intake.text('consent.given'));
  await intake.next('review');
  await intake.accept();
  const receiptNumber = (await intake.receiptNumber.textContent()) ?? '';

  const applications = new ApplicationsPage(page);
  await applications.open();
  await applications.search(receiptNumber);
  await applications.openApplication(receiptNumber);
  const attached = page.getByTestId('application-attachments');
  await expect(attached.getByRole('listitem')).toHaveText([
    `${documentName('identity-document')}: passport.png (16 B)`,
  ]);
  // The provider's name as the receipt gave it (Kazakh: the English interface prints in Kazakh).
  await expect(page.getByTestId('application-facts')).toContainText(
    '№ 42 мектеп-гимназиясы, BIN 050140001238',
  );
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
});
