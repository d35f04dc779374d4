import Dexie from 'dexie';
import {
  addDays,
  defaultCentreTimeZone,
  localDateOf,
  startOfLocalDay,
  type ApplicationEvent,
  type CentreTimeZone,
  type LocalDate,
} from '../../../shared/domain';
import { nowFrom, type Clock } from '../context';
import { dexieOf, type DeskDatabase } from '../database';
import { readTransaction } from '../internal/transactions';
import type { ApplicationRecord } from '../records';
import { readSetting } from '../settings/settings';

/*
 * Reads reject only when IndexedDB itself fails (the database was closed or deleted);
 * expected outcomes such as "no such application" are values.
 */

export interface ApplicationWithHistory {
  readonly record: ApplicationRecord;
  /** Every event, in the order the application lived them. */
  readonly history: readonly ApplicationEvent[];
}

export async function getApplication(
  db: DeskDatabase,
  applicationId: string,
): Promise<ApplicationWithHistory | undefined> {
  return readTransaction(dexieOf(db), ['applications', 'events'], async (tables) => {
    const record = await tables.applications.get(applicationId);
    if (record === undefined) return undefined;
    const rows = await tables.events
      .where('[applicationId+position]')
      .between([applicationId, Dexie.minKey], [applicationId, Dexie.maxKey])
      .toArray();
    return { record, history: rows.map((row) => row.event) };
  });
}

/** Applications decided (accepted or refused) on `date` in the centre's zone, earliest first. */
export async function listApplicationsOn(
  db: DeskDatabase,
  date: LocalDate,
  zone: CentreTimeZone,
): Promise<ApplicationRecord[]> {
  const from = startOfLocalDay(date, zone);
  const to = startOfLocalDay(addDays(date, 1), zone);
  return dexieOf(db).applications.where('intakeAt').between(from, to, true, false).toArray();
}

export interface TodaysApplications {
  /** Today in the centre's zone (from the centre's settings; Asia/Almaty before the centre is set up). */
  readonly date: LocalDate;
  readonly applications: readonly ApplicationRecord[];
}

export async function listTodaysApplications(db: DeskDatabase, clock: Clock): Promise<TodaysApplications> {
  const centre = await readSetting(dexieOf(db).settings, 'centre');
  const zone = centre?.timeZone ?? defaultCentreTimeZone;
  const date = localDateOf(nowFrom(clock), zone);
  return { date, applications: await listApplicationsOn(db, date, zone) };
}
