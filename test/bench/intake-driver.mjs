// The canonical intake (an adult applying for themselves, lost certificate, duplicate-secondary)
// driven by the keyboard only, for intake-keyboard.bench.mjs and accept-receipt-pdf.bench.mjs.
//
// Every key the driver presses goes through `press`, which counts it: Tab, Enter, Space and the
// arrows are the clerk's actions beyond typing the data; the data itself (queue ticket, BIN, IIN,
// names) is typed key by key (`typeData`) and not counted. To reach a control the driver presses Tab
// until it has focus — the way a clerk who knows the screen moves — and, in a radio group,
// the arrows until the wanted option is selected (Space when the group's first option is wanted).
// Nothing is focused or clicked by script.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openHarness } from './lib.mjs';

/** The intake namespace of the Kazakh locale (the desk's default language). */
export function intakeTexts(root) {
  const texts = JSON.parse(readFileSync(path.join(root, 'locales', 'kk', 'intake.json'), 'utf8'));
  return (key) => {
    const value = key.split('.').reduce((node, part) => node?.[part], texts);
    if (typeof value !== 'string') throw new Error(`No intake text ${key}`);
    return value;
  };
}

/**
 * Records, inside the page, the app-side time of every key press (and of every text input that
 * came without one): from the keydown event's time
 * stamp to the first frame after it has been handled (requestAnimationFrame, then a task, so the
 * frame's rendering is included), or — when the press moves focus later (Enter to the next step,
 * after the app's asynchronous checks) — to the frame after that focus change, whichever is later.
 * Long tasks are counted too.
 */
export const recordInteractions = () => {
  const interactions = [];
  const longTasks = [];
  Object.assign(window, { __cdInteractions: interactions, __cdLongTasks: longTasks });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the count stays empty.
  }
  const afterNextFrame = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    });
  let current = null;
  let keysDown = 0;
  const begin = (key, start) => {
    const interaction = { key, start, frameAt: null, focusFrameAt: null };
    interactions.push(interaction);
    current = interaction;
    afterNextFrame((at) => {
      interaction.frameAt = at;
    });
  };
  window.addEventListener(
    'keydown',
    (event) => {
      keysDown += 1;
      begin(event.key, event.timeStamp);
    },
    { capture: true },
  );
  window.addEventListener('keyup', () => (keysDown = Math.max(0, keysDown - 1)), { capture: true });
  // Text typed without key events (Playwright types letters outside US ASCII — the Kazakh and
  // Russian names — as text input, as an input method would): one interaction per input.
  window.addEventListener(
    'beforeinput',
    (event) => {
      if (keysDown === 0) begin(event.data ?? 'text', event.timeStamp);
    },
    { capture: true },
  );
  document.addEventListener(
    'focusin',
    () => {
      const interaction = current;
      if (interaction === null) return;
      afterNextFrame((at) => {
        interaction.focusFrameAt = at;
      });
    },
    { capture: true },
  );
};

/** The recorded interactions as { key, ms }, once all of them have their frame. */
export async function collectInteractions(page) {
  await page.waitForFunction(() => window.__cdInteractions.every((i) => i.frameAt !== null));
  return page.evaluate(() => ({
    interactions: window.__cdInteractions.map((i) => ({
      key: i.key,
      ms: Math.max(i.frameAt, i.focusFrameAt ?? 0) - i.start,
    })),
    longTasks: window.__cdLongTasks.slice(),
  }));
}

export async function clearInteractions(page) {
  await page.evaluate(() => {
    window.__cdInteractions.length = 0;
    window.__cdLongTasks.length = 0;
  });
}

/** Sets a fresh desk up through the harness (with the school in its directory) and signs in on `page`. */
export async function openSignedInDesk(context, url) {
  const harness = await context.newPage();
  await openHarness(harness, url);
  await harness.evaluate(() => window.cdBench.ensureSchool());
  const credentials = await harness.evaluate(() => window.cdBench.benchDesk.supervisor);
  const names = await harness.evaluate(() => window.cdBench.canonicalIntakeTexts());
  await harness.close();
  const page = await context.newPage();
  await page.addInitScript(recordInteractions);
  await page.goto(url);
  const form = page.getByTestId('sign-in-form');
  await form.locator('input[autocomplete="username"]').fill(credentials.login);
  await form.locator('input[autocomplete="current-password"]').fill(credentials.password);
  await form.locator('button[type="submit"]').click();
  await page.locator('#intake-queue-ticket').waitFor();
  return { page, names };
}

/** Counts key presses by key and by the intake step they were pressed on. */
export class KeyCounter {
  constructor(page) {
    this.page = page;
    this.counts = {};
    this.byStep = {};
    this.step = 'start';
  }
  get total() {
    return Object.values(this.counts).reduce((a, b) => a + b, 0);
  }
  async press(key) {
    this.counts[key] = (this.counts[key] ?? 0) + 1;
    this.byStep[this.step] = (this.byStep[this.step] ?? 0) + 1;
    await this.page.keyboard.press(key);
  }
}

const maxTabs = 60;

async function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el === null
      ? 'nothing'
      : `${el.tagName} ${el.getAttribute('name') ?? ''} ${el.textContent?.slice(0, 40) ?? ''}`;
  });
}

