import type { ServerDatabase } from '../db/open';
import { listDevices, revokeDevice, type Device } from '../store/devices';
import { issueEnrolmentCode, type IssuedEnrolmentCode } from '../store/enrolment';
import { startNewEpoch } from '../store/meta';
import { addProvider, type ProviderInput } from '../store/providers';
import { addProviderUser, type ProviderUserInput } from '../store/provider-users';
import { recordProviderEvent, recordProviderEvents } from '../sync/provider-events';

/** What an administrator does: the CLI's commands, and the handle tests, benches and e2e use. */
export interface AdminApi {
  issueEnrolmentCode(input: {
    centreCode: string;
    workstationCode: string;
    ttlMs?: number;
  }): Promise<IssuedEnrolmentCode>;
  addProvider(provider: ProviderInput): Promise<void>;
  addProviderUser(user: ProviderUserInput): Promise<string>;
  revokeDevice(deviceId: string): Promise<boolean>;
  listDevices(): Promise<Device[]>;
  /** After restoring a backup: desks are told 'epoch-mismatch' and push again. */
  newEpoch(): Promise<string>;
  /** A provider's status event, as the provider console records it. */
  recordProviderEvent(providerBin: string, event: unknown): ReturnType<typeof recordProviderEvent>;
  /** Several, in one transaction (all or none). */
  recordProviderEvents(
    providerBin: string,
    events: readonly unknown[],
  ): ReturnType<typeof recordProviderEvents>;
}

export function adminApi(database: ServerDatabase, now: () => Date): AdminApi {
  return {
    issueEnrolmentCode: (input) => issueEnrolmentCode(database, input, now()),
    addProvider: (provider) => addProvider(database, provider),
    addProviderUser: (user) => addProviderUser(database, user, now()),
    revokeDevice: (deviceId) => revokeDevice(database, deviceId),
    listDevices: () => listDevices(database.db),
    newEpoch: () => startNewEpoch(database, now()),
    recordProviderEvent: (providerBin, event) => recordProviderEvent(database, providerBin, event, now()),
    recordProviderEvents: (providerBin, events) => recordProviderEvents(database, providerBin, events, now()),
  };
}
