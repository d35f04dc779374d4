/*
 * Bench-only page, built by test/bench/lib.mjs into <dist>/bench-harness/ and served from the
 * app's own origin, so it opens the app's own IndexedDB database ('counter-desk'). It sets up the
 * desk, seeds applications and times searches; the benchmarks drive it with page.evaluate.
 *
 * Seeding writes each application through the app's own code: the application is parsed by
 * `applicationSchema` and checked by `checkIntake`, its due date comes from `resultDueDate`, its
 * receipt number from the workstation's counter and `formatReceiptNumber`, and
 * `recordIntakeDecision` (what `acceptApplication` calls) writes the 'drafted' and 'accepted'
 * events, their outbox rows and the projection row built by `intakeRecord`. The one difference
 * from `acceptApplication` is that one transaction holds 1,000 applications rather than one: each of
 * the app's transactions is committed with strict durability (an fsync), which would make
 * 100,000 of them take far longer than the benchmark itself. After each batch
 * `acknowledgeThrough` (the sync engine's own acknowledgement) empties the outbox and marks the
 * applications synced, as on a desk that has been syncing all along.
 */
import {
  acknowledgeThrough,
  addLocalProvider,
  providersFor,
  highestDeviceSeq,
  needsSetUp,
  openDeskDatabase,
  searchApplications,
  setUpDesk,
  signIn,
  type DeskDatabase,
  type DeskSession,
  type InvalidEventError,
} from '../../../renderer/db';
import { recordIntakeDecision } from '../../../renderer/db/applications/record-intake-decision';
import { dexieOf } from '../../../renderer/db/database';
import { receiptCounter, takeSequence } from '../../../renderer/db/internal/counters';
import { writeTransaction } from '../../../renderer/db/internal/transactions';
import {
  almatyTimeZone,
  applicantRoleLabels,
  buildWorkCalendar,
  intakeQuestionLabels,
  checkIntake,
  completeIin,
  findService,
  formatReceiptNumber,
  kazakhstanCalendar,
  localDateOf,
  ordinaryCentreHours,
  resultDueDate,
  type Instant,
} from '../../../shared/domain';
import { applicationSchema, type Application } from '../../../shared/schemas';

export const benchDesk = {
  centre: {
    code: 'ALM01',
    name: {
      kk: 'Алматы қаласы бойынша ХҚКО №1',
      ru: 'ЦОН №1 по городу Алматы',
    },
    address: { kk: 'Алматы қ., Абай даңғылы, 10', ru: 'г. Алматы, проспект Абая, 10' },
    hours: ordinaryCentreHours,
    timeZone: almatyTimeZone,
    week: 'five-day',
  },
  workstationCode: '03',
  supervisor: {
    login: 'aigul.seitova',
    displayName: 'Сейітова Айгүл Маратқызы',
    password: 'korshi-parol-2026',
    pin: '4826',
  },
} as const;

const surnames = [
  'Сейітқали',
  'Нұрланов',
  'Ахметова',
  'Жұмабеков',
  'Қасымов',
  'Оспанова',
  'Әбдірахманов',
  'Серікбаев',
  'Тоқтарова',
  'Иванов',
  'Петрова',
  'Смирнов',
  'Ким',
  'Есенова',
  'Бекмұхамбетов',
  'Өтегенов',
  'Ұзақбаева',
  'Мұхамедиева',
  'Байжанов',
  'Ғабдуллин',
  'Құрманғалиев',
  'Сәрсенбаева',
  'Шәріпов',
  'Ермекова',
  'Тұрсынов',
  'Іскақова',
  'Кузнецова',
  'Попов',
  'Ли',
  'Нұрпейісов',
  'Дәулетова',
  'Әлиев',
];
const givenNames = [
  'Әлия',
  'Айгүл',
  'Нұрлан',
  'Ерлан',
  'Дәурен',
  'Гүлнар',
  'Асқар',
  'Мәдина',
  'Ұлпан',
  'Қайрат',
  'Жанар',
  'Бауыржан',
  'Сәуле',
  'Ержан',
  'Динара',
  'Анна',
  'Сергей',
  'Ольга',
  'Дмитрий',
  'Ілияс',
  'Өмірзақ',
  'Ақерке',
  'Аружан',
  'Тимур',
  'Елена',
  'Марат',
  'Айдана',
  'Нұрсұлтан',
  'Әсел',
  'Ғалым',
];
const patronymics = ['Маратұлы', 'Серікқызы', 'Ерланұлы', 'Болатқызы', 'Сергеевна', 'Иванович', 'Асқарұлы'];
const schools = [
  { bin: '050140001238', name: '№ 42 мектеп-гимназиясы' },
  { bin: '050140001238', name: 'Абай атындағы № 12 жалпы білім беретін мектеп' },
];

