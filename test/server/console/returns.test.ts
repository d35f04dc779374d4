import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeOnDatabases, freshDatabase } from '../helpers/databases';
import { acceptedApplicationEvents, schoolBin, secretary, startConsoleServer } from './console-fixture';
import { FormBrowser } from './form-browser';

type Started = Awaited<ReturnType<typeof startConsoleServer>>;

const first = '5c1f2b4c-5d6e-4f70-8a9b-0c1d2e3f4a01';
const second = '5c1f2b4c-5d6e-4f70-8a9b-0c1d2e3f4a02';
const batchId = '7e57ba7c-0000-4000-8000-000000000001';
const desk = { kind: 'desk', centreCode: 'ALM01', workstationCode: '03' } as const;
const supervisor = { userId: 'supervisor-1', name: 'Гүлнар Оспанова' };

function deskEvent(applicationId: string, type: string, at: string, facts: Record<string, unknown>) {
  return { id: crypto.randomUUID(), applicationId, type, at, by: supervisor, where: desk, ...facts };
}

function placed(applicationId: string, slot: string) {
  return deskEvent(applicationId, 'placed-on-shelf', '2026-03-10T05:00:00.000Z', {
    shelfSlot: slot,
    storageLastDay: '2026-04-10',
  });
}

function returned(applicationId: string) {
  return deskEvent(applicationId, 'returned-to-provider', '2026-04-13T05:00:00.000Z', { batchId });
}

