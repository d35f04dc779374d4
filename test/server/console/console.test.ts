import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acceptedApplicationEvents,
  otherSchoolBin,
  schoolBin,
  secretary,
  startConsoleServer,
} from './console-fixture';
import { FormBrowser } from './form-browser';

type Started = Awaited<ReturnType<typeof startConsoleServer>>;

const applicationId = '3a1f2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const monday = new Date('2026-03-02T06:00:00.000Z');

describe('provider console', () => {
  let started: Started;
  let clock = monday;
  beforeEach(async () => {
    clock = monday;
    started = await startConsoleServer(() => clock);
    const pushed = await started.push(acceptedApplicationEvents(applicationId, schoolBin, 123));
    expect(pushed.status).toBe(200);
  });
  afterEach(() => started.stop());

  it('takes an application into work, records a reasoned refusal and dispatches it; the desk pulls each step', async () => {
    const browser = new FormBrowser(started.server.url);
    expect((await browser.request('/console/applications')).location).toBe('/console/sign-in');
    const list = await browser.signIn(secretary.login, secretary.password);
    expect(list.status).toBe(200);
    expect(list.html).toContain('ALM01-03-000123');
    expect(list.html).toContain('Сейітқали Әлия Нұрланқызы');
    expect(list.html).toContain('20.03.2026');

    const detail = await browser.request(`/console/applications/${applicationId}`);
    expect(detail.html).toContain('850315300128');
    const csrf = browser.csrf(detail.html);
    const taken = await browser.submit(`/console/applications/${applicationId}/take`, { csrf });
    expect(taken.html).toContain('Жұмысқа алынды.');

    // A reasoned refusal without its reasons is refused, and nothing is recorded.
    const noReason = await browser.submit(`/console/applications/${applicationId}/result`, {
      csrf,
      resultKind: 'reasoned-refusal',
      why: '  ',
    });
    expect(noReason.html).toContain('Бас тарту себептерін жазыңыз.');
    const refused = await browser.submit(`/console/applications/${applicationId}/result`, {
      csrf,
      resultKind: 'reasoned-refusal',
      why: 'Мектеп мұрағатында 2003 жылғы бітірушілер тізімінде мұндай түлек жоқ.',
    });
    expect(refused.html).toContain('Нәтиже жазылды.');
    expect(refused.html).toContain('Мектеп мұрағатында 2003 жылғы');
    const dispatched = await browser.submit(`/console/applications/${applicationId}/dispatch`, { csrf });
    expect(dispatched.html).toContain('Орталыққа жіберілді.');

    const pulled = await started.pull();
    expect(pulled.entries.map((entry) => entry.event?.type)).toEqual([
      'sent-to-provider',
      'taken-into-work',
      'result-ready',
      'dispatched-to-centre',
    ]);
  });

  it('refuses a step the application has moved past, a result the service does not give, and a form without its token', async () => {
    const browser = new FormBrowser(started.server.url);
    await browser.signIn(secretary.login, secretary.password);
    const detail = await browser.request(`/console/applications/${applicationId}`);
    const csrf = browser.csrf(detail.html);
    const early = await browser.submit(`/console/applications/${applicationId}/dispatch`, { csrf });
    expect(early.html).toContain('Мұны енді істеу мүмкін емес');
    await browser.submit(`/console/applications/${applicationId}/take`, { csrf });
    const again = await browser.submit(`/console/applications/${applicationId}/take`, { csrf });
    expect(again.html).toContain('Мұны енді істеу мүмкін емес');
    const wrongKind = await browser.submit(`/console/applications/${applicationId}/result`, {
      csrf,
      resultKind: 'duplicate-tvet-document',
    });
    expect(wrongKind.html).toContain('Осы қызмет беретін нәтижені таңдаңыз.');
    const forged = await browser.submit(`/console/applications/${applicationId}/result`, {
      csrf: '0'.repeat(64),
      resultKind: 'duplicate-general-secondary-attestation',
    });
    expect(forged.html).toContain('Форманың мерзімі өтті.');
    const pulled = await started.pull();
    expect(pulled.entries.map((entry) => entry.event?.type)).toEqual(['sent-to-provider', 'taken-into-work']);
  });

  it("shows one school nothing of another school's applications", async () => {
    const browser = new FormBrowser(started.server.url);
    const list = await browser.signIn('other', 'Басқа мектептің құпиясы');
    expect(list.html).not.toContain('ALM01-03-000123');
    const detail = await browser.request(`/console/applications/${applicationId}`);
    expect(detail.status).toBe(404);
    expect(detail.html).not.toContain('850315300128');
    const csrf = browser.csrf(detail.html);
    await browser.submit(`/console/applications/${applicationId}/take`, { csrf });
    expect((await started.pull()).entries.map((entry) => entry.event?.type)).toEqual(['sent-to-provider']);
    expect(otherSchoolBin).not.toBe(schoolBin);
  });

  it('answers a wrong password in the chosen language and slows down guessing', async () => {
    const browser = new FormBrowser(started.server.url);
    await browser.request(`/console/language?lang=ru&back=${encodeURIComponent('/console/sign-in')}`);
    const wrong = await browser.request('/console/sign-in', { login: secretary.login, password: 'wrong' });
    expect(wrong.status).toBe(401);
    expect(wrong.html).toContain('Неверный логин или пароль.');
    for (let i = 0; i < 4; i += 1)
      await browser.request('/console/sign-in', { login: secretary.login, password: 'wrong' });
    const blocked = await browser.request('/console/sign-in', {
      login: secretary.login,
      password: secretary.password,
    });
    expect(blocked.status).toBe(429);
    clock = new Date(monday.getTime() + 61_000);
    expect(
      (await browser.request('/console/sign-in', { login: secretary.login, password: secretary.password }))
        .status,
    ).toBe(303);
  });

  it('lists the scans that came with the application; only its school downloads them, as files', async () => {
    const passport = new TextEncoder().encode('JFIF passport page');
    const missing = new TextEncoder().encode('%PDF a scan still on its way');
    const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    const withScans = '4b2a3c4d-5e6f-4a70-8b9c-0d1e2f3a4b5c';
    const scans = [
      {
        sha256: sha(passport),
        documentId: 'identity-document',
        mediaType: 'image/jpeg',
        byteLength: passport.byteLength,
      },
      {
        sha256: sha(missing),
        documentId: 'application',
        mediaType: 'application/pdf',
        byteLength: missing.byteLength,
      },
    ];
    expect((await started.putBlob(passport, 'image/jpeg')).status).toBe(201);
    expect((await started.push(acceptedApplicationEvents(withScans, schoolBin, 124, scans))).status).toBe(
      200,
    );

    const browser = new FormBrowser(started.server.url);
    await browser.signIn(secretary.login, secretary.password);
    const detail = await browser.request(`/console/applications/${withScans}`);
    const link = `/console/applications/${withScans}/scans/${sha(passport)}`;
    expect(detail.html).toContain(`href="${link}"`);
    expect(detail.html).toContain('әлі келген жоқ');
    expect(detail.html).not.toContain(`/scans/${sha(missing)}"`);
    const file = await fetch(`${started.server.url}${link}`, { headers: { cookie: browser.cookieHeader() } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    expect(file.headers.get('content-disposition')).toMatch(
      /^attachment; filename="ALM01-03-000124-.+\.jpg"$/,
    );
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(passport);
    // Not uploaded yet, not this application's, or another school: nothing.
    expect((await browser.request(`/console/applications/${withScans}/scans/${sha(missing)}`)).status).toBe(
      404,
    );
    expect(
      (await browser.request(`/console/applications/${applicationId}/scans/${sha(passport)}`)).status,
    ).toBe(404);
    const other = new FormBrowser(started.server.url);
    await other.signIn('other', 'Басқа мектептің құпиясы');
    expect((await other.request(link)).status).toBe(404);
  });

  it.each(['kk', 'ru', 'en'])('renders every page in %s with no untranslated key', async (language) => {
    const browser = new FormBrowser(started.server.url);
    await browser.request(`/console/language?lang=${language}&back=/console`);
    const signIn = await browser.request('/console/sign-in');
    const pages = [signIn.html];
    pages.push((await browser.signIn(secretary.login, secretary.password)).html);
    for (const view of ['incoming', 'in-work', 'to-dispatch', 're-requests', 'all']) {
      pages.push((await browser.request(`/console/applications?view=${view}`)).html);
    }
    const detail = await browser.request(`/console/applications/${applicationId}`);
    pages.push(detail.html);
    pages.push(
      (
        await browser.submit(`/console/applications/${applicationId}/take`, {
          csrf: browser.csrf(detail.html),
        })
      ).html,
    );
    for (const html of pages) {
      expect(html).toContain(`<html lang="${language}">`);
      // i18next answers a missing key with the key itself: "list.title", "actions.take"…
      expect(html).not.toMatch(
        />\s*(app|signIn|views|list|status|detail|actions|event|notice|errors|deadline)\.[a-zA-Z-]+/,
      );
    }
  });
});