/** A small seeded random source, so every seeding builds the same applications. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A valid IIN of an adult born between 1960 and 2004, with the birth date it encodes. */
function adultIin(random: () => number): { iin: string; birthDate: string } {
  for (;;) {
    const year = 1960 + Math.floor(random() * 45);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const century = (year < 2000 ? 3 : 5) + Math.floor(random() * 2);
    const serial = String(Math.floor(random() * 10000)).padStart(4, '0');
    const two = (n: number) => String(n).padStart(2, '0');
    const iin = completeIin(`${two(year % 100)}${two(month)}${two(day)}${century}${serial}`);
    if (iin !== null) return { iin, birthDate: `${year}-${two(month)}-${two(day)}` };
  }
}

const dayMs = 86_400_000;
/** Almaty is UTC+5: the centre opens at 09:00 local = 04:00 UTC. */
const openingUtcMs = 4 * 3_600_000;
const workingMinutes = 8 * 60;

/** Working days (Monday–Friday) from `fromDate` up to the day before `today` (both 'YYYY-MM-DD'). */
function intakeDays(fromDate: string, today: string): number[] {
  const days: number[] = [];
  for (let at = Date.parse(`${fromDate}T00:00:00Z`); at < Date.parse(`${today}T00:00:00Z`); at += dayMs) {
    const weekday = new Date(at).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(at);
  }
  return days;
}

let opened: Promise<DeskDatabase> | undefined;
function database(): Promise<DeskDatabase> {
  opened ??= openDeskDatabase().then((answer) => {
    if (!answer.ok) throw new Error(`The desk database did not open: ${JSON.stringify(answer.error)}`);
    return answer.value;
  });
  return opened;
}

/** Sets the desk up on first run (the app's setUpDesk), then signs the supervisor in (signIn). */
async function session(): Promise<DeskSession> {
  const db = await database();
  if (await needsSetUp(db)) {
    const setUp = await setUpDesk(db, benchDesk, {
      clock: { now: () => new Date().toISOString() },
      ids: { uuid: () => crypto.randomUUID() },
    });
    if (!setUp.ok) throw new Error(`Set-up failed: ${JSON.stringify(setUp.error)}`);
  }
  const signedIn = await signIn(db, benchDesk.supervisor);
  if (!signedIn.ok) throw new Error(`Sign-in failed: ${JSON.stringify(signedIn.error)}`);
  return signedIn.value;
}

export interface SeedReport {
  readonly seeded: number;
  readonly applicationsStored: number;
  readonly seedMs: number;
  readonly firstIntakeDay: string;
  readonly lastIntakeDay: string | null;
  readonly schemaVersion: number;
}