/** Tabs (and arrows, in a radio group) until `target` has focus; a radio or checkbox ends chosen. */
export async function reach(keys, target, { choose = false } = {}) {
  const { page } = keys;
  await target.waitFor();
  const element = await target.elementHandle();
  const kind = await element.evaluate((el) => (el instanceof HTMLInputElement ? el.type : el.tagName));
  const focused = () => element.evaluate((el) => el === document.activeElement);
  if (kind === 'radio') {
    const group = await element.evaluate((el) => el.name);
    const inGroup = () =>
      page.evaluate(
        (name) =>
          document.activeElement instanceof HTMLInputElement &&
          document.activeElement.type === 'radio' &&
          document.activeElement.name === name,
        group,
      );
    for (let tabs = 0; !(await inGroup()); tabs += 1) {
      if (tabs === maxTabs)
        throw new Error(`Tab never reached radio group ${group}: ${await describeFocus(page)}`);
      await keys.press('Tab');
    }
    for (let arrows = 0; !(await focused()); arrows += 1) {
      if (arrows === 20) throw new Error(`Arrows never reached the option in ${group}`);
      await keys.press('ArrowDown');
    }
    if (!(await element.evaluate((el) => el.checked))) await keys.press('Space');
    return;
  }
  for (let tabs = 0; !(await focused()); tabs += 1) {
    if (tabs === maxTabs) throw new Error(`Tab never reached the control: ${await describeFocus(page)}`);
    await keys.press('Tab');
  }
  if (choose && kind === 'checkbox' && !(await element.evaluate((el) => el.checked)))
    await keys.press('Space');
}

/**
 * Types data as a quick clerk would: a key every 50 ms (CD_BENCH_TYPING_DELAY). Typing with no
 * pause at all would measure each key waiting for the ones before it, not the app's answer to it.
 */
const typingDelay = Number(process.env.CD_BENCH_TYPING_DELAY ?? 50);
export async function typeData(page, value) {
  await page.keyboard.type(value, { delay: typingDelay });
}

/** Waits until the step's heading has focus (the wizard moves focus there on each step). */
export async function expectStep(page, text, step) {
  await page
    .getByRole('heading', { level: 2, name: text(`step.${step}`) })
    .and(page.locator(':focus'))
    .waitFor();
}

/** A valid adult IIN (born 15 March 1985) and the canonical applicant. */
export const canonicalApplicant = {
  iin: '850315300128',
  surname: 'Әбдірахманов',
  givenName: 'Нұрлан',
  patronymic: 'Серікұлы',
};

/**
 * From the start panel (queue-ticket field in the DOM) to the review step, by keyboard. Leaves the
 * review step shown with its heading focused; the caller presses accept.
 */
export async function canonicalIntakeToReview(page, text, names, keys, { ticket = 'Б-017' } = {}) {
  const field = (label, within) =>
    (within === undefined ? page : page.getByRole('group', { name: within })).getByLabel(label, {
      exact: true,
    });

  await reach(keys, page.locator('#intake-queue-ticket'));
  await typeData(page, ticket);
  await keys.press('Enter');
  await expectStep(page, text, 'service');
  keys.step = 'service';

  await reach(keys, page.getByRole('radio', { name: names.service, exact: true }));
  await reach(keys, page.getByRole('button', { name: text('nav.next') }));
  await keys.press('Enter');
  await expectStep(page, text, 'provider');
  keys.step = 'provider';

  // The directory loads when the step opens; a BIN entered before that counts as not listed.
  await page.getByText(text('provider.loading'), { exact: true }).waitFor({ state: 'hidden' });
  await reach(keys, field(text('provider.search')));
  await typeData(page, '050140001238');
  await keys.press('Enter');
  await expectStep(page, text, 'applicant');
  keys.step = 'applicant';

  await reach(keys, page.getByRole('radio', { name: names.self, exact: true }));
  const student = text('applicant.student');
  await reach(keys, field(text('person.iin'), student));
  await typeData(page, canonicalApplicant.iin);
  await reach(keys, field(text('person.surname'), student));
  await typeData(page, canonicalApplicant.surname);
  await reach(keys, field(text('person.givenName'), student));
  await typeData(page, canonicalApplicant.givenName);
  await reach(keys, field(text('person.patronymic'), student));
  await typeData(page, canonicalApplicant.patronymic);
  await keys.press('Enter');
  await expectStep(page, text, 'conditions');
  keys.step = 'conditions';

  await reach(
    keys,
    page
      .getByRole('group', { name: names.documentDamaged })
      .getByRole('radio', { name: text('answer.no'), exact: true }),
  );
  await reach(
    keys,
    page
      .getByRole('group', { name: names.nameChanged })
      .getByRole('radio', { name: text('answer.no'), exact: true }),
  );
  await reach(keys, page.getByRole('button', { name: text('nav.next') }));
  await keys.press('Enter');
  await expectStep(page, text, 'documents');
  keys.step = 'documents';

  for (const name of names.documents)
    await reach(keys, page.getByRole('checkbox', { name, exact: true }), { choose: true });
  await reach(keys, page.getByRole('button', { name: text('nav.next') }));
  await keys.press('Enter');
  await expectStep(page, text, 'consent');
  keys.step = 'consent';

  await reach(keys, page.getByRole('checkbox', { name: text('consent.given'), exact: true }), {
    choose: true,
  });
  await reach(keys, page.getByRole('button', { name: text('nav.next') }));
  await keys.press('Enter');
  await expectStep(page, text, 'review');
  keys.step = 'review';
}

/** On the review step: Tab to accept (counted by `keys`), ready for the Enter that accepts. */
export async function focusAccept(page, text, keys) {
  await reach(keys, page.getByRole('button', { name: text('decision.accept') }));
}

/** After an outcome: back to the start panel for the next applicant (by keyboard). */
export async function nextApplicant(page, keys) {
  await reach(keys, page.locator('.intake-actions button').last());
  await keys.press('Enter');
  await page.locator('#intake-queue-ticket').waitFor();
}
