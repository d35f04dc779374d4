import { IDBKeyRange } from 'fake-indexeddb';
import {
  openDeskDatabase,
  type Clock,
  type DeskDatabase,
  type DeskSession,
  type IdSource,
  type WriteContext,
} from '../../renderer/db';
import {
  almatyTimeZone,
  buildWorkCalendar,
  completeIin,
  epochMillisOf,
  formatInstant,
  kazakhstanCalendar,
  ordinaryCentre,
  ordinaryCentreHours,
  type Instant,
} from '../../shared/domain';
import { unwrap } from '../unit/domain/unwrap';
import { newUpgradeScenario, type UpgradeScenario } from './upgrade-harness';

export { unwrap, unwrapErr } from '../unit/domain/unwrap';

/** A fresh database in its own fake-indexeddb factory; reopen() closes and opens it again. */
export interface TestDesk {
  readonly db: DeskDatabase;
  readonly scenario: UpgradeScenario;
  reopen(): Promise<TestDesk>;
}

export async function openTestDesk(
  scenario: UpgradeScenario = newUpgradeScenario('desk-test'),
): Promise<TestDesk> {
  const db = unwrap(
    await openDeskDatabase({ name: scenario.name, indexedDB: scenario.factory, IDBKeyRange }),
  );
  return {
    db,
    scenario,
    reopen: async () => {
      db.close();
      return openTestDesk(scenario);
    },
  };
}

/** A clock that stands still until told otherwise. */
export class TestClock implements Clock {
  constructor(private instant: Instant) {}
  now(): Instant {
    return this.instant;
  }
  set(instant: Instant): void {
    this.instant = instant;
  }
  advanceMinutes(minutes: number): void {
    this.instant = formatInstant(epochMillisOf(this.instant) + minutes * 60_000);
  }
}

/** UUIDs 'f0000000-0000-4000-8000-000000000001', …002 — readable in failures, valid for uuidSchema. */
export function uuid(family: string, n: number): string {
  return `${family}0000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export class SequentialIds implements IdSource {
  private issued = 0;
  constructor(private readonly family = 'e') {}
  uuid(): string {
    this.issued += 1;
    return uuid(this.family, this.issued);
  }
  get count(): number {
    return this.issued;
  }
}

export const clerkSession: DeskSession = {
  user: { id: 'clerk-1', name: 'Айгүл Серікқызы', role: 'clerk' },
  centre: ordinaryCentre('ALM01'),
  workstationCode: '03',
  deviceId: uuid('d', 1),
};

/** One id source for the whole test file, so ids never repeat between calls. */
const sharedIds = new SequentialIds();

export function writeContext(clock: Clock, ids: IdSource = sharedIds, session = clerkSession): WriteContext {
  return { clock, ids, session };
}

/** The provider's calendar the term is counted in (five-day week, bundled Kazakhstan data). */
export const termCalendar = unwrap(buildWorkCalendar(kazakhstanCalendar, 'five-day'));

/** A valid IIN of someone born on 15 March 1985, told apart by `serial` (0–9999). */
export function iinWithSerial(serial: number): string {
  for (let bump = 0; bump < 10; bump++) {
    const first11 = `8503153${String((serial * 10 + bump) % 10000).padStart(4, '0')}`;
    const iin = completeIin(first11);
    if (iin !== null) return iin;
  }
  throw new Error(`No valid IIN near serial ${serial}`);
}

export interface PersonName {
  readonly surname: string;
  readonly givenName: string;
  readonly patronymic?: string;
  readonly iin?: string;
}

/** A complete duplicate-certificate application an adult brings for themselves. */
export function duplicateApplication(
  id: string,
  person: PersonName = { surname: 'Сейітқали', givenName: 'Әлия' },
) {
  return {
    id,
    serviceId: 'duplicate-secondary',
    applicantRole: 'self',
    applicant: {
      iin: person.iin ?? iinWithSerial(1),
      surname: person.surname,
      givenName: person.givenName,
      ...(person.patronymic === undefined ? {} : { patronymic: person.patronymic }),
      birthDate: '1985-03-15',
      address: 'Алматы қ., Абай даңғылы, 10',
    },
    provider: { bin: '050140001238', name: '№ 42 мектеп-гимназиясы' },
    answers: { nameChanged: false, documentDamaged: false },
    presentedDocumentIds: ['application', 'identity-document'],
    consent: { given: true, recordedAt: '2026-03-02T05:00:00.000Z' },
    receiptLanguage: 'kk',
  };
}

/** Monday 2 March 2026, 10:00 in Almaty (UTC+5): a working day for centre and provider. */
export const mondayMorning = '2026-03-02T05:00:00.000Z';

/** Centre settings as the first-run form would give them. */
export const almatyCentreSettings = {
  code: 'ALM01',
  name: {
    kk: 'Алматы қаласы №1 халыққа қызмет көрсету орталығы',
    ru: 'Центр обслуживания населения №1 г. Алматы',
  },
  address: { kk: 'Алматы қ., Әуезов көшесі, 12', ru: 'г. Алматы, ул. Ауэзова, 12' },
  hours: ordinaryCentreHours,
  timeZone: almatyTimeZone,
  week: 'five-day',
} as const;