/** Seeds `count` accepted, synced applications over the working days before today. */
async function seed(options: {
  count: number;
  batch?: number;
  seed?: number;
  fromDate?: string;
}): Promise<SeedReport> {
  const started = performance.now();
  const db = await database();
  const desk = await session();
  const service = findService('duplicate-secondary');
  if (service === undefined) throw new Error('The catalogue has no duplicate-secondary service');
  const termCalendar = buildWorkCalendar(kazakhstanCalendar, 'five-day');
  if (!termCalendar.ok) throw new Error('The bundled calendar does not build');
  const random = randomSource(options.seed ?? 20261122);
  const today = localDateOf(new Date().toISOString(), desk.centre.timeZone);
  const days = intakeDays(options.fromDate ?? '2024-02-01', today);
  const perDay = Math.ceil(options.count / days.length);
  const batch = options.batch ?? 1000;

  let made = 0;
  while (made < options.count) {
    const size = Math.min(batch, options.count - made);
    const prepared: { application: Application; at: Instant; dueDate: string; calendarVersion: string }[] =
      [];
    for (let i = 0; i < size; i += 1) {
      const index = made + i;
      const day = days[Math.floor(index / perDay)] as number;
      const minute = ((index % perDay) * workingMinutes) / perDay;
      const at = new Date(day + openingUtcMs + Math.round(minute * 60_000)).toISOString();
      const person = adultIin(random);
      const withPatronymic = random() < 0.7;
      const candidate = {
        id: crypto.randomUUID(),
        serviceId: service.id,
        applicantRole: 'self',
        applicant: {
          iin: person.iin,
          surname: pick(random, surnames),
          givenName: pick(random, givenNames),
          ...(withPatronymic ? { patronymic: pick(random, patronymics) } : {}),
          birthDate: person.birthDate,
          address: 'Алматы қ., Абай даңғылы, 10',
        },
        provider: pick(random, schools),
        answers: { nameChanged: false, documentDamaged: false },
        presentedDocumentIds: ['application', 'identity-document'],
        consent: { given: true, recordedAt: at },
        receiptLanguage: random() < 0.6 ? 'kk' : 'ru',
      };
      const application = applicationSchema.parse(candidate);
      const check = checkIntake({
        service,
        answers: {
          applicantRole: application.applicantRole,
          nameChanged: application.answers.nameChanged,
          documentDamaged: application.answers.documentDamaged,
          grounds: application.answers.grounds,
          birthDate: application.applicant.birthDate,
        },
        presentedDocumentIds: application.presentedDocumentIds,
        consentGiven: application.consent.given,
        acceptedOn: localDateOf(at, desk.centre.timeZone),
        schoolYearStart: application.schoolYearStart,
      });
      if (!check.canAccept)
        throw new Error(`checkIntake refused a seeded application: ${JSON.stringify(check)}`);
      const due = resultDueDate({
        acceptedAt: at,
        term: service.term,
        centre: desk.centre,
        termCalendar: termCalendar.value,
      });
      if (!due.ok) throw new Error(`No due date for ${at}: ${JSON.stringify(due.error)}`);
      prepared.push({
        application,
        at,
        dueDate: due.value.dueDate,
        calendarVersion: due.value.calendarVersion,
      });
    }

    const written = await writeTransaction<void, InvalidEventError>(
      dexieOf(db),
      ['applications', 'events', 'outbox', 'counters', 'drafts'],
      async (tables, abort) => {
        const { centreCode } = desk.centre;
        const { workstationCode } = desk;
        for (const { application, at, dueDate, calendarVersion } of prepared) {
          const [sequence = 0] = await takeSequence(
            tables.counters,
            receiptCounter(centreCode, workstationCode),
            1,
          );
          const receiptNumber = formatReceiptNumber({ centreCode, workstationCode, sequence });
          if (!receiptNumber.ok) throw new Error(`No receipt number: ${JSON.stringify(receiptNumber.error)}`);
          await recordIntakeDecision(
            tables,
            {
              applicationId: application.id,
              serviceId: application.serviceId,
              // Eight to fifteen minutes at the counter.
              startedAt: new Date(Date.parse(at) - (8 + (sequence % 8)) * 60_000).toISOString(),
              now: at,
              session: desk,
              ids: { uuid: () => crypto.randomUUID() },
              decisionEvent: (base) => ({
                ...base,
                type: 'accepted',
                receiptNumber: receiptNumber.value,
                dueDate,
                calendarVersion,
                presentedDocumentIds: application.presentedDocumentIds,
                application,
              }),
              facts: {
                applicantRole: application.applicantRole,
                applicant: application.applicant,
                representative: application.representative ?? null,
                receiptLanguage: application.receiptLanguage,
                content: application,
                calendarVersion,
                queueTicket: null,
              },
            },
            abort,
          );
        }
      },
    );
    if (!written.ok) throw new Error(`Seeding batch failed: ${JSON.stringify(written.error)}`);
    const now = new Date().toISOString();
    const acknowledged = await acknowledgeThrough(db, {
      throughSeq: await highestDeviceSeq(db),
      serverEpoch: 'bench-seed',
      serverTime: now,
      at: now,
    });
    if (!acknowledged.ok) throw new Error(`Acknowledging failed: ${JSON.stringify(acknowledged.error)}`);
    made += size;
  }
  return {
    seeded: made,
    applicationsStored: await dexieOf(db).applications.count(),
    seedMs: performance.now() - started,
    firstIntakeDay: new Date(days[0] as number).toISOString().slice(0, 10),
    lastIntakeDay:
      made === 0
        ? null
        : new Date(days[Math.floor((made - 1) / perDay)] as number).toISOString().slice(0, 10),
    schemaVersion: db.schemaVersion,
  };
}