describeOnDatabases('provider console: returns and re-requests', (kind) => {
  let started: Started;
  let clock = new Date('2026-03-02T06:00:00.000Z');
  let browser: FormBrowser;
  let csrf: string;

  /** Moves the clock, and signs in again (a console session lasts a working day). */
  async function signInAt(instant: string) {
    clock = new Date(instant);
    browser = new FormBrowser(started.server.url);
    await browser.signIn(secretary.login, secretary.password);
    csrf = browser.csrf((await browser.request('/console/applications')).html);
  }

  /** Two results of the school, made ready and dispatched in the console, placed on the shelf, returned in one batch. */
  beforeEach(async () => {
    clock = new Date('2026-03-02T06:00:00.000Z');
    started = await startConsoleServer(() => clock, await freshDatabase(kind));
    const accepted = [
      ...acceptedApplicationEvents(first, schoolBin, 301),
      ...acceptedApplicationEvents(second, schoolBin, 302),
    ];
    expect((await started.push(accepted)).status).toBe(200);
    await signInAt('2026-03-02T06:00:00.000Z');
    for (const id of [first, second]) {
      await browser.submit(`/console/applications/${id}/take`, { csrf });
      await browser.submit(`/console/applications/${id}/result`, {
        csrf,
        resultKind: 'duplicate-general-secondary-attestation',
      });
      await browser.submit(`/console/applications/${id}/dispatch`, { csrf });
    }
    expect((await started.push([placed(first, 'A-1-01'), placed(second, 'A-2-07')])).status).toBe(200);
    await signInAt('2026-04-13T07:00:00.000Z');
    expect((await started.push([returned(first), returned(second)])).status).toBe(200);
  });
  afterEach(() => started.stop());

  const pulledOf = async (type: string) =>
    (await started.pull()).entries.filter((entry) => entry.event?.type === type).map((entry) => entry.event);

  it('lists the batch returned to the school and confirms its receipt: one return-received per item', async () => {
    const page = await browser.request('/console/returns');
    expect(page.html).toContain('7E57BA7C топтама');
    expect(page.html).toContain('ALM01-03-000301');
    expect(page.html).toContain('ALM01-03-000302');
    expect(page.html).toContain('13.04.2026 10:00');
    expect(page.html).toContain('Топтаманы алғанымды растаймын (2 нәтиже)');

    // Another school sees no batch.
    const other = new FormBrowser(started.server.url);
    expect((await other.signIn('other', 'Басқа мектептің құпиясы')).status).toBe(200);
    const otherPage = await other.request('/console/returns');
    expect(otherPage.html).not.toContain('ALM01-03-000301');
    expect(otherPage.html).toContain('Сізге қайтарылған нәтиже жоқ.');
    // …and cannot confirm it.
    await other.submit(`/console/returns/${batchId}/confirm`, { csrf: other.csrf(otherPage.html) });
    expect(await pulledOf('return-received')).toEqual([]);

    const confirmed = await browser.submit(`/console/returns/${batchId}/confirm`, { csrf });
    expect(confirmed.html).toContain('Қайтарылған топтаманы алғаныңыз тіркелді.');
    expect(confirmed.html).toContain('Алғаны расталды.');
    expect(confirmed.html).not.toContain('Топтаманы алғанымды растаймын');
    const received = await pulledOf('return-received');
    expect(received).toHaveLength(2);
    expect(received.map((event) => event?.batchId)).toEqual([batchId, batchId]);

    // A second confirmation records nothing more.
    const again = await browser.submit(`/console/returns/${batchId}/confirm`, { csrf });
    expect(again.html).toContain('Мұны енді істеу мүмкін емес');
    expect(await pulledOf('return-received')).toHaveLength(2);
    // A forged form records nothing and comes back to the returns page.
    const forged = await browser.request(`/console/returns/${batchId}/confirm`, { csrf: '0'.repeat(64) });
    expect(forged.location).toBe('/console/returns?error=csrf');
  });

  it('records all of a batch or none of it', async () => {
    // The second item was re-requested, dispatched and is on the shelf again: it cannot be confirmed.
    expect(
      (
        await started.push([
          deskEvent(second, 're-requested', '2026-04-14T05:00:00.000Z', { providerDueDate: '2026-04-15' }),
        ])
      ).status,
    ).toBe(200);
    await browser.submit(`/console/applications/${second}/dispatch`, { csrf });
    expect((await started.push([placed(second, 'A-3-01')])).status).toBe(200);
    const refused = await browser.submit(`/console/returns/${batchId}/confirm`, { csrf });
    expect(refused.html).toContain('Мұны енді істеу мүмкін емес');
    expect(await pulledOf('return-received')).toEqual([]);
  });

  it('lists a re-request with its one-working-day deadline, marks it overdue, and dispatches it', async () => {
    // Requested on Friday 17 April: due Monday 20 April on the provider's five-day week.
    await signInAt('2026-04-17T06:00:00.000Z');
    expect(
      (
        await started.push([
          deskEvent(first, 're-requested', '2026-04-17T06:00:00.000Z', { providerDueDate: '2026-04-20' }),
        ])
      ).status,
    ).toBe(200);
    const onTime = await browser.request('/console/applications?view=re-requests');
    expect(onTime.html).toContain('ALM01-03-000301');
    expect(onTime.html).toContain('20.04.2026');
    expect(onTime.html).not.toContain('мерзімі өтті');
    expect(onTime.html).not.toContain('ALM01-03-000302');

    await signInAt('2026-04-20T06:00:00.000Z');
    expect((await browser.request('/console/applications?view=re-requests')).html).toContain('мерзімі бүгін');
    await signInAt('2026-04-21T06:00:00.000Z');
    const late = await browser.request('/console/applications?view=re-requests');
    expect(late.html).toMatch(/20\.04\.2026\s*<strong>мерзімі өтті<\/strong>/);
    expect((await browser.request('/console/applications?view=to-dispatch')).html).toContain(
      'ALM01-03-000301',
    );

    const dispatched = await browser.submit(`/console/applications/${first}/dispatch`, { csrf });
    expect(dispatched.html).toContain('Орталыққа жіберілгені белгіленді.');
    expect((await browser.request('/console/applications?view=to-dispatch')).html).not.toContain(
      'ALM01-03-000301',
    );
    const types = (await started.pull()).entries
      .filter((entry) => (entry as { event?: { applicationId?: string } }).event?.applicationId === first)
      .map((entry) => entry.event?.type);
    // The desk pulls the provider's events only: the first dispatch, then the re-requested one.
    expect(types).toEqual([
      'sent-to-provider',
      'taken-into-work',
      'result-ready',
      'dispatched-to-centre',
      'dispatched-to-centre',
    ]);
  });

  it.each(['kk', 'ru', 'en'])('renders the returns page in %s with no untranslated key', async (language) => {
    await browser.request(`/console/language?lang=${language}&back=/console`);
    const before = await browser.request('/console/returns');
    const after = await browser.submit(`/console/returns/${batchId}/confirm`, { csrf });
    for (const html of [before.html, after.html]) {
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).not.toMatch(/>\s*(views|returns|notice|errors|list)\.[a-zA-Z-]+/);
    }
  });
});
