import type { DeskSession } from '../context';
import type { Table } from 'dexie';
import type { SettingRecord, UserRecord } from '../records';
import { readSetting } from '../settings/settings';
import { centreProfileOf, type CentreSettings, type WorkstationSettings } from '../settings/settings-schemas';

/** A user as the screens list them: never the hashes. */
export interface UserSummary {
  readonly id: string;
  readonly login: string;
  readonly displayName: string;
  readonly role: UserRecord['role'];
  readonly active: boolean;
  readonly hasPin: boolean;
}

export function summaryOf(user: UserRecord): UserSummary {
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    role: user.role,
    active: user.active,
    hasPin: user.pin !== null,
  };
}

export function sessionOf(
  user: UserRecord,
  centre: CentreSettings,
  workstation: WorkstationSettings,
): DeskSession {
  return {
    user: { id: user.id, name: user.displayName, role: user.role },
    centre: centreProfileOf(centre),
    workstationCode: workstation.code,
    deviceId: workstation.deviceId,
  };
}

/** The centre and workstation this desk was set up for, or null before the first run's set-up. */
export async function readWorkplace(
  settings: Table<SettingRecord, string>,
): Promise<{ readonly centre: CentreSettings; readonly workstation: WorkstationSettings } | null> {
  const centre = await readSetting(settings, 'centre');
  const workstation = await readSetting(settings, 'workstation');
  return centre === undefined || workstation === undefined ? null : { centre, workstation };
}