/* ---- Raw IndexedDB: the same database and indexes, no app code in between. ---- */

let raw: Promise<IDBDatabase> | undefined;
function rawDatabase(): Promise<IDBDatabase> {
  raw ??= new Promise((resolve, reject) => {
    const request = indexedDB.open('counter-desk');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return raw;
}

function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

interface StoredApplication {
  readonly applicationId: string;
  readonly receiptNumber: string | null;
  readonly applicant: { readonly iin: string };
}

async function rawByIin(iin: string): Promise<StoredApplication[]> {
  const store = (await rawDatabase()).transaction('applications', 'readonly').objectStore('applications');
  return requested(store.index('searchIins').getAll(IDBKeyRange.bound(iin, `${iin}\uffff`), 50));
}

async function rawByReceipt(receiptNumber: string): Promise<StoredApplication | undefined> {
  const store = (await rawDatabase()).transaction('applications', 'readonly').objectStore('applications');
  return requested(store.index('receiptNumber').get(receiptNumber));
}

export interface SearchQuery {
  readonly applicationId: string;
  readonly iin: string;
  readonly receiptNumber: string;
}

/** `n` stored applications picked at random (setup for the search rounds, not timed). */
async function sampleQueries(n: number, seed = 7): Promise<SearchQuery[]> {
  const store = (await rawDatabase()).transaction('applications', 'readonly').objectStore('applications');
  const keys = (await requested(store.getAllKeys())) as string[];
  const random = randomSource(seed);
  const picked: SearchQuery[] = [];
  for (let i = 0; i < n; i += 1) {
    const key = keys[Math.floor(random() * keys.length)] as string;
    const lookup = (await rawDatabase()).transaction('applications', 'readonly').objectStore('applications');
    const record = (await requested(lookup.get(key))) as StoredApplication;
    if (record.receiptNumber !== null)
      picked.push({ applicationId: key, iin: record.applicant.iin, receiptNumber: record.receiptNumber });
  }
  return picked;
}

export interface SearchRound {
  readonly appIin: number[];
  readonly rawIin: number[];
  readonly appReceipt: number[];
  readonly rawReceipt: number[];
  /** Searches whose answer did not contain the application the query was taken from. */
  readonly misses: number;
}

/**
 * For each query, in turn: the app's search box repository (`searchApplications`) by IIN, the raw
 * index lookup by IIN, the app by receipt number, the raw lookup by receipt number. Interleaved so
 * that both sides see the same cache and machine load.
 */
async function searchRound(queries: readonly SearchQuery[]): Promise<SearchRound> {
  const db = await database();
  await rawDatabase();
  const round: SearchRound = { appIin: [], rawIin: [], appReceipt: [], rawReceipt: [], misses: 0 };
  let misses = 0;
  const time = async <T>(into: number[], work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const answer = await work();
    into.push(performance.now() - started);
    return answer;
  };
  for (const query of queries) {
    const byIin = await time(round.appIin, () => searchApplications(db, query.iin));
    const rawIin = await time(round.rawIin, () => rawByIin(query.iin));
    const byReceipt = await time(round.appReceipt, () => searchApplications(db, query.receiptNumber));
    const rawReceipt = await time(round.rawReceipt, () => rawByReceipt(query.receiptNumber));
    const found = (list: readonly { applicationId: string }[]) =>
      list.some((record) => record.applicationId === query.applicationId);
    if (byIin.kind !== 'iin' || !found(byIin.applications)) misses += 1;
    if (!found(rawIin)) misses += 1;
    if (byReceipt.kind !== 'receipt-number' || !found(byReceipt.applications)) misses += 1;
    if (rawReceipt?.applicationId !== query.applicationId) misses += 1;
  }
  return { ...round, misses };
}

async function applicationCount(): Promise<number> {
  return dexieOf(await database()).applications.count();
}

/** Sets up the desk if it is not (fresh profiles of the intake benchmarks). */
async function ensureSetUp(): Promise<void> {
  await session();
}

/** How long the app's signIn (the PBKDF2 check of the password) takes on this machine, in ms. */
async function timeSignIn(): Promise<number> {
  const db = await database();
  const started = performance.now();
  const answer = await signIn(db, benchDesk.supervisor);
  if (!answer.ok) throw new Error(`Sign-in failed: ${JSON.stringify(answer.error)}`);
  return performance.now() - started;
}

/** The canonical intake's school, in the desk's directory as on any desk that has taken one before. */
export const benchSchool = {
  bin: '050140001238',
  name: { kk: '№ 42 мектеп-гимназиясы', ru: 'Школа-гимназия № 42' },
};

/** Sets the desk up and puts the bench school into its provider directory (addLocalProvider). */
async function ensureSchool(): Promise<void> {
  const db = await database();
  const desk = await session();
  const service = findService('duplicate-secondary');
  if (service === undefined) throw new Error('The catalogue has no duplicate-secondary service');
  const listed = await providersFor(db, service.providerKind);
  if (listed.some((entry) => entry.bin === benchSchool.bin)) return;
  const added = await addLocalProvider(
    db,
    { ...benchSchool, kind: service.providerKind },
    { clock: { now: () => new Date().toISOString() }, session: desk },
  );
  if (!added.ok) throw new Error(`The school was not added: ${JSON.stringify(added.error)}`);
}

/** The catalogue's names the keyboard benchmarks look controls up by (Kazakh, the desk's default). */
function canonicalIntakeTexts() {
  const service = findService('duplicate-secondary');
  if (service === undefined) throw new Error('The catalogue has no duplicate-secondary service');
  const documentName = (id: string) => {
    const found = service.documents.find((document) => document.id === id);
    if (found === undefined) throw new Error(`duplicate-secondary has no document ${id}`);
    return found.name.kk;
  };
  return {
    service: service.name.kk,
    self: applicantRoleLabels.self.kk,
    documentDamaged: intakeQuestionLabels.documentDamaged.kk,
    nameChanged: intakeQuestionLabels.nameChanged.kk,
    documents: ['application', 'identity-document'].map(documentName),
  };
}

/**
 * The browser's own cost of opening the app's database: ms for a bare indexedDB.open of
 * 'counter-desk' (no Dexie, no app code). Meaningful as the first open in a new browser process.
 */
async function timeRawOpen(): Promise<number> {
  const started = performance.now();
  const db = await requested(indexedDB.open('counter-desk'));
  const ms = performance.now() - started;
  db.close();
  return ms;
}

const harness = {
  seed,
  timeSignIn,
  timeRawOpen,
  ensureSchool,
  canonicalIntakeTexts,
  sampleQueries,
  searchRound,
  applicationCount,
  ensureSetUp,
  benchDesk,
};
export type BenchHarness = typeof harness;

declare global {
  interface Window {
    cdBench?: BenchHarness;
  }
}

window.cdBench = harness;
document.body.dataset.ready = 'true';
